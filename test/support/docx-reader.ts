import { strFromU8, unzipSync } from 'fflate';

/**
 * Opens a .docx the way a test needs to: the text a person would read, paragraph by
 * paragraph and cell by cell, plus the raw XML parts for checks on markup. It parses
 * the XML into a small tree rather than matching text with patterns, so nested tables,
 * tab stops and entities cannot fool it.
 */
export interface DocxContents {
  /** Every part in the package, by path: raw bytes for anything that is not text. */
  files: Record<string, Uint8Array>;
  documentXml: string;
  /** Every paragraph of the body in reading order, including those inside table cells. */
  paragraphs: string[];
  /** Every table in reading order (nested ones too): table → rows → cell texts, a cell's paragraphs joined by '\n'. */
  tables: string[][][];
  /** The text of each header part (header1.xml, header2.xml, ...), its paragraphs joined by '\n'. */
  headers: string[];
  footers: string[];
  headerXml: string[];
  footerXml: string[];
  core: { title: string; creator: string; subject: string; description: string; lastModifiedBy: string };
  styles: string;
  settingsXml: string;
  contentTypesXml: string;
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body] ?? whole;
  });
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A forgiving XML parser for well-formed Office parts: elements, attributes and text, nothing else. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1]!;
    const [, cdata, closing, name, attrs, selfClosing, text] = m;
    if (cdata !== undefined) top.children.push(cdata);
    else if (text !== undefined) top.children.push(decodeEntities(text));
    else if (name === undefined) continue; // comment, declaration or doctype
    else if (closing) {
      // Pop back to the matching element, so one stray end tag cannot derail the rest.
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
    } else {
      const attributes: Record<string, string> = {};
      for (const a of (attrs ?? '').matchAll(ATTRIBUTE)) attributes[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
      const element: XmlElement = { name, attributes, children: [] };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  return root;
}

export function elements(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    for (const child of el.children) {
      if (typeof child === 'string') continue;
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

/** Properties, deleted text and field codes are not text a reader sees. */
const SKIP = new Set(['w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr', 'w:delText', 'w:instrText', 'w:del', 'w:drawing', 'w:pict', 'w:object']);

/** The text of a paragraph (or any part of one), as Word shows it. */
export function textOf(node: XmlElement): string {
  let out = '';
  for (const child of node.children) {
    if (typeof child === 'string') continue; // whitespace between elements is formatting, not text
    switch (child.name) {
      case 'w:t':
        out += child.children.filter((c): c is string => typeof c === 'string').join('');
        break;
      case 'w:tab':
      case 'w:ptab':
        out += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        out += '\n';
        break;
      case 'w:noBreakHyphen':
        out += '-';
        break;
      default:
        if (!SKIP.has(child.name)) out += textOf(child);
    }
  }
  return out;
}

/** A cell's paragraphs (and any nested table's), each on its own line. */
function cellText(cell: XmlElement): string {
  return elements(cell, 'w:p').map(textOf).join('\n');
}

function tableRows(table: XmlElement): string[][] {
  // Only this table's own rows and cells, not those of a table nested inside a cell.
  const own = (el: XmlElement, name: string) => el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
  return own(table, 'w:tr').map((row) => own(row, 'w:tc').map(cellText));
}

function partText(xml: string): string {
  return elements(parseXml(xml), 'w:p').map(textOf).join('\n');
}

/** Header or footer parts in number order (header2 before header10, which a plain sort would reverse). */
function numberedParts(files: Record<string, Uint8Array>, kind: 'header' | 'footer'): string[] {
  const re = new RegExp(`^word/${kind}(\\d+)\\.xml$`);
  return Object.keys(files)
    .map((path) => ({ path, n: Number(re.exec(path)?.[1] ?? NaN) }))
    .filter((p) => !Number.isNaN(p.n))
    .sort((a, b) => a.n - b.n)
    .map((p) => strFromU8(files[p.path]!));
}

function coreProperty(root: XmlElement, name: string): string {
  const [el] = elements(root, name);
  return el ? el.children.filter((c): c is string => typeof c === 'string').join('') : '';
}

export function readDocx(buffer: Uint8Array): DocxContents {
  const files = unzipSync(buffer);
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : '');
  const documentXml = text('word/document.xml');
  if (!documentXml) throw new Error('Not a Word document: word/document.xml is missing');
  const body = parseXml(documentXml);
  const headerXml = numberedParts(files, 'header');
  const footerXml = numberedParts(files, 'footer');
  const core = parseXml(text('docProps/core.xml'));
  return {
    files,
    documentXml,
    paragraphs: elements(body, 'w:p').map(textOf),
    tables: elements(body, 'w:tbl').map(tableRows),
    headers: headerXml.map(partText),
    footers: footerXml.map(partText),
    headerXml,
    footerXml,
    core: {
      title: coreProperty(core, 'dc:title'),
      creator: coreProperty(core, 'dc:creator'),
      subject: coreProperty(core, 'dc:subject'),
      description: coreProperty(core, 'dc:description'),
      lastModifiedBy: coreProperty(core, 'cp:lastModifiedBy'),
    },
    styles: text('word/styles.xml'),
    settingsXml: text('word/settings.xml'),
    contentTypesXml: text('[Content_Types].xml'),
  };
}
