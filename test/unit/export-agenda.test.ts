import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { agendaFileName, buildAgendaDocx, EMPTY_AGENDA_SENTENCE } from '../../electron/core/export/agenda-docx';
import { BOTTOM_MARGIN, CONTENT_WIDTH, MARGIN } from '../../electron/core/export/docx/page';
import { type AgendaDocModel } from '../../electron/core/export/models';
import { decodeEntities, type DocxContents, elements, parseXml, readDocx, textOf, type XmlElement } from '../support/docx-reader';

const TRICKY_NAME = "Ava O'Brien & Co <x>";

const MODEL: AgendaDocModel = {
  authorityName: 'Exampleshire Council',
  meetingType: 'Permanence Panel',
  date: '2026-12-03',
  startTime: '10:00',
  endTime: '12:00',
  venue: 'Room 2, County Hall',
  chair: 'Helen Marsh',
  team: 'Children in Care North',
  papersDueOn: null,
  items: [
    {
      start: '10:00',
      end: '10:20',
      children: [{ caseRef: 'EX100237', name: 'Amelia Jones', team: 'Children in Care North', socialWorker: 'Sam Patel' }],
      presenter: 'Sam Patel',
      reason: 'Review of permanence plan',
    },
    {
      start: '10:20',
      end: '10:50',
      children: [
        { caseRef: 'EX100274', name: 'Liam Smith', team: 'Children in Care North', socialWorker: 'Ruth Evans' },
        { caseRef: 'EX100311', name: 'Mia Smith', team: 'Children in Care North', socialWorker: 'Ruth Evans' },
      ],
      presenter: null,
      reason: 'Sibling group: together or apart',
    },
    {
      start: '10:50',
      end: '11:10',
      children: [{ caseRef: 'EX100348', name: TRICKY_NAME, team: null, socialWorker: null }],
      presenter: null,
      reason: 'Early permanence\nSecond line',
    },
  ],
  overrunMinutes: 25,
  preparedBy: 'Priya Shah',
};

const CHILD_NAMES = MODEL.items.flatMap((i) => i.children.map((c) => c.name));

const build = async (overrides: Partial<AgendaDocModel> = {}) => readDocx(await buildAgendaDocx({ ...MODEL, ...overrides }));

/** The table rows as XML elements, for checks on row and cell properties. */
const rowElements = (doc: DocxContents): XmlElement[] => elements(parseXml(doc.documentXml), 'w:tr');
/** A Word on/off property is on unless its w:val says otherwise. */
const isOn = (el: XmlElement) => !['false', '0', 'off'].includes(el.attributes['w:val'] ?? 'true');
const widthOf = (el: XmlElement | undefined) => Number(el?.attributes['w:w']);

let doc: DocxContents;
let buffer: Buffer;
beforeAll(async () => {
  buffer = await buildAgendaDocx(MODEL);
  doc = readDocx(buffer);
});

describe('agenda: the package', () => {
  it('is a valid zip holding a Word document', () => {
    const files = unzipSync(new Uint8Array(buffer));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    expect(doc.contentTypesXml).toContain('wordprocessingml.document.main+xml');
  });

  it('sets the core properties from the model and nothing personal beyond the author', () => {
    expect(doc.core.title).toBe('Permanence Panel agenda, Thursday 3 December 2026');
    expect(doc.core.subject).toBe('Permanence Panel');
    expect(doc.core.creator).toBe('Priya Shah');
    expect(doc.core.lastModifiedBy).toBe('Priya Shah');
    expect(doc.core.description).toBe('Agenda for the Permanence Panel on Thursday 3 December 2026, 10:00 to 12:00.');
    const core = new TextDecoder().decode(doc.files['docProps/core.xml']);
    for (const name of CHILD_NAMES) expect(decodeEntities(core)).not.toContain(name);
  });
});

describe('agenda: the house style', () => {
  it('sets UK English as the document language in the default run properties', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(doc.styles)?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="en-GB"/>');
    expect(defaults).toContain('w:ascii="Arial"');
    expect(defaults).toContain('<w:sz w:val="22"/>');
  });

  it('lays out an A4 portrait page with margins of about 2 cm', () => {
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(doc.documentXml)?.[0] ?? '';
    expect(sectPr).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    for (const side of ['top', 'right', 'left']) expect(sectPr).toContain(`w:${side}="${MARGIN}"`);
    expect(sectPr).toContain(`w:bottom="${BOTTOM_MARGIN}"`);
    expect(MARGIN).toBe(1134);
  });

  it('uses real Word heading styles, with outline levels for the navigation pane', () => {
    expect(doc.documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(doc.documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(doc.styles)?.[0] ?? '';
    expect(heading1).toContain('<w:outlineLvl w:val="0"/>');
  });

  it('marks every page OFFICIAL-SENSITIVE in the header and the footer', () => {
    expect(doc.headers.length).toBeGreaterThan(0);
    expect(doc.footers.length).toBeGreaterThan(0);
    for (const header of doc.headers) expect(header).toContain('OFFICIAL-SENSITIVE');
    for (const footer of doc.footers) expect(footer).toContain('OFFICIAL-SENSITIVE');
    expect(doc.documentXml).toMatch(/<w:headerReference w:type="default"/);
    expect(doc.documentXml).toMatch(/<w:footerReference w:type="default"/);
  });

  it('numbers the pages "Page X of Y" in the footer', () => {
    const footer = doc.footerXml.join('');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(doc.footers[0]).toContain('Page ');
    expect(doc.footers[0]).toContain(' of ');
  });
});

describe('agenda: the details block', () => {
  it('gives the authority, the title and the meeting details in order', () => {
    const start = doc.paragraphs.indexOf('Exampleshire Council');
    expect(doc.paragraphs.slice(start, start + 7)).toEqual([
      'Exampleshire Council',
      'Permanence Panel agenda',
      'Date:\tThursday 3 December 2026',
      'Time:\t10:00 to 12:00',
      'Venue:\tRoom 2, County Hall',
      'Chair:\tHelen Marsh',
      'Team attending:\tChildren in Care North',
    ]);
  });

  it('leaves out the authority line when there is none, so the title comes first', async () => {
    const bare = await build({ authorityName: null });
    expect(bare.paragraphs[0]).toBe('Permanence Panel agenda');
    expect(bare.paragraphs).not.toContain('Exampleshire Council');
  });

  it('says a venue or chair still to be confirmed, and leaves out a missing team', async () => {
    const bare = await build({ venue: null, chair: null, team: null });
    expect(bare.paragraphs).toContain('Venue:\tTo be confirmed');
    expect(bare.paragraphs).toContain('Chair:\tTo be confirmed');
    expect(bare.paragraphs.some((p) => p.startsWith('Team attending'))).toBe(false);
  });

  it('gives the papers deadline as a UK date when there is one (Legal Gateway), and not otherwise', async () => {
    expect(doc.paragraphs.some((p) => p.startsWith('Papers due'))).toBe(false);
    const lgp = await build({ meetingType: 'Legal Gateway Panel', papersDueOn: '2026-11-26' });
    expect(lgp.paragraphs).toContain('Papers due:\t26/11/2026');
    expect(lgp.paragraphs[1]).toBe('Legal Gateway Panel agenda');
  });

  it('never prints the overrun warning', () => {
    const text = doc.paragraphs.join('\n').toLowerCase();
    expect(text).not.toContain('overrun');
    expect(text).not.toContain('25 minutes');
    expect(text).not.toContain('runs past');
  });
});

describe('agenda: the table of children', () => {
  it('has one table whose header row names the columns', () => {
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]![0]).toEqual(['Time', 'Case reference', 'Name', 'Team', 'Social worker', 'Reason']);
  });

  it('has one row per child with the expected cells', () => {
    const rows = doc.tables[0]!.slice(1);
    expect(rows).toEqual([
      ['10:00 to 10:20', 'EX100237', 'Amelia Jones', 'Children in Care North', 'Sam Patel', 'Review of permanence plan\nPresenter: Sam Patel'],
      ['10:20 to 10:50', 'EX100274', 'Liam Smith', 'Children in Care North', 'Ruth Evans', 'Sibling group: together or apart'],
      ['', 'EX100311', 'Mia Smith', 'Children in Care North', 'Ruth Evans', ''],
      ['10:50 to 11:10', 'EX100348', TRICKY_NAME, '', '', 'Early permanence\nSecond line'],
    ]);
  });

  it('keeps the rows of a sibling group on one page, and no row splits across pages', () => {
    const rows = rowElements(doc);
    const keptWithNext = rows.map((row) => elements(row, 'w:keepNext').some(isOn));
    // Header (kept with the first row), Amelia, Liam (kept with Mia), Mia, Ava.
    expect(keptWithNext).toEqual([true, false, true, false, false]);
    for (const row of rows) expect(elements(row, 'w:cantSplit')).toHaveLength(1);
  });

  it('marks only the first row as a header row that repeats on each page, shaded grey in bold', () => {
    const rows = rowElements(doc);
    expect(rows.map((row) => elements(row, 'w:tblHeader').length)).toEqual([1, 0, 0, 0, 0]);
    const headerCells = elements(rows[0]!, 'w:tc');
    for (const cell of headerCells) {
      expect(elements(cell, 'w:shd')[0]?.attributes['w:fill']).toBe('D9D9D9');
      expect(elements(cell, 'w:pStyle')[0]?.attributes['w:val']).toBe('TableHeading');
    }
    expect(/<w:style [^>]*w:styleId="TableHeading"[\s\S]*?<\/w:style>/.exec(doc.styles)?.[0]).toContain('<w:b/>');
    expect(doc.documentXml).toContain('<w:tblHeader/>');
  });

  it('fits the page width exactly, with grid, table and cell widths that agree', () => {
    const [table] = elements(parseXml(doc.documentXml), 'w:tbl');
    expect(widthOf(elements(table!, 'w:tblW')[0])).toBe(CONTENT_WIDTH);
    const grid = elements(table!, 'w:gridCol').map(widthOf);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
    for (const row of rowElements(doc)) {
      expect(elements(row, 'w:tcW').map(widthOf)).toEqual(grid);
    }
  });

  it('puts at least one paragraph in every cell, as Word requires', () => {
    for (const cell of elements(parseXml(doc.documentXml), 'w:tc')) expect(elements(cell, 'w:p').length).toBeGreaterThan(0);
  });

  it('turns a line break typed in a reason into a Word line break, not a raw newline', () => {
    expect(doc.documentXml).toContain('<w:br/>');
    expect(doc.documentXml).not.toMatch(/<w:t[^>]*>[^<]*\n[^<]*<\/w:t>/);
  });
});

describe('agenda: edge cases', () => {
  it('says so in a sentence instead of an empty table when no children are on it', async () => {
    const empty = await build({ items: [] });
    expect(empty.paragraphs).toContain(EMPTY_AGENDA_SENTENCE);
    expect(EMPTY_AGENDA_SENTENCE).toBe('No children are on this agenda yet.');
    expect(empty.tables).toEqual([]);
  });

  it('keeps XML-special characters in names, headings and properties intact', async () => {
    const tricky = await build({ authorityName: 'Smith & Jones <Borough>', preparedBy: "D'Arcy & Co", meetingType: 'Panel "A" & <B>' });
    expect(tricky.paragraphs[0]).toBe('Smith & Jones <Borough>');
    expect(tricky.paragraphs[1]).toBe('Panel "A" & <B> agenda');
    expect(tricky.core.creator).toBe("D'Arcy & Co");
    expect(tricky.tables[0]!.flat()).toContain(TRICKY_NAME);
    expect(tricky.documentXml).toContain('O&apos;Brien &amp; Co &lt;x&gt;');
  });

  it('drops characters XML forbids rather than produce a file Word will not open', async () => {
    const odd = await build({ items: [{ ...MODEL.items[0]!, reason: 'Bad\uFFFEchar\u0001here' }] });
    expect(odd.tables[0]![1]![5]).toBe('Badcharhere\nPresenter: Sam Patel');
  });
});

describe('agenda: file name', () => {
  it('names the file by meeting type and ISO date', () => {
    expect(agendaFileName(MODEL)).toBe('Permanence Panel agenda 2026-12-03.docx');
  });

  it('never carries a child name', () => {
    const name = agendaFileName(MODEL);
    for (const child of CHILD_NAMES) expect(name).not.toContain(child);
    for (const word of CHILD_NAMES.flatMap((n) => n.split(' '))) expect(name).not.toContain(word);
  });

  it('is safe on Windows whatever the meeting type is called', () => {
    expect(agendaFileName({ meetingType: 'Legal Gateway / "Urgent": A|B?*', date: '2026-12-03' })).toBe('Legal Gateway Urgent A B agenda 2026-12-03.docx');
  });
});

describe('docx reader', () => {
  it('decodes named and numeric XML entities', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&#8217;&#x2019;&unknown;')).toBe(`&<>"'\u2019\u2019&unknown;`);
  });

  it('reads tabs and breaks inside runs but not tab stops in paragraph properties', () => {
    const xml = '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>A</w:t><w:tab/><w:t xml:space="preserve">B &amp; C</w:t><w:br/><w:t>D</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>';
    const [p] = elements(parseXml(xml), 'w:p');
    expect(textOf(p!)).toBe('A\tB & C\nD');
  });
});
