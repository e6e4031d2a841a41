import { type IRunOptions, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { detailIndent } from './label-width';
import { STYLE } from './styles';

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/**
 * Characters XML 1.0 does not allow. docx drops most control characters but not these,
 * and one of them in text pasted from elsewhere makes Word refuse the whole file.
 */
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Runs for plain text as people typed it. Word shows a line break or tab inside its text
 * as a space, so each becomes Word's own break or tab.
 */
/** Text with the characters XML cannot hold taken out: for document properties and anything not written through textRuns. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  if (text === '') return [];
  const lines = xmlSafe(text).split(/\r\n|\r|\n/);
  return lines.flatMap((line, lineIndex) =>
    line.split('\t').map((part, partIndex) => {
      const breakBefore = lineIndex > 0 && partIndex === 0;
      const children = partIndex > 0 ? [new Tab(), part] : [part];
      return new TextRun({ ...style, children, ...(breakBefore ? { break: 1 } : {}) });
    }),
  );
}

/** A paragraph of body text. */
export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text) });
}

export interface DetailLine {
  label: string;
  value: string;
}

export interface DetailOptions {
  /** After a table, a little air, so the first line does not read as the table's last row. */
  spaceBefore?: boolean;
  /** Labels of neighbouring blocks whose values should start in the same column as these. */
  alignWith?: readonly string[];
  /** Keep the last line on the page of what follows (a short block never ends a page alone). */
  keepWithNext?: boolean;
}

/**
 * 'Date:  Thursday 3 December 2026' lines with the values lined up just clear of the
 * longest label. Paragraphs rather than a borderless table: a screen reader reads each as
 * one sentence, and Word users can edit them without fighting a hidden grid.
 */
export function detailLines(lines: readonly DetailLine[], options: DetailOptions = {}): Paragraph[] {
  // A label too long for a column of values would push its value to Word's next default tab,
  // out of line with the rest; such a block reads 'Label: value' instead.
  const indent = detailIndent([...lines.map((l) => l.label), ...(options.alignWith ?? [])]);
  return lines.map(
    ({ label, value }, index) =>
      new Paragraph({
        style: STYLE.detail,
        ...(indent === null ? { indent: { left: 0, hanging: 0 } } : { indent: { left: indent, hanging: indent }, tabStops: [{ type: TabStopType.LEFT, position: indent }] }),
        ...(options.spaceBefore && index === 0 ? { spacing: { before: 200 } } : {}),
        // The block stays together, so a page never starts with a stray 'Chair:' line.
        ...(index < lines.length - 1 || options.keepWithNext ? { keepNext: true } : {}),
        children: [...textRuns(`${label}:`, { bold: true }), new TextRun({ children: [indent === null ? ' ' : new Tab()] }), ...textRuns(value)],
      }),
  );
}
