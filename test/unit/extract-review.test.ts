import { asShown } from './support/shown-version';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExtractPass } from '../../electron/core/export/mentions/extract-pass';
import { MentionFinder } from '../../electron/core/export/mentions/find-mentions';
import { RegisterNames } from '../../electron/core/export/mentions/register-names';
import { StaffNames } from '../../electron/core/export/mentions/staff-names';
import { ChildNameIndex, REDACTED } from '../../electron/core/export/minutes/redact';
import { readDocx } from '../support/docx-reader';
import { child, councilAt, meetingWith, runningPanel } from './support/council';
import { type CorpusText, generateCorpus, type PlantForm } from './support/mention-corpus';

const fromBase64 = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('possible mentions of other children, on a generated register and minutes', () => {
  // 2,000 fictional children and 600 discussions typed about them (seeded: the same every run).
  const corpus = generateCorpus(16, { children: 2000, texts: 600 });
  const names = new ChildNameIndex(corpus.register);
  const register = new RegisterNames(corpus.register);
  const staff = new StaffNames(corpus.staff);

  /** One discussion through the extract's pass, as the export does it: what is taken out, and what is listed for a person. */
  function scan(t: CorpusText) {
    const redactor = names.redactorFor(t.own, [...t.meeting, ...t.siblings], t.siblings, staff);
    const taken = redactor.spans(t.text, true);
    const pass = new ExtractPass(redactor, new MentionFinder(register, t.own, t.siblings, staff), new Map());
    pass.text(t.text, 'Discussion');
    return { taken, listed: pass.mentions };
  }

  it('takes out or lists every planted mention, and lists few that are not', () => {
    const byForm = new Map<PlantForm, { planted: number; found: number }>();
    const falsePerExtract: number[] = [];
    const missed: string[] = [];
    let planted = 0;
    let found = 0;
    for (const t of corpus.texts) {
      const { taken, listed } = scan(t);
      const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;
      for (const p of t.planted) {
        const hit = [...taken, ...listed].some((s) => overlaps(s, p));
        const tally = byForm.get(p.form) ?? { planted: 0, found: 0 };
        tally.planted++;
        planted++;
        if (hit) {
          tally.found++;
          found++;
        } else missed.push(`${p.form}: “${p.phrase}”`);
        byForm.set(p.form, tally);
      }
      falsePerExtract.push(listed.filter((m) => !t.planted.some((p) => overlaps(m, p))).length);
    }
    const recall = found / planted;
    const mean = falsePerExtract.reduce((a, b) => a + b, 0) / falsePerExtract.length;
    const lines = [
      `Possible mentions: ${corpus.register.length.toLocaleString('en-GB')} children in the register, ${corpus.texts.length} extracts, ${planted} planted mentions of other children`,
      `  recall (taken out or listed for review): ${found} of ${planted} = ${(recall * 100).toFixed(1)}%`,
      `  false candidates per extract: median ${median(falsePerExtract)}, mean ${mean.toFixed(2)}, most ${Math.max(...falsePerExtract)}`,
      ...[...byForm].map(([form, t]) => `  ${form}: ${t.found} of ${t.planted}`),
    ];
    console.log(lines.join('\n'));
    expect(missed).toEqual([]);
    expect(recall).toBe(1);
    expect(median(falsePerExtract)).toBeLessThanOrEqual(2);
    // Every form of mention was planted often enough to count.
    for (const [, t] of byForm) expect(t.planted).toBeGreaterThanOrEqual(30);
  });

  it('lists the strongest first: a misspelt full name before a first name before an everyday word or a member of staff’s name', () => {
    const leo = { id: 1, caseRef: 'WS-1005', firstName: 'Leo', lastName: 'Storyvale' };
    const chloe = { id: 2, caseRef: 'WS-1006', firstName: 'Chloe', lastName: 'Mockfield' };
    const will = { id: 3, caseRef: 'WS-1007', firstName: 'Will', lastName: 'Fableton' };
    const sam = { id: 4, caseRef: 'WS-1008', firstName: 'Sam', lastName: 'Dreamcott' };
    const amara = { id: 5, caseRef: 'WS-1009', firstName: 'Amara', lastName: 'Quill' };
    const kids = [leo, chloe, will, sam, amara];
    const people = new StaffNames(['Sam Social']);
    const pass = new ExtractPass(new ChildNameIndex(kids).redactorFor([amara], [amara], [], people), new MentionFinder(new RegisterNames(kids), [amara], [], people), new Map());
    const text = 'Sam to write to the school. Amara asked after Will. Chloe asked after Amara at school; Leo Storyvail visited. Will the panel review this in May? Sam Social agreed.';
    pass.text(text, 'Discussion');
    const ranked = [...pass.mentions].sort((a, b) => b.score - a.score).map((m) => m.phrase);
    expect(ranked).toEqual(['Leo Storyvail', 'Chloe', 'Will', 'Sam']);
    // Said beside the one a member of staff also has.
    expect(pass.mentions.find((m) => m.phrase === 'Sam')!.staff).toBe('Sam Social');
  });

  it('takes out what is certain so that the sentence still reads: a reference with its label and brackets, a name and its reference as one', () => {
    const leo = { id: 1, caseRef: 'WS 1005', firstName: 'Leo', lastName: 'Storyvale' };
    const amy = { id: 2, caseRef: 'WS-2000', firstName: 'Amy', lastName: 'Quill' };
    const ben = { id: 3, caseRef: 'WS-2001', firstName: 'Ben', lastName: 'Quill' };
    const index = new ChildNameIndex([leo, amy, ben]);
    const r = index.redactorFor([amy], [amy, ben, leo], [ben]);
    expect(r.redact('Her friend (case WS 1005) visited.')).toBe(`Her friend ${REDACTED} visited.`);
    expect(r.redact('Leo Storyvale (case ref: ws-1005) and Leo.')).toBe(`${REDACTED} and ${REDACTED}.`);
    expect(r.redact('See case no. WS1005.')).toBe(`See ${REDACTED}.`);
    // A sibling whose name stays keeps it; their reference goes without a trace.
    expect(r.redact('Amy and Ben (WS-2001) share a room.')).toBe('Amy and Ben share a room.');
    expect(r.redact('Ben Quill’s school')).toBe('Ben Quill’s school');
  });
});

/** A panel of three, approved; the first child's discussion mentions children who are not there. */
async function panelWithMentions() {
  const { clock, core, s } = await councilAt('2026-12-03T09:00:00Z');
  const amara = await child(core, s.north.id, 'Quill', 'Amara', 'WS-71001');
  const noah = await child(core, s.north.id, 'Pennyworth', 'Noah', 'WS-71002');
  const dashiell = await child(core, s.south.id, 'Mortimer', 'Dashiell', 'WS-71003');
  // In the register, not on the meeting.
  const chloe = await child(core, s.south.id, 'Mockfield', 'Chloe', 'WS-72001');
  const leo = await child(core, s.south.id, 'Storyvale', 'Leo', 'WS-72002');
  const brother = await child(core, s.north.id, 'Quill', 'Ezra', 'WS-72003');
  await core.ok('siblings.link', { childId: amara.id, siblingId: brother.id });
  const m = await meetingWith(core, s.series.id, '2026-12-03', [amara.id, noah.id, dashiell.id]);
  await core.ok('meetings.start', { id: m.meetingId });
  await core.ok('minutes.save', await asShown(core, {
    itemId: m.itemOf(amara.id),
    field: 'discussion',
    value: 'Chloe asked after Noah at school. Leo Storyvail visited at the weekend. Amara sees her brother Ezra weekly. A friend (case WS 7 2002) was discussed separately.',
  }));
  await core.ok('minutes.save', await asShown(core, { itemId: m.itemOf(noah.id), field: 'discussion', value: 'Placement stable.' }));
  await core.ok('meetings.close', { id: m.meetingId });
  await core.ok('meetings.approve', { id: m.meetingId, approvedBy: 'Hana Head', approvedOn: '2026-12-03' });
  return { core, clock, meetingId: m.meetingId, itemOf: m.itemOf, children: { amara, noah, dashiell, chloe, leo, brother } };
}

describe('filing waits for a person to see every possible mention', () => {
  it('refuses to file the extract until each possible mention is taken out or kept, records who chose what and when, then files it', async () => {
    const { core, clock, meetingId, children } = await panelWithMentions();
    const { amara, noah, dashiell } = children;

    // The checklist says whose extract waits, and why.
    const before = await core.ok('filing.checklist', { id: meetingId });
    const amaraRow = before.rows.find((r) => r.childId === amara.id)!;
    expect(amaraRow.review).toMatchObject({ found: 2, unreviewed: 2, takenOut: 0, kept: 0 });
    // Noah (on the meeting) and the friend's reference were taken out without asking.
    expect(amaraRow.review!.automatic).toBe(2);
    expect(before.rows.find((r) => r.childId === noah.id)!.review).toMatchObject({ found: 0, unreviewed: 0 });

    // Export for filing writes the others and leaves Amara's out.
    const zip = await core.ok('filing.exportZip', { id: meetingId });
    const files = Object.keys(unzipSync(fromBase64(zip.base64)));
    expect(files.sort()).toEqual([noah, dashiell].map((c) => `Permanence Panel 2026-12-03 for filing/${c.caseRef} ${c.lastName} Permanence Panel 2026-12-03.docx`).sort());
    expect(zip.checklist.rows.find((r) => r.childId === amara.id)).toMatchObject({ exportedAt: null });
    expect(zip.checklist.lastExport).toMatchObject({ files: 2 });

    // Downloaded on its own, it is a draft that says it must not be filed, on every page and in its name, and stays off the checklist.
    const single = await core.ok('minutes.exportExtract', { meetingId, childId: amara.id });
    expect(single.fileName).toBe('WS-71001 Quill Permanence Panel 2026-12-03 DRAFT - NOT FOR FILING.docx');
    const draft = readDocx(fromBase64(single.base64));
    expect(draft.headers.join('\n')).toContain('DRAFT – NOT FOR FILING');
    expect(draft.paragraphs).toContain('DRAFT – NOT FOR FILING: this extract must not be filed to a case record yet.');
    expect(draft.paragraphs).toContain('2 possible mentions of other children have not been reviewed and are printed as typed: “Chloe” (Discussion), “Leo Storyvail” (Discussion).');
    expect(draft.core.title).toContain('(draft, not for filing)');
    expect((await core.ok('filing.checklist', { id: meetingId })).rows.find((r) => r.childId === amara.id)!.exportedAt).toBeNull();

    // The review: strongest first, each in its sentence as it will print, with the child it may be.
    const review = await core.ok('filing.review', { meetingId, childId: amara.id });
    expect(review.mentions.map((m) => m.phrase)).toEqual(['Leo Storyvail', 'Chloe']);
    const [leo, chloe] = review.mentions;
    expect(leo).toMatchObject({ strength: 'strong', why: 'A child’s full name, spelt differently', suspects: [{ name: 'Leo Storyvale', caseRef: 'WS-72002' }], choice: null });
    expect(chloe!.sentence).toEqual({ before: '', match: 'Chloe', after: ` asked after ${REDACTED} at school.` });
    expect(chloe!.suspects).toEqual([{ id: children.chloe.id, name: 'Chloe Mockfield', caseRef: 'WS-72001' }]);
    // Her brother's name stays: the council's default.
    expect(review.mentions.some((m) => m.phrase === 'Ezra')).toBe(false);

    // A choice on something that is not there is refused, and nothing is written.
    const auditBefore = (await core.ok('audit.list', {})).total;
    const refused = await core.router.call('filing.decide', { meetingId, childId: amara.id, key: 'not-a-mention', choice: 'take_out' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('no longer in this extract') } });
    expect(await core.router.call('filing.decide', { meetingId, childId: amara.id, key: leo!.key, choice: 'remove' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(core.store.sqlite.prepare('select count(*) from extract_reviews').pluck().get()).toBe(0);
    expect((await core.ok('audit.list', {})).total).toBe(auditBefore);

    // Take Leo out; keep Chloe (the reviewer knows she is the carers' niece, not that child).
    clock.set('2026-12-04T10:15:00Z');
    const afterLeo = await core.ok('filing.decide', { meetingId, childId: amara.id, key: leo!.key, choice: 'take_out' });
    expect(afterLeo.counts).toMatchObject({ takenOut: 1, unreviewed: 1 });
    expect(afterLeo.next).toBeNull();
    const done = await core.ok('filing.decide', { meetingId, childId: amara.id, key: chloe!.key, choice: 'keep' });
    expect(done.counts).toMatchObject({ found: 2, takenOut: 1, kept: 1, unreviewed: 0, lastBy: 'test-user', lastAt: '2026-12-04T10:15:00.000Z' });
    expect(done.mentions.find((m) => m.phrase === 'Chloe')).toMatchObject({ choice: 'keep', decidedBy: 'test-user', decidedAt: '2026-12-04T10:15:00.000Z' });
    const stored = core.store.sqlite.prepare('select phrase, sentence, choice, decided_by from extract_reviews order by id').all();
    expect(stored).toEqual([
      { phrase: 'Leo Storyvail', sentence: 'Leo Storyvail visited at the weekend.', choice: 'take_out', decided_by: 'test-user' },
      { phrase: 'Chloe', sentence: `Chloe asked after ${REDACTED} at school.`, choice: 'keep', decided_by: 'test-user' },
    ]);
    const audit = await core.ok('audit.list', { entity: 'child' });
    expect(audit.rows.map((r) => r.summary)).toEqual(
      expect.arrayContaining([
        'Took out “Leo Storyvail” in Amara Quill’s extract from Permanence Panel on 03/12/2026',
        'Kept “Chloe” in Amara Quill’s extract from Permanence Panel on 03/12/2026: not another child',
      ]),
    );

    // Now it is filed with the others, reading as it should, and the checklist keeps the counts with who reviewed it.
    const again = await core.ok('filing.exportZip', { id: meetingId });
    const all = unzipSync(fromBase64(again.base64));
    const name = `Permanence Panel 2026-12-03 for filing/WS-71001 Quill Permanence Panel 2026-12-03.docx`;
    const filed = readDocx(all[name]!);
    expect(filed.paragraphs).toContain(`Chloe asked after ${REDACTED} at school. ${REDACTED} visited at the weekend. Amara sees her brother Ezra weekly. A friend ${REDACTED} was discussed separately.`);
    expect(filed.headers.join('\n')).not.toContain('NOT FOR FILING');
    const row = again.checklist.rows.find((r) => r.childId === amara.id)!;
    expect(row).toMatchObject({ exportedBy: 'test-user', redactions: 2, review: { automatic: 2, takenOut: 1, kept: 1, unreviewed: 0, lastBy: 'test-user' } });
    expect(core.store.sqlite.prepare('select redactions, taken_out, kept from filing_records where child_id = ?').get(amara.id)).toEqual({ redactions: 2, taken_out: 1, kept: 1 });

    // A correction after approval that names another child: the extract waits again until that is seen.
    await core.ok('minutes.amend', { meetingId, itemId: null, text: 'Leo asked to join the life-story group.' });
    const amended = await core.ok('filing.checklist', { id: meetingId });
    expect(amended.rows.find((r) => r.childId === amara.id)!.review).toMatchObject({ unreviewed: 1, takenOut: 1, kept: 1 });
    // Every extract carries the corrections to the minutes as a whole, so all three wait: nothing is exported, and it says why.
    const none = await core.router.call('filing.exportZip', { id: meetingId });
    expect(none).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Amara Quill’s (1 possible mention of other children)') } });
  });

  it('a council may take siblings’ names out: then they go without asking, like any other child’s', async () => {
    const { core, meetingId, children } = await panelWithMentions();
    expect(await core.ok('settings.getExtracts')).toEqual({ siblingNames: 'keep', version: 0 });
    expect(await core.router.call('settings.setExtracts', { siblingNames: 'sometimes', version: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await core.ok('settings.setExtracts', { siblingNames: 'take_out', version: 0 })).toEqual({ siblingNames: 'take_out', version: 1 });
    const audit = await core.ok('audit.list', { entity: 'settings' });
    expect(audit.rows[0]!.summary).toBe('Changed extracts for case records: siblings’ names are taken out of a child’s extract');
    const review = await core.ok('filing.review', { meetingId, childId: children.amara.id });
    // Ezra now goes with Noah and the reference.
    expect(review.counts.automatic).toBe(3);
    const single = readDocx(fromBase64((await core.ok('minutes.exportExtract', { meetingId, childId: children.amara.id })).base64));
    expect(single.paragraphs.join('\n')).toContain(`Amara sees her brother ${REDACTED} weekly.`);
  });

  it('follows the register: a child renamed at the same moment is found by the new name', async () => {
    const { core, meetingId, children } = await panelWithMentions();
    const before = await core.ok('filing.review', { meetingId, childId: children.amara.id });
    expect(before.mentions.map((m) => m.phrase)).toEqual(['Leo Storyvail', 'Chloe']);
    // The clock has not moved: the register's indexes must still be built again.
    const { chloe } = children;
    await core.ok('children.update', { id: chloe.id, caseRef: chloe.caseRef, firstName: 'Leo', lastName: 'Storyvail', legalStatus: 'care_order', dateOfBirth: '2019-03-01', dateEnteredCare: '2025-01-10', teamId: chloe.teamId, version: (await core.ok('children.get', { id: chloe.id })).child.version });
    const after = await core.ok('filing.review', { meetingId, childId: children.amara.id });
    // 'Leo Storyvail' is now a full name in the register: taken out without asking. 'Chloe' is no one's name any more.
    expect(after.mentions).toEqual([]);
    expect(after.counts.automatic).toBe(3);
  });

  it('waits for the chair’s approval before anything can be reviewed', async () => {
    const { core, m, kids: [a] } = await runningPanel(['Quill'], { at: '2026-12-03T09:00:00Z' });
    expect(await core.router.call('filing.review', { meetingId: m.meetingId, childId: a.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('approve') } });
    expect((await core.ok('filing.checklist', { id: m.meetingId })).rows[0]!.review).toBeNull();
  });
});
