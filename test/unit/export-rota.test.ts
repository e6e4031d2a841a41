import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RotaDocModel } from '../../electron/core/export/models';
import { buildRotaDocx, EMPTY_ROTA_SENTENCE, rotaFileName } from '../../electron/core/export/rota-docx';
import { type DocxContents, elements, parseXml, readDocx } from '../support/docx-reader';

const MODEL: RotaDocModel = {
  authorityName: 'Exampleshire Council',
  title: 'Permanence Panel (Thursday)',
  meetingType: 'Permanence Panel',
  when: 'Thursdays, 10:00 to 12:00',
  venue: 'Room 2, County Hall',
  from: '2026-12-03',
  to: '2027-01-14',
  rows: [
    { date: '2026-12-03', team: 'Children in Care North', status: 'scheduled', note: null },
    { date: '2026-12-10', team: 'Children in Care South', status: 'scheduled', note: 'Extra slot for a sibling group' },
    { date: '2026-12-17', team: 'Children in Care North', status: 'cancelled', note: 'Chair on leave' },
    { date: '2026-12-24', team: null, status: 'cancelled', note: null },
    { date: '2026-12-31', team: null, status: 'scheduled', note: null },
    { date: '2027-01-01', team: null, status: 'holiday', note: "New Year's Day" },
    { date: '2027-01-07', team: 'Children in Care South', status: 'holiday', note: null },
  ],
  preparedBy: 'Priya Shah',
};

let buffer: Buffer;
let doc: DocxContents;
beforeAll(async () => {
  buffer = await buildRotaDocx(MODEL);
  doc = readDocx(buffer);
});

describe('rota: the package and house style', () => {
  it('is a valid zip holding a Word document', () => {
    const files = unzipSync(new Uint8Array(buffer));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
  });

  it('carries the title, author and protective marking of every house document', () => {
    expect(doc.core.title).toBe('Permanence Panel (Thursday) rota, 03/12/2026 to 14/01/2027');
    expect(doc.core.creator).toBe('Priya Shah');
    expect(doc.core.subject).toBe('Permanence Panel');
    for (const part of [...doc.headers, ...doc.footers]) expect(part).toContain('OFFICIAL-SENSITIVE');
    expect(doc.styles).toContain('<w:lang w:val="en-GB"/>');
    expect(doc.documentXml).toContain('<w:pStyle w:val="Title"/>');
  });
});

describe('rota: content', () => {
  it('gives the title, when, venue and period', () => {
    expect(doc.paragraphs.slice(0, 5)).toEqual([
      'Exampleshire Council',
      'Permanence Panel (Thursday) rota',
      'When:\tThursdays, 10:00 to 12:00',
      'Venue:\tRoom 2, County Hall',
      'Period:\t03/12/2026 to 14/01/2027',
    ]);
  });

  it('has a header row that repeats on each page', () => {
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]![0]).toEqual(['Date', 'Team attending', 'Note']);
    const rows = elements(parseXml(doc.documentXml), 'w:tr');
    expect(rows.map((r) => elements(r, 'w:tblHeader').length)).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('lists each date with its weekday, the team for held dates, and says plainly when there is no meeting', () => {
    expect(doc.tables[0]!.slice(1)).toEqual([
      ['Thu 03/12/2026', 'Children in Care North', ''],
      ['Thu 10/12/2026', 'Children in Care South', 'Extra slot for a sibling group'],
      ['Thu 17/12/2026', '', 'Cancelled: Chair on leave'],
      ['Thu 24/12/2026', '', 'Cancelled'],
      ['Thu 31/12/2026', '', ''],
      ["Fri 01/01/2027", '', "No panel: New Year's Day"],
      ['Thu 07/01/2027', '', 'No panel: bank holiday'],
    ]);
  });

  it('says a venue still to be confirmed, and leaves out the authority line when there is none', async () => {
    const bare = readDocx(await buildRotaDocx({ ...MODEL, venue: null, authorityName: null }));
    expect(bare.paragraphs[0]).toBe('Permanence Panel (Thursday) rota');
    expect(bare.paragraphs).toContain('Venue:\tTo be confirmed');
  });

  it('says so in a sentence when no dates fall in the period', async () => {
    const empty = readDocx(await buildRotaDocx({ ...MODEL, rows: [] }));
    expect(empty.paragraphs).toContain(EMPTY_ROTA_SENTENCE);
    expect(empty.tables).toEqual([]);
  });
});

describe('rota: file name', () => {
  it('names the file by series and period', () => {
    expect(rotaFileName(MODEL)).toBe('Permanence Panel (Thursday) rota 2026-12-03 to 2027-01-14.docx');
  });

  it('is safe on Windows whatever the series is called', () => {
    expect(rotaFileName({ ...MODEL, title: 'LGP: "North/South" |*' })).toBe('LGP North South rota 2026-12-03 to 2027-01-14.docx');
  });
});
