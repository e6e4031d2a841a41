import { asShown } from './support/shown-version';
import { describe, expect, it } from 'vitest';
import { itemBlocks, NOT_RECORDED } from '../../electron/core/export/minutes/item-blocks';
import { buildMinutesDocx, minutesTitle } from '../../electron/core/export/minutes/minutes-docx';
import { ChildNameIndex, REDACTED } from '../../electron/core/export/minutes/redact';
import { CONTENT_WIDTH } from '../../electron/core/export/docx/page';
import { SMART_COLUMNS } from '../../shared/minutes/smart-plan';
import { WALSALL_DEFAULTS } from '../../shared/review/types';
import { elements, parseXml, readDocx, textOf } from '../support/docx-reader';
import { councilAt } from './support/council';
import { action, minuteItem, recordModel, ROWAN } from './support/record-fixtures';

/** Newham's example plan, rows one and four, as the workshop wrote them. */
const NEWHAM = [
  {
    outcome: 'Damian will feel safe and not worry about Mum as he sees her not under the influence of drugs',
    measure: 'Angie is drug free when spending time with Damian',
    actions: 'Angie will get to contact sessions with the Damian on time and not take drugs before contact',
    byWhom: 'Angie',
    timescale: 'Within 4 weeks by the 1st February',
  },
  {
    outcome: 'If Damian can not be cared for by his mother he has alternative permanent carers',
    measure: 'Damian has a permanent carer',
    actions: 'SW progress viability assessment of Lisa Brown. SW to commence life story work for Damian SW to book permanence Planning meeting',
    byWhom: 'Social Worker Fostering Worker',
    timescale: 'Within 6 weeks by 14th February Within 6 weeks Within 10 days by 20th January',
  },
];

/** The tab stop each detail line's value starts at, by its label. */
function valueColumns(documentXml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of elements(parseXml(documentXml), 'w:p')) {
    const tab = elements(p, 'w:tab').find((t) => t.attributes['w:pos']);
    const label = textOf(p).split(':\t')[0]!;
    if (tab && textOf(p).includes(':\t')) out.set(label, Number(tab.attributes['w:pos']));
  }
  return out;
}

describe('the Care Planning Meeting Record', () => {
  it('has the record’s sections in the record’s order, every one printed, with its tables', async () => {
    const item = minuteItem({
      communication: 'Uses Makaton at home.',
      health: 'Asthma: inhaler in school bag.',
      permanenceOptions: { primary: 'adoption', parallel: ['special_guardianship'] },
      optionsDiscussion: 'Adoption remains the plan; the aunt’s SGO assessment runs in parallel.',
      familyFinding: { adoption: 'apply', fostering: 'not_needed' },
      keyDates: [{ what: 'Final hearing', date: null }],
      viewsChild: 'Rowan drew a picture of the foster family.',
      parentsInvited: false,
      parentsNotInvitedWhy: 'Injunction in place.',
      parentsToldHow: 'Letter from the social worker within five working days.',
      viewsIro: 'The IRO agrees with the plan.',
      planForPermanence: 'Placement order.',
      conclusion: 'Proceed with matching.',
      contingency: 'Special guardianship with the aunt.',
      smartPlan: [{ outcome: 'Rowan is matched', measure: 'Match approved at panel', actions: 'Family finding', byWhom: 'Adoption team', timescale: 'Within 6 weeks by 14th February' }],
      nextMeetingDate: '2027-02-18',
    });
    const doc = readDocx(await buildMinutesDocx(recordModel('cpm', item, { kind: 'minutes' })));
    const p = doc.paragraphs;
    expect(p[1]).toBe('Care Planning Meeting Record');
    expect(minutesTitle({ kind: 'minutes', form: 'cpm', meetingType: 'Care Planning Meeting' })).toBe('Care Planning Meeting Record');
    const order = [
      'Child’s details',
      'Meeting details',
      'Attendance',
      'The child’s needs',
      'Communication needs',
      'Legal status, orders and hearings',
      'Placement needs',
      'Education needs',
      'Health needs',
      'Emotional and attachment needs',
      'Keeping in touch with family and friends',
      'The meeting',
      'Permanence options',
      'Permanence options considered and decisions',
      'Early family finding',
      'Key dates',
      'The parents’ invitation',
      'Why the parents were not invited',
      'How the parents will be told of the outcome',
      'Views and contributions',
      'Views and contributions of the child',
      'Views and contributions of the IRO',
      'The plan',
      'The plan for permanence (legal orders sought)',
      'Conclusion and recommendations',
      'Contingency plan',
      'The plan: outcomes, actions and timescales',
      'Actions agreed',
      'Previous actions and their outcomes',
      'RAG rating',
      'Next meeting',
    ];
    const positions = order.map((h) => p.indexOf(h));
    expect(positions.every((n) => n > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // A section left empty says so rather than vanishing; parents' views are not asked for when they were not invited.
    expect(p[p.indexOf('Legal status, orders and hearings') + 1]).toBe(NOT_RECORDED);
    expect(p).not.toContain('Views and contributions of the parents');
    // The invitation is its own part, not a line under the child's views.
    expect(p.indexOf('Parents invited:\tNo')).toBeLessThan(p.indexOf('Views and contributions'));
    // Which option is primary is written out.
    expect(p).toContain('Primary plan:\tAdoption / Early Permanence');
    expect(p).toContain('Parallel plans:\tSpecial Guardianship');
    expect(p).toContain('For adoption:\tApply for the court’s permission now');
    expect(p).toContain('For permanent fostering:\tNot needed for this plan');
    expect(p).toContain('Next meeting:\t18/02/2027');
    // Rowan is 6: no transition section.
    expect(p).not.toContain('Transition to adulthood (Leaving Care and Adult Services)');
    // Group headings are Heading 2, their sections Heading 3: the navigation pane shows the record's shape.
    expect(doc.documentXml).toMatch(/w:pStyle w:val="Heading3"/);
  });

  it('opens with the child’s core details as they stood at the meeting, in one column with the meeting’s', async () => {
    const doc = readDocx(await buildMinutesDocx(recordModel('cpm', minuteItem({}))));
    const p = doc.paragraphs;
    const head = p.slice(p.indexOf('Child’s details') + 1, p.indexOf('Meeting details'));
    expect(head).toEqual([
      'Name:\tRowan Ashby',
      'Case reference:\tWS-5007',
      // Born on 29 February: six on the day of a meeting in November 2026.
      'Date of birth:\t29/02/2020 (6 years old at the meeting)',
      'Legal status:\tInterim care order',
      'Proceedings and orders:\tCare proceedings issued 22/07/2026; week 26 20/01/2027',
      'Placement:\tFoster care (agency)',
      'Date entered care:\t01/05/2026',
      'Team:\tNorth',
      'Social worker:\tSam Social',
      'IRO:\tIra Reviewer',
    ]);
    // Every value of both blocks starts at one tab stop, clear of the longest label.
    const columns = valueColumns(doc.documentXml);
    const head2 = ['Name', 'Proceedings and orders', 'IRO', 'Date', 'Minutes taken by', 'Status'].map((l) => columns.get(l));
    expect(new Set(head2).size).toBe(1);
    expect(head2[0]).toBeGreaterThan(1985);
  });

  it('pulls the key dates already on the child’s record beside those typed, each saying where it comes from, listing a date typed twice once', async () => {
    const item = minuteItem({
      keyDates: [
        { what: 'Special guardianship assessment report to court', date: '2026-12-18' },
        { what: 'Issues resolution hearing', date: '2027-01-12' },
        { what: 'Final hearing', date: null },
      ],
    });
    const doc = readDocx(await buildMinutesDocx(recordModel('cpm', item)));
    const keyDates = doc.tables.find((t) => t[0]!.join('|') === 'What|Date|From')!;
    expect(keyDates.slice(1)).toEqual([
      ['Special guardianship assessment report to court', '18/12/2026', 'This meeting'],
      ['Issues resolution hearing', '12/01/2027', 'This meeting'],
      ['Week 26 (court timescale)', '20/01/2027', 'The child’s record'],
      ['Court hearing: Final hearing', '23/01/2027', 'The child’s record'],
      ['Final hearing', 'To be set', 'This meeting'],
    ]);
  });

  it('prints the SMART plan under Newham’s headings from the one definition, wide enough for a short sentence, and says which row became which action', async () => {
    const rows = NEWHAM.map((r, i) => ({ key: `row${i + 1}`, ...r }));
    const item = minuteItem({ smartPlan: rows }, { actions: [action(11, rows[1]!.actions, 'Kofi Worker', '2027-01-20', 'row2'), action(12, 'Book the next meeting', 'Bo Support', '2026-12-01')] });
    const doc = readDocx(await buildMinutesDocx(recordModel('cpm', item)));
    const smart = doc.tables.find((t) => t[0]![0] === 'Planned outcomes for the child')!;
    expect(smart[0]).toEqual(['Planned outcomes for the child', 'Measure of progress', 'Actions', 'By whom', 'Timescale']);
    expect(smart[0]).toEqual(SMART_COLUMNS.map((c) => c.heading));
    expect(smart[1]).toEqual([NEWHAM[0]!.outcome, NEWHAM[0]!.measure, NEWHAM[0]!.actions, 'Angie', 'Within 4 weeks by the 1st February']);
    // The row's action is tracked, and the row says so under what was typed.
    expect(smart[2]![2]).toBe(`${NEWHAM[1]!.actions}\nTracked as an action: Kofi Worker, due 20/01/2027`);
    const agreed = doc.tables.find((t) => t[0]!.join('|') === 'Action|Owner|Due')!;
    expect(agreed[1]).toEqual([`${NEWHAM[1]!.actions}\nFrom the plan: “If Damian can not be cared for by his mother he has alternative…”`, 'Kofi Worker', '20/01/2027']);
    expect(agreed[2]).toEqual(['Book the next meeting', 'Bo Support', '01/12/2026']);
    // By whom and Timescale take 16% and 20% of the width, where they once had 15% each.
    const grid = elements(parseXml(doc.documentXml), 'w:tbl')
      .map((t) => elements(t, 'w:gridCol').map((g) => Number(g.attributes['w:w'])))
      .find((widths) => widths.length === 5)!;
    const percent = (w: number) => Math.round((100 * w) / CONTENT_WIDTH);
    expect(percent(grid[3]!)).toBeGreaterThanOrEqual(16);
    expect(percent(grid[4]!)).toBeGreaterThanOrEqual(20);
  });

  it('asks about transition to adulthood for a young person of 17 and over', () => {
    const blocks = itemBlocks({
      form: 'cpm',
      item: minuteItem({}),
      names: new Map([[7, 'Rowan Ashby']]),
      bookedPapers: null,
      meetingDate: '2026-11-19',
      records: new Map([[7, { ...ROWAN, dateOfBirth: '2009-11-19' }]]),
      reviewSettings: WALSALL_DEFAULTS,
    });
    expect(blocks).toContainEqual({ kind: 'text', label: 'Transition to adulthood (Leaving Care and Adult Services)', text: NOT_RECORDED });
  });
});

describe('the Legal Gateway decision record', () => {
  it('gives the papers, the decision beside the legal status at the panel, the reasons, the assessments and the plan ratified', async () => {
    const item = minuteItem({
      papersProvided: { genogram: 'received', chronology: 'received', referral: 'received', assessment: 'outstanding' },
      lgpDecision: 'pre_proceedings',
      lgpReasons: 'Neglect continuing despite a child protection plan.',
      assessments: [
        { kind: 'parenting', detail: 'PAMS', dueOn: '2027-01-15' },
        { kind: 'viability', detail: 'Maternal aunt', dueOn: null },
      ],
      planRatified: true,
      raaStage1: true,
    });
    const m = recordModel('lgp', item, { record: { ...ROWAN, legalStatus: 'child_protection', plan: { primary: 'reunification', parallel: ['special_guardianship'], legalOrderSought: null } } });
    const doc = readDocx(await buildMinutesDocx(m));
    const p = doc.paragraphs;
    expect(p[1]).toBe('Legal Gateway Panel decision record');
    expect(doc.core.title).toBe('Legal Gateway Panel decision record, Thursday 19 November 2026');
    const papers = doc.tables.find((t) => t[0]!.join('|') === 'Paper|State')!;
    expect(papers.slice(1)).toEqual([
      ['Cultural genogram', 'Received'],
      ['Chronology', 'Received'],
      ['Referral form (with initial permanence plan)', 'Received'],
      ['Most recent Child and Family Assessment', 'Not yet received'],
    ]);
    expect(p).toContain('Legal status at the panel:\tChild protection');
    expect(p).toContain('Decision:\tEnter pre-proceedings (PLO)');
    expect(p).toContain('Legal status:\tChild protection at the panel; Pre-proceedings (PLO) from this decision');
    expect(p[p.indexOf('Reasons for the decision') + 1]).toBe('Neglect continuing despite a child protection plan.');
    const assessments = doc.tables.find((t) => t[0]!.join('|') === 'Assessment|Detail|Due by')!;
    expect(assessments.slice(1)).toEqual([
      ['Parenting assessment (PAMS if required)', 'PAMS', '15/01/2027'],
      ['Viability assessment of connected carers', 'Maternal aunt', 'No date set'],
    ]);
    // Ratified: the plan is written beside it, never 'Not recorded'.
    expect(p).toContain('Plan:\tPrimary: Reunification; parallel: Special Guardianship (as on the child’s record)');
    expect(p).toContain('Ratified at this panel:\tYes');
    expect(p).toContain('RAA Stage 1 notification:\tYes (adoption is not among the options recorded; the panel confirmed it)');
    expect(p).toContain('Next review:\tNot set at this meeting');
    // The plan after 'threshold not met' is asked for only with that decision.
    expect(p).not.toContain('The plan that follows (threshold not met)');
  });

  it('after a decision to issue, lists the Permanence Panels due at 4 and 14 weeks and the week-26 date, counted with the council’s rules', async () => {
    const item = minuteItem({ lgpDecision: 'issue_proceedings', permanenceOptions: { primary: 'reunification', parallel: ['adoption'] }, planRatified: true });
    const lines = async (settings = WALSALL_DEFAULTS) => {
      const p = readDocx(await buildMinutesDocx(recordModel('lgp', item, { reviewSettings: settings }))).paragraphs;
      return p.slice(p.indexOf('After the decision to issue') + 1, p.indexOf('After the decision to issue') + 4);
    };
    expect(await lines()).toEqual([
      '4-week Permanence Panel:\tdue by 17/12/2026',
      '14-week Permanence Panel:\tdue by 25/02/2027',
      'Week 26:\t20/05/2027 if the court issues proceedings on 19/11/2026; it runs from the day they are issued',
    ]);
    expect(await lines({ ...WALSALL_DEFAULTS, ppAfterIssueWeeks: [16, 6] })).toEqual([
      '6-week Permanence Panel:\tdue by 31/12/2026',
      '16-week Permanence Panel:\tdue by 11/03/2027',
      'Week 26:\t20/05/2027 if the court issues proceedings on 19/11/2026; it runs from the day they are issued',
    ]);
    const p = readDocx(await buildMinutesDocx(recordModel('lgp', item))).paragraphs;
    expect(p).not.toContain('Next review:\tNot set at this meeting');
    expect(p).toContain('Plan:\tPrimary: Reunification; parallel: Adoption / Early Permanence');
  });

  it('falls back to the papers as booked when the minute-taker never changed them', () => {
    const blocks = itemBlocks({
      form: 'lgp',
      item: minuteItem({}),
      names: new Map(),
      bookedPapers: { genogram: 'received', chronology: 'not_needed', referral: 'received', assessment: 'received' },
      meetingDate: '2026-11-19',
      records: new Map(),
      reviewSettings: WALSALL_DEFAULTS,
    });
    const papers = blocks.find((b) => b.kind === 'table' && b.label === 'Papers provided');
    expect(papers).toMatchObject({ rows: expect.arrayContaining([['Chronology', 'Not needed']]) });
  });
});

describe('the house style of a record', () => {
  it('says DRAFT in the header of every page until the chair approves it, and not after', async () => {
    const draft = readDocx(await buildMinutesDocx(recordModel('cpm', minuteItem({}), { approved: false })));
    // One header part, the default one, on every page: no different first page that could leave it out.
    expect(draft.headers).toEqual(['OFFICIAL-SENSITIVE\nDRAFT: not yet approved by the chair']);
    expect(draft.documentXml.match(/<w:headerReference [^>]*>/g)).toEqual([expect.stringContaining('w:type="default"')]);
    expect(draft.documentXml).not.toContain('w:titlePg');
    const approved = readDocx(await buildMinutesDocx(recordModel('cpm', minuteItem({}))));
    expect(approved.headers).toEqual(['OFFICIAL-SENSITIVE']);
  });

  it('prints the Organisation column only when someone at the meeting has one', async () => {
    const without = readDocx(await buildMinutesDocx(recordModel('cpm', minuteItem({}))));
    expect(without.tables.find((t) => t[0]![0] === 'Name')![0]).toEqual(['Name', 'Role']);
    const withOne = readDocx(await buildMinutesDocx(recordModel('cpm', minuteItem({}), { organisations: true })));
    expect(withOne.tables.find((t) => t[0]![0] === 'Name')!.slice(0, 3)).toEqual([
      ['Name', 'Role', 'Organisation'],
      ['Sam Social', 'Social worker', ''],
      ['Gail Guardian', 'Children’s Guardian', 'Cafcass'],
    ]);
  });

  it('keeps a closing line with what comes before it, so it never fills a page alone', async () => {
    const item = minuteItem({ lgpDecision: 'pre_proceedings', nextReview: '2027-02-11' }, { actions: [action(1, 'Send the letter before proceedings', 'Lee Legal', '2026-11-26')] });
    const doc = readDocx(await buildMinutesDocx(recordModel('lgp', item)));
    const body = parseXml(doc.documentXml);
    const agreed = elements(body, 'w:tbl').find((t) => textOf(t).startsWith('ActionOwnerDue'))!;
    const lastRow = elements(agreed, 'w:tr').at(-1)!;
    // Every paragraph of the table's last row keeps with the next paragraph: the 'Next review' line.
    expect(elements(lastRow, 'w:p').every((para) => elements(para, 'w:keepNext').length === 1)).toBe(true);
    expect(doc.paragraphs.at(-1)).toBe('Next review:\t11/02/2027');
  });
});

const fromBase64 = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

async function heldCpm() {
  const { clock, core, s } = await councilAt('2026-11-24T10:00:00Z');
  const sw = await core.ok('people.create', { name: 'Kofi Worker', role: 'social_worker', teamId: s.north.id });
  const a = await core.ok('children.create', { caseRef: 'N300', firstName: 'Damian', lastName: 'Reed', legalStatus: 'interim_care_order', dateOfBirth: '2023-09-12', dateEnteredCare: '2026-11-02', placementType: 'foster_in_house', socialWorkerId: sw.id, teamId: s.north.id });
  await core.ok('keyDates.create', { childId: a.id, type: 'hearing', date: '2027-01-23', label: 'Case management hearing' });
  const booked = await core.ok('cpm.book', { childId: a.id, date: '2026-11-24', startTime: '10:00', endTime: '11:00', venue: null, chairId: null });
  return { core, clock, s, a, sw, meetingId: booked.meeting.id, itemId: booked.items[0]!.id };
}

describe('records through the core', () => {
  it('makes a row of the SMART plan a tracked action without retyping, once; the record says which action came from which row', async () => {
    const { core, a, sw, meetingId, itemId } = await heldCpm();
    await core.ok('meetings.start', { id: meetingId });
    const rows = NEWHAM.map((r, i) => ({ key: `r${i + 1}`, ...r }));
    await core.ok('minutes.save', await asShown(core, { itemId, field: 'smartPlan', value: rows }));
    const made = await core.ok('actions.create', { itemId, text: rows[1]!.actions, ownerId: sw.id, ownerName: null, dueOn: '2027-01-20', planRow: 'r2' });
    expect(made).toMatchObject({ planRow: 'r2', ownerName: 'Kofi Worker', children: [{ id: a.id }] });
    // Twice is refused, not duplicated; a row that is not in the saved plan is refused too.
    const again = await core.router.call('actions.create', { itemId, text: 'The same again', ownerId: null, ownerName: 'Angie', dueOn: '2027-01-20', planRow: 'r2' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Row 2 of the plan is already a tracked action (Kofi Worker, due 20/01/2027). Change that action instead of adding it again.' } });
    const unknown = await core.router.call('actions.create', { itemId, text: 'From nowhere', ownerId: null, ownerName: 'Angie', dueOn: '2027-01-20', planRow: 'r9' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await core.ok('actions.list', { childId: a.id })).rows.map((r) => r.text)).toEqual([rows[1]!.actions]);

    await core.ok('minutes.rate', { itemId, childId: a.id, rating: 'amber', reason: 'Early days' });
    await core.ok('minutes.save', await asShown(core, { itemId, field: 'nextMeetingDate', value: '2027-01-05' }));
    await core.ok('meetings.close', { id: meetingId });
    await core.ok('meetings.approve', { id: meetingId, approvedBy: 'Tara Manager', approvedOn: '2026-11-24' });
    const doc = readDocx(fromBase64((await core.ok('minutes.exportExtract', { meetingId, childId: a.id })).base64));
    const smart = doc.tables.find((t) => t[0]![0] === 'Planned outcomes for the child')!;
    expect(smart[2]![2]).toBe(`${rows[1]!.actions}\nTracked as an action: Kofi Worker, due 20/01/2027`);
    expect(doc.tables.find((t) => t[0]!.join('|') === 'Action|Owner|Due')![1]![0]).toContain('From the plan: “If Damian can not be cared for');
    // The record opens with the child's details, the key date already on the record beside those typed, and no DRAFT.
    expect(doc.paragraphs).toContain('Social worker:\tKofi Worker');
    expect(doc.tables.find((t) => t[0]!.join('|') === 'What|Date|From')!.slice(1)).toContainEqual(['Court hearing: Case management hearing', '23/01/2027', 'The child’s record']);
    expect(doc.headers).toEqual(['OFFICIAL-SENSITIVE']);
  });

  it('prints the child’s details as they stood when the meeting started, however the record changes later', async () => {
    const { core, a, meetingId, itemId } = await heldCpm();
    await core.ok('meetings.start', { id: meetingId });
    const before = await core.ok('children.get', { id: a.id });
    await core.ok('children.update', { id: a.id, caseRef: 'N300', firstName: 'Damian', lastName: 'Reed', legalStatus: 'care_order', dateOfBirth: '2023-09-12', dateEnteredCare: '2026-11-02', placementType: 'connected_person', socialWorkerId: before.child.socialWorkerId, teamId: before.child.teamId, version: before.child.version });
    await core.ok('minutes.save', await asShown(core, { itemId, field: 'conclusion', value: 'Agreed.' }));
    const doc = readDocx(fromBase64((await core.ok('minutes.exportExtract', { meetingId, childId: a.id })).base64));
    expect(doc.paragraphs).toContain('Legal status:\tInterim care order');
    expect(doc.paragraphs).toContain('Placement:\tFoster care (in-house)');
    // Not approved, so not for filing either: that mark, which says draft too, at the top of every page.
    expect(doc.headers).toEqual(['OFFICIAL-SENSITIVE\nDRAFT – NOT FOR FILING']);
  });

  it('refuses to ratify an initial plan that is not recorded, in a sentence, writing nothing; ratifies one recorded at the panel and carries it to the record once confirmed', async () => {
    const { core, s } = await councilAt('2026-11-23T10:00:00Z');
    const lgpType = s.types.find((t) => t.code === 'lgp')!;
    const series = await core.ok('series.create', { typeId: lgpType.id, name: 'LGP', weekday: 0, interval: 'weekly', startsOn: '2026-11-23', startTime: '13:00', endTime: '15:00', venue: null, chairId: null, holidayRule: 'skip', rotation: [] });
    const a = await core.ok('children.create', { caseRef: 'L200', firstName: 'Ruby', lastName: 'Reed', legalStatus: 'child_protection', dateOfBirth: '2019-06-21', teamId: s.north.id });
    let d = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-11-23' });
    d = await core.ok('agenda.add', { meetingId: d.meeting.id, childId: a.id, lgpReason: 'new_referral' });
    const itemId = d.items[0]!.id;
    await core.ok('meetings.start', { id: d.meeting.id });
    const count = (table: 'minute_fields' | 'audit_log') => core.store.sqlite.prepare(`select count(*) from ${table}`).pluck().get();
    const fields = count('minute_fields');
    const audit = count('audit_log');

    const refused = await core.router.call('minutes.save', await asShown(core, { itemId, field: 'planRatified', value: true }));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'The initial permanence plan cannot be ratified: no plan is recorded for Ruby Reed. Choose the primary plan under “Initial permanence plan” first, then ratify it.' },
    });
    expect([count('minute_fields'), count('audit_log')]).toEqual([fields, audit]);

    // Recorded at the panel, then ratified; it cannot then be cleared while ratified.
    await core.ok('minutes.save', await asShown(core, { itemId, field: 'permanenceOptions', value: { primary: 'reunification', parallel: ['special_guardianship'] } }));
    await core.ok('minutes.save', await asShown(core, { itemId, field: 'planRatified', value: true }));
    expect(await core.router.call('minutes.save', await asShown(core, { itemId, field: 'permanenceOptions', value: null }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    // Adoption is not an option: a Stage 1 notification is asked about before it is recorded.
    const stage1 = await core.router.call('minutes.save', await asShown(core, { itemId, field: 'raaStage1', value: true }));
    expect(stage1).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION', message: expect.stringContaining('Adoption is not among the permanence options recorded for Ruby Reed') } });
    await core.ok('minutes.save', await asShown(core, { itemId, field: 'raaStage1', value: true, confirm: true }));

    await core.ok('minutes.save', await asShown(core, { itemId, field: 'lgpDecision', value: 'pre_proceedings' }));
    const preview = await core.ok('lgp.preview', { itemId });
    expect(preview.children[0]!.changes).toContain('Record the initial permanence plan (primary Reunification; parallel Special Guardianship), ratified at the Legal Gateway Panel on 23/11/2026.');
    await core.ok('lgp.apply', { itemId });
    const record = await core.ok('children.get', { id: a.id });
    expect(record.plan).toMatchObject({ primaryOption: 'reunification', parallelOptions: ['special_guardianship'], ratifiedOn: '2026-11-23', ratifiedAt: 'Legal Gateway Panel' });
    // A corrected plan replaces the one this panel recorded rather than adding to it.
    await core.ok('minutes.save', await asShown(core, { itemId, field: 'permanenceOptions', value: { primary: 'special_guardianship', parallel: [] } }));
    await core.ok('lgp.apply', { itemId });
    expect((await core.ok('children.get', { id: a.id })).planHistory.map((p) => p.primaryOption)).toEqual(['special_guardianship']);

    // The record: the status the child had at the panel beside what the decision made it.
    const doc = readDocx(fromBase64((await core.ok('minutes.exportExtract', { meetingId: d.meeting.id, childId: a.id })).base64));
    expect(doc.paragraphs).toContain('Legal status at the panel:\tChild protection');
    expect(doc.paragraphs).toContain('Legal status:\tChild protection at the panel; Pre-proceedings (PLO) from this decision');
    expect(doc.paragraphs).toContain('Plan:\tPrimary: Special Guardianship');
  });
});

describe('taking other children out of an extract’s text', () => {
  const jamie = { id: 1, caseRef: 'WS-1', firstName: 'Jamie', lastName: 'Brown' };
  const tom = { id: 2, caseRef: 'WS-2', firstName: 'Tom', lastName: 'Brown' };
  const zoe = { id: 3, caseRef: 'AB/300', firstName: 'Zoë', lastName: 'Łukasik-Hart' };
  const amber = { id: 4, caseRef: 'WS-4', firstName: 'Amber', lastName: 'Green' };
  const sam = { id: 5, caseRef: 'WS 1005', firstName: 'Sam', lastName: 'O’Brien' };
  const maryJane = { id: 6, caseRef: 'MJ-6', firstName: 'Mary Jane', lastName: 'van der Berg' };
  const oliverA = { id: 7, caseRef: 'OS-7', firstName: 'Oliver', lastName: 'Smith' };
  const oliverB = { id: 8, caseRef: 'OS-8', firstName: 'Oliver', lastName: 'Smith' };
  const index = new ChildNameIndex([jamie, tom, zoe, amber, sam, maryJane, oliverA, oliverB]);
  const forJamie = () => index.redactorFor([jamie], [jamie, tom, zoe, maryJane]);

  it('removes references however typed, and full names from the whole register, in either order', () => {
    const r = forJamie();
    expect(r.redact('Jamie and Tom see Zoë Łukasik-Hart (AB / 300); ws-2 asked. Brown, Tom too. Amber Green, WS-4.')).toBe(
      `Jamie and ${REDACTED} see ${REDACTED}; ${REDACTED} asked. ${REDACTED} too. ${REDACTED}, ${REDACTED}.`,
    );
    expect(r.count).toBe(6);
  });

  it('finds names with apostrophes, several words, accents typed either way, possessives and joined references', () => {
    const r = forJamie();
    expect(r.redact("Sam O'Brien and Sam O’Brien visited; ws1005 and WS 1005’s file.")).toBe(`${REDACTED} and ${REDACTED} visited; ${REDACTED} and ${REDACTED}’s file.`);
    expect(r.redact('Mary Jane van der Berg’s carers; Mary Jane is settled; van der Berg, Mary Jane.')).toBe(`${REDACTED}’s carers; ${REDACTED} is settled; ${REDACTED}.`);
    expect(r.redact('Zoe\u0308 \u0141ukasik-Hart'.normalize('NFD'))).toBe(REDACTED);
    expect(r.redact('Contact for Jamie/Tom; WS-1/WS-2.')).toBe(`Contact for Jamie/${REDACTED}; WS-1/${REDACTED}.`);
    expect(r.redact('Tom’s view')).toBe(`${REDACTED}’s view`);
  });

  it('leaves this child’s own names, surnames alone, ordinary words, and first names of children nowhere near the extract', () => {
    const r = forJamie();
    const text = 'Mr Brown visited Jamie Brown (WS-1). Tomorrow the rating stays Amber; tom-toms in music therapy; Sam helped.';
    expect(r.redact(text)).toBe(text);
    expect(r.count).toBe(0);
  });

  it('keeps a name a child of this extract shares with another child', () => {
    const r = index.redactorFor([oliverA], [oliverA, oliverB]);
    expect(r.redact('Oliver Smith (OS-7) is settled; Oliver likes school.')).toBe('Oliver Smith (OS-7) is settled; Oliver likes school.');
    expect(r.redact('See OS-8.')).toBe(`See ${REDACTED}.`);
  });

  it('gives people’s names only the full-name and reference rules: a social worker called Tom stays Tom', () => {
    const r = forJamie();
    expect(r.redactNames('Tom Jones')).toBe('Tom Jones');
    expect(r.redactNames('Tom Brown')).toBe(REDACTED);
    expect(r.redact('Tom Jones')).toBe(`${REDACTED} Jones`);
  });
});
