import { asShown } from './support/shown-version';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../electron/core/export/minutes/redact';
import { decodeEntities, type DocxContents, elements, parseXml, readDocx } from '../support/docx-reader';
import type { TestCore } from './support/core';
import { tempDir } from './support/temp-dir';
import { child, councilAt, meetingWith, runningPanel } from './support/council';

const fromBase64 = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

/** Every word a reader, a search or a curious person could find in the file: body, headers, footers and properties. */
function everyText(doc: DocxContents): string {
  const parts = Object.entries(doc.files)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, bytes]) => decodeEntities(Buffer.from(bytes).toString('utf8').replace(/<[^>]+>/g, ' ')));
  return parts.join('\n');
}

/**
 * A panel of five children: one with an earlier action carried forward, a sibling group
 * presented together, one whose minutes mention other children by name and reference,
 * and one the panel did not reach. A declaration of interest names a child too.
 */
async function heldPanel() {
  const { clock, core, s } = await councilAt('2026-11-26T09:00:00Z');
  await core.ok('settings.setDocuments', { authorityName: 'Exampleshire Council', version: 0 });
  const ottilie = await child(core, s.north.id, 'Quarrington', 'Ottilie', 'WS-71001');
  const barnaby = await child(core, s.north.id, 'Fenwick', 'Barnaby', 'WS-71002');
  const clementine = await child(core, s.north.id, 'Fenwick', 'Clementine', 'WS-71003');
  const dashiell = await child(core, s.south.id, 'Mortimer', 'Dashiell', 'WS-71004');
  const esmeralda = await child(core, s.south.id, 'Pennyworth', 'Esmeralda', 'WS-71005');
  await core.ok('siblings.link', { childId: barnaby.id, siblingId: clementine.id });

  // Last week: Ottilie's action, approved.
  const first = await meetingWith(core, s.series.id, '2026-11-26', [ottilie.id]);
  await core.ok('meetings.start', { id: first.meetingId });
  const earlier = await core.ok('actions.create', { itemId: first.itemOf(ottilie.id), text: 'Book the life-story work sessions', ownerId: null, ownerName: 'Sam Social', dueOn: '2026-12-01' });
  await core.ok('meetings.close', { id: first.meetingId });
  await core.ok('meetings.approve', { id: first.meetingId, approvedBy: 'Hana Head', approvedOn: '2026-11-26' });

  clock.set('2026-12-03T09:00:00Z');
  const m = await meetingWith(core, s.series.id, '2026-12-03', [ottilie.id, barnaby.id, clementine.id, dashiell.id, esmeralda.id]);
  const detail = await core.ok('meetings.get', { id: m.meetingId });
  const barnabyItem = detail.items.find((i) => i.children.some((c) => c.id === barnaby.id))!;
  await core.ok('agenda.groupSiblings', { id: barnabyItem.id });
  const grouped = await core.ok('meetings.get', { id: m.meetingId });
  const itemOf = (childId: number) => grouped.items.find((i) => i.children.some((c) => c.id === childId))!.id;

  const started = await core.ok('meetings.start', { id: m.meetingId });
  const editable = (a: (typeof started.attendance)[number]) => ({ id: a.id, personId: a.personId, name: a.name, role: a.role as 'chair', organisation: a.organisation, status: a.status, declaration: a.declaration });
  const chairRow = started.attendance.find((a) => a.role === 'chair')!;
  await core.ok('attendance.update', { ...editable(chairRow), declaration: 'Knows the foster carers of Ottilie Quarrington (WS-71001) socially.' });
  const coordinator = started.attendance.find((a) => a.role === 'permanence_coordinator')!;
  await core.ok('attendance.update', { ...editable(coordinator), status: 'apologies' });

  const save = async (childId: number, field: 'discussion' | 'decisions' | 'childViews', value: string) => core.ok('minutes.save', await asShown(core, { itemId: itemOf(childId), field, value }));
  await save(ottilie.id, 'discussion', 'Placement stable.\n\nOttilie enjoys school; Barnaby visited last month.');
  await save(ottilie.id, 'decisions', 'Plan for adoption confirmed.');
  await save(barnaby.id, 'discussion', 'The siblings will be placed together. Barnaby and Clementine see their grandmother weekly.');
  await save(barnaby.id, 'decisions', 'Together assessment to finish by January.');
  await save(dashiell.id, 'discussion', 'Dashiell’s half-sister Clementine Fenwick (WS-71003) was discussed separately; see also Fenwick, Barnaby.');
  await save(dashiell.id, 'decisions', 'Special guardianship assessment of the aunt.');
  await core.ok('minutes.save', await asShown(core, { itemId: itemOf(esmeralda.id), field: 'notReached', value: true }));
  await core.ok('minutes.save', await asShown(core, { itemId: itemOf(ottilie.id), field: 'nextReview', value: '2027-03-04' }));

  await core.ok('actions.review', { actionId: earlier.id, itemId: itemOf(ottilie.id), outcome: 'carried', note: 'Worker off sick; rebooked', newDueOn: '2026-12-17' });
  await core.ok('actions.create', { itemId: itemOf(ottilie.id), text: 'Send the adoption medical request', ownerId: null, ownerName: 'Sam Social', dueOn: '2026-12-31' });
  await core.ok('actions.create', { itemId: itemOf(dashiell.id), text: 'Tell Ottilie’s worker about the contact arrangement', ownerId: null, ownerName: 'Dee Worker', dueOn: '2026-12-31' });
  await core.ok('minutes.rate', { itemId: itemOf(ottilie.id), childId: ottilie.id, rating: 'green', reason: 'On track for matching' });
  await core.ok('minutes.rate', { itemId: itemOf(barnaby.id), childId: barnaby.id, rating: 'amber', reason: 'Assessment late' });
  await core.ok('minutes.rate', { itemId: itemOf(barnaby.id), childId: clementine.id, rating: 'amber', reason: 'Assessment late' });
  await core.ok('minutes.rate', { itemId: itemOf(dashiell.id), childId: dashiell.id, rating: 'red', reason: 'No assessor allocated' });
  return { core, clock, meetingId: m.meetingId, itemOf, children: { ottilie, barnaby, clementine, dashiell, esmeralda } };
}

async function approve(core: TestCore, meetingId: number, itemId: number) {
  await core.ok('meetings.close', { id: meetingId });
  await core.ok('meetings.approve', { id: meetingId, approvedBy: 'Hana Head', approvedOn: '2026-12-03' });
  await core.ok('minutes.amend', { meetingId, itemId: null, text: 'Dashiell Mortimer’s item: the aunt’s name is spelt Ann.' });
  await core.ok('minutes.amend', { meetingId, itemId, text: 'The next review is with the adoption team manager.' });
}

describe('Word minutes of a whole meeting', () => {
  it('prints the meeting, attendance, each item with ratings as shaded words, actions carried and agreed, and amendments', async () => {
    const { core, meetingId, itemOf, children } = await heldPanel();
    const draft = await core.ok('minutes.exportDocx', { id: meetingId });
    expect(draft.fileName).toBe('Permanence Panel minutes 2026-12-03 DRAFT.docx');
    const draftDoc = readDocx(fromBase64(draft.base64));
    expect(draftDoc.core.title).toBe('Permanence Panel minutes, Thursday 3 December 2026 (draft)');
    expect(draftDoc.paragraphs).toContain('DRAFT: these minutes have not been approved by the chair.');

    await approve(core, meetingId, itemOf(children.ottilie.id));
    const file = await core.ok('minutes.exportDocx', { id: meetingId });
    expect(file.fileName).toBe('Permanence Panel minutes 2026-12-03.docx');
    const doc = readDocx(fromBase64(file.base64));
    const p = doc.paragraphs;

    expect(p[0]).toBe('Exampleshire Council');
    expect(p[1]).toBe('Permanence Panel minutes');
    expect(p).toContain('Status:\tApproved by Hana Head on 03/12/2026');
    expect(p).toContain('Venue:\tCivic Centre, Room 2');
    expect(doc.core).toMatchObject({ title: 'Permanence Panel minutes, Thursday 3 December 2026', creator: 'test-user' });
    expect(doc.headers.join('\n')).toContain('OFFICIAL-SENSITIVE');
    expect(doc.footers.join('\n')).toContain('OFFICIAL-SENSITIVE');
    expect(doc.footerXml.join('')).toMatch(/NUMPAGES/);
    expect(doc.styles).toContain('w:val="en-GB"');

    // Items in agenda order, each headed by its children's names and references; the siblings share one.
    const itemHeadings = p.filter((t) => /^Item \d+: /.test(t));
    expect(itemHeadings).toEqual([
      'Item 1: Ottilie Quarrington (WS-71001)',
      'Item 2: Barnaby Fenwick (WS-71002) and Clementine Fenwick (WS-71003)',
      'Item 3: Dashiell Mortimer (WS-71004)',
      'Item 4: Esmeralda Pennyworth (WS-71005)',
    ]);
    // Real heading styles: Word's navigation pane and screen readers find every item.
    const body = parseXml(doc.documentXml);
    const headingOf = (text: string) => {
      const paragraph = elements(body, 'w:p').find((el) => elements(el, 'w:t').map((t) => t.children.join('')).join('') === text);
      return paragraph ? elements(paragraph, 'w:pStyle')[0]?.attributes['w:val'] : undefined;
    };
    expect(headingOf('Item 1: Ottilie Quarrington (WS-71001)')).toBe('Heading1');
    expect(headingOf('Attendance')).toBe('Heading1');
    expect(headingOf('Decisions')).toBe('Heading2');

    // Paragraphs as typed: the blank line made two.
    expect(p).toContain('Placement stable.');
    expect(p).toContain('Ottilie enjoys school; Barnaby visited last month.');

    // Attendance and the declaration, in full: the panel's own record holds everything.
    const apologies = doc.tables.find((t) => t.some((row) => row.includes('Permanence coordinator')))!;
    // No one here has an organisation, so no empty Organisation column.
    expect(apologies[0]).toEqual(['Name', 'Role']);
    expect(p.some((t) => t.includes('Knows the foster carers of Ottilie Quarrington (WS-71001) socially.'))).toBe(true);

    // The rating: the word in a shaded cell.
    const ratingTables = doc.tables.filter((t) => t[0]!.join('|') === 'Child|Rating|Reason');
    expect(ratingTables.map((t) => t.slice(1))).toEqual([
      [['Ottilie Quarrington', 'Green', 'On track for matching']],
      [
        ['Barnaby Fenwick', 'Amber', 'Assessment late'],
        ['Clementine Fenwick', 'Amber', 'Assessment late'],
      ],
      [['Dashiell Mortimer', 'Red', 'No assessor allocated']],
    ]);
    const fills = elements(body, 'w:shd').map((el) => el.attributes['w:fill']);
    expect(fills).toEqual(expect.arrayContaining(['A9D08E', 'FFD966', 'F4B6B6']));

    // The earlier action and its outcome; the new actions; the next review.
    const previous = doc.tables.find((t) => t[0]!.join('|') === 'Action|Owner|Due|Outcome')!;
    expect(previous[1]).toEqual(['Book the life-story work sessions', 'Sam Social', '01/12/2026', 'Carried forward, now due 17/12/2026: Worker off sick; rebooked']);
    const agreed = doc.tables.filter((t) => t[0]!.join('|') === 'Action|Owner|Due');
    expect(agreed[0]![1]).toEqual(['Send the adoption medical request', 'Sam Social', '31/12/2026']);
    expect(p).toContain('Next review:\t04/03/2027');

    // The item not reached says so, and decides nothing.
    expect(p.some((t) => t.startsWith('Not reached:\tThe panel did not reach this item'))).toBe(true);

    // Amendments after approval, dated and signed.
    const amendments = doc.tables.find((t) => t[0]!.join('|') === 'Date|Made by|Item|Correction')!;
    expect(amendments.slice(1)).toEqual([
      ['03/12/2026', 'test-user', 'The minutes as a whole', 'Dashiell Mortimer’s item: the aunt’s name is spelt Ann.'],
      ['03/12/2026', 'test-user', 'Item 1', 'The next review is with the adoption team manager.'],
    ]);

    // Every table's first row repeats on each page.
    for (const table of elements(body, 'w:tbl')) {
      const firstRow = elements(table, 'w:tr')[0]!;
      expect(elements(firstRow, 'w:tblHeader')).toHaveLength(1);
    }
  });

  it('says there is nothing to export before the meeting starts', async () => {
    const { core, m } = await runningPanel(['Planned'], { at: '2026-11-26T09:00:00Z', start: false });
    const refused = await core.router.call('minutes.exportDocx', { id: m.meetingId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('has not started') } });
  });
});

describe('each child’s extract for the case record', () => {
  it('never carries another child’s name or reference, whatever was typed, while siblings discussed together share their item', async () => {
    const { core, meetingId, itemOf, children } = await heldPanel();
    expect(await core.router.call('filing.exportZip', { id: meetingId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('approve') } });
    await approve(core, meetingId, itemOf(children.ottilie.id));

    const zipped = await core.ok('filing.exportZip', { id: meetingId });
    expect(zipped.fileName).toBe('Permanence Panel 2026-12-03 for filing.zip');
    const files = unzipSync(fromBase64(zipped.base64));
    const all = Object.values(children);
    const nameOf = (c: (typeof all)[number]) => `Permanence Panel 2026-12-03 for filing/${c.caseRef} ${c.lastName} Permanence Panel 2026-12-03.docx`;
    expect(Object.keys(files).sort()).toEqual(all.map(nameOf).sort());

    for (const own of all) {
      const doc = readDocx(files[nameOf(own)]!);
      const text = everyText(doc);
      const itemMates = all.filter((c) => itemOf(c.id) === itemOf(own.id));
      expect(text).toContain(`${own.firstName} ${own.lastName} (${own.caseRef})`);
      for (const other of all.filter((c) => !itemMates.includes(c))) {
        for (const tell of [other.caseRef, `${other.firstName} ${other.lastName}`, other.firstName]) {
          expect(text, `${own.firstName}'s extract names ${tell}`).not.toContain(tell);
        }
        // A surname alone is left in place (parents and siblings share it), so only surnames no item-mate shares must be absent.
        if (!itemMates.some((m) => m.lastName === other.lastName)) expect(text, `${own.firstName}'s extract names ${other.lastName}`).not.toContain(other.lastName);
      }
      expect(doc.paragraphs[1]).toBe('Permanence Panel: extract from the minutes');
      expect(doc.core.title).not.toMatch(/Ottilie|Barnaby|Clementine|Dashiell|Esmeralda/);
    }

    // Siblings: both extracts hold the shared discussion, each named for its own child.
    const barnaby = readDocx(files[nameOf(children.barnaby)]!);
    const clementine = readDocx(files[nameOf(children.clementine)]!);
    for (const doc of [barnaby, clementine]) expect(doc.paragraphs).toContain('The siblings will be placed together. Barnaby and Clementine see their grandmother weekly.');
    expect(barnaby.paragraphs).toContain('Barnaby Fenwick (WS-71002) and Clementine Fenwick (WS-71003)');
    // The core details at the head are each child's own.
    expect(barnaby.paragraphs).toContain('Case reference:\tWS-71002');
    expect(barnaby.paragraphs).not.toContain('Case reference:\tWS-71003');
    expect(clementine.paragraphs).toContain('Case reference:\tWS-71003');

    // What was typed about others is taken out in words a reader understands (a name and its reference are one child); the rest stays.
    const dashiell = readDocx(files[nameOf(children.dashiell)]!);
    expect(dashiell.paragraphs).toContain(`Dashiell’s half-sister ${REDACTED} was discussed separately; see also ${REDACTED}.`);
    expect(dashiell.tables.some((t) => t.some((row) => row[0] === `Tell ${REDACTED}’s worker about the contact arrangement`))).toBe(true);
    // The chair's declaration names Ottilie: her extract keeps it, the others show it without her name.
    expect(readDocx(files[nameOf(children.ottilie)]!).paragraphs).toContain('Hana Head: Knows the foster carers of Ottilie Quarrington (WS-71001) socially.');
    expect(dashiell.paragraphs).toContain(`Hana Head: Knows the foster carers of ${REDACTED} socially.`);
    // Corrections: to the minutes as a whole (redacted) and to this child's own item only.
    expect(dashiell.tables.find((t) => t[0]!.join('|') === 'Date|Made by|Item|Correction')!.length).toBe(2);
    const ottilieAmendments = readDocx(files[nameOf(children.ottilie)]!).tables.find((t) => t[0]!.join('|') === 'Date|Made by|Item|Correction')!;
    expect(ottilieAmendments.map((r) => r[3])).toEqual(['Correction', `${REDACTED}’s item: the aunt’s name is spelt Ann.`, 'The next review is with the adoption team manager.']);

    // The checklist counts what was taken out, so whoever files it checks the extract reads well.
    const checklist = zipped.checklist.rows;
    expect(checklist.map((r) => r.fileName)).toEqual([children.ottilie, children.barnaby, children.clementine, children.dashiell, children.esmeralda].map((c) => `${c.caseRef} ${c.lastName} Permanence Panel 2026-12-03.docx`));
    expect(checklist.find((r) => r.childId === children.dashiell.id)!.redactions).toBeGreaterThanOrEqual(4);
    // Ottilie's: 'Barnaby visited' in her discussion, and Dashiell in the correction to the whole minutes.
    expect(checklist.find((r) => r.childId === children.ottilie.id)!.redactions).toBe(2);
  });

  it('one child’s extract on its own, marked draft until approved, then on the filing checklist; a child not on the meeting is refused', async () => {
    const { core, meetingId, itemOf, children } = await heldPanel();
    const draft = await core.ok('minutes.exportExtract', { meetingId, childId: children.esmeralda.id });
    expect(draft.fileName).toBe('WS-71005 Pennyworth Permanence Panel 2026-12-03 DRAFT - NOT FOR FILING.docx');
    expect((await core.ok('filing.checklist', { id: meetingId })).rows.every((r) => r.exportedAt === null)).toBe(true);
    await approve(core, meetingId, itemOf(children.ottilie.id));
    const one = await core.ok('minutes.exportExtract', { meetingId, childId: children.esmeralda.id });
    expect(one.fileName).toBe('WS-71005 Pennyworth Permanence Panel 2026-12-03.docx');
    const doc = readDocx(fromBase64(one.base64));
    expect(doc.paragraphs).toContain('Esmeralda Pennyworth (WS-71005)');
    const listed = await core.ok('filing.checklist', { id: meetingId });
    expect(listed.rows.filter((r) => r.exportedAt !== null).map((r) => r.childId)).toEqual([children.esmeralda.id]);
    const stranger = await core.ok('children.create', { caseRef: 'WS-79999', firstName: 'Not', lastName: 'Here', legalStatus: 'care_order', dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10', teamId: null });
    expect(await core.router.call('minutes.exportExtract', { meetingId, childId: stranger.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the filing checklist', () => {
  it('writes the folder on the desktop, then keeps who filed each extract and when, with the meeting', async () => {
    const { core, clock, meetingId, itemOf, children } = await heldPanel();
    await approve(core, meetingId, itemOf(children.ottilie.id));
    const before = await core.ok('filing.checklist', { id: meetingId });
    expect(before.blockedReason).toBeNull();
    expect(before.rows.every((r) => r.exportedAt === null)).toBe(true);
    expect(await core.router.call('filing.mark', { meetingId, childId: children.ottilie.id, filed: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const parent = tempDir();
    const written = await core.desktop.exportForFiling(meetingId, parent);
    if (!written.ok) throw new Error(written.error.message);
    const folder = path.join(parent, 'Permanence Panel 2026-12-03 for filing');
    expect(fs.readdirSync(folder).sort()).toEqual(written.value.rows.map((r) => r.fileName).sort());
    expect(written.value.lastExport).toMatchObject({ folder, files: 5, by: 'test-user' });
    expect(await core.desktop.filingFolder(meetingId)).toEqual({ ok: true, value: folder });
    // Each file is a whole Word document.
    for (const name of fs.readdirSync(folder)) expect(readDocx(fs.readFileSync(path.join(folder, name))).paragraphs.length).toBeGreaterThan(10);

    clock.set('2026-12-04T11:00:00Z');
    const ticked = await core.ok('filing.mark', { meetingId, childId: children.ottilie.id, filed: true });
    expect(ticked.rows[0]).toMatchObject({ filedAt: '2026-12-04T11:00:00.000Z', filedBy: 'test-user', exportedSinceFiled: false });

    // Exported again with nothing changed: the filed copy is still the current one.
    clock.set('2026-12-04T12:00:00Z');
    const same = await core.desktop.exportForFiling(meetingId, parent);
    if (!same.ok) throw new Error(same.error.message);
    expect(same.value.rows[0]).toMatchObject({ exportedSinceFiled: false, amendedSinceExport: false, filedBy: 'test-user' });

    // A correction after filing: the checklist says to export again, then that the filed copy is out of date.
    clock.set('2026-12-04T15:00:00Z');
    await core.ok('minutes.amend', { meetingId, itemId: itemOf(children.ottilie.id), text: 'The adoption medical is with Dr Patel.' });
    const amended = await core.ok('filing.checklist', { id: meetingId });
    expect(amended.rows.map((r) => r.amendedSinceExport)).toEqual([true, false, false, false, false]);
    clock.set('2026-12-05T09:00:00Z');
    const again = await core.desktop.exportForFiling(meetingId, parent);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.rows[0]).toMatchObject({ exportedSinceFiled: true, amendedSinceExport: false, filedBy: 'test-user' });
    expect(again.value.rows.slice(1).every((r) => !r.exportedSinceFiled)).toBe(true);
    expect(fs.readdirSync(folder)).toHaveLength(5);

    // Ticking it again records that the new copy is filed.
    clock.set('2026-12-05T10:00:00Z');
    const refiled = await core.ok('filing.mark', { meetingId, childId: children.ottilie.id, filed: true });
    expect(refiled.rows[0]).toMatchObject({ filedAt: '2026-12-05T10:00:00.000Z', exportedSinceFiled: false });

    const unticked = await core.ok('filing.mark', { meetingId, childId: children.ottilie.id, filed: false });
    expect(unticked.rows[0]).toMatchObject({ filedAt: null, filedBy: null });
    const audit = await core.ok('audit.list', { entity: 'filing_record' });
    expect(audit.rows.map((r) => r.summary)).toEqual(expect.arrayContaining([expect.stringContaining('as filed to the case record'), expect.stringContaining('Ticked the new copy of'), expect.stringContaining('not filed')]));
  });

  it('a folder that cannot be written is reported in words and nothing is recorded as exported', async () => {
    const { core, meetingId, itemOf, children } = await heldPanel();
    await approve(core, meetingId, itemOf(children.ottilie.id));
    const blocker = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(blocker, 'a file where the folder should go');
    const result = await core.desktop.exportForFiling(meetingId, blocker);
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE', message: expect.stringContaining('that place is a file, not a folder') } });
    expect((await core.ok('filing.checklist', { id: meetingId })).lastExport).toBeNull();
  });
});
