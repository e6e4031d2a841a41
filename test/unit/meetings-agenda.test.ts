import { rowShown } from './support/shown-version';
import { describe, expect, it } from 'vitest';
import { ENGLAND_WALES_BANK_HOLIDAYS, holidaySet } from '../../shared/domain/bank-holidays';
import { reviewChild } from '../../shared/review/engine';
import { WALSALL_DEFAULTS, type ChildReviewState } from '../../shared/review/types';
import type { ChildDetail } from '../../shared/schemas/child';
import type { ProcedureOutput } from '../../shared/contract';
import { testCore, type TestCore } from './support/core';
import { councilAt } from './support/council';

const NOW = () => new Date('2026-11-22T10:00:00Z');
const TODAY = '2026-11-22';

/** The shared council on Sunday 22/11/2026 (its Thursday panel is `s.series`), with a social worker in North. */
async function setUp() {
  const { core, s } = await councilAt(`${TODAY}T10:00:00Z`);
  const sw = await core.ok('people.create', { name: 'Sam Worker', role: 'social_worker', teamId: s.north.id });
  const typeOf = (code: string) => s.types.find((t) => t.code === code)!;
  return { core, s: { ...s, sw, pp: typeOf('pp'), lgp: typeOf('lgp') } };
}

let refNo = 1000;
async function child(core: TestCore, teamId: number, extra: { swId?: number; issuedOn?: string; red?: string; lastName?: string } = {}) {
  const c = await core.ok('children.create', {
    caseRef: `C${refNo++}`,
    firstName: 'Child',
    lastName: extra.lastName ?? `Test${refNo}`,
    legalStatus: 'interim_care_order',
    dateOfBirth: '2020-05-01',
    dateEnteredCare: '2026-06-01',
    teamId,
    socialWorkerId: extra.swId ?? null,
  });
  if (extra.issuedOn) await core.ok('keyDates.create', { childId: c.id, type: 'lgp', date: extra.issuedOn, decision: 'issue_proceedings' });
  if (extra.red) await core.ok('ratings.create', { childId: c.id, rating: 'red', reason: 'Drift in assessments', ratedOn: extra.red });
  return c;
}

function stateOf(d: ChildDetail): ChildReviewState {
  return {
    legalStatus: d.child.legalStatus,
    dateEnteredCare: d.child.dateEnteredCare,
    plan: d.plan ? { primary: d.plan.primaryOption, parallel: d.plan.parallelOptions } : null,
    keyDates: d.keyDates.map((k) => ({ type: k.type, date: k.date, decision: k.decision })),
    meetings: d.meetings.map((m) => ({ kind: m.kind, date: m.date })),
    ratings: d.ratings.map((r) => ({ date: r.ratedOn, rating: r.rating })),
  };
}

describe('meeting types', () => {
  it('ship the five Walsall meetings with their core membership and slot lengths', async () => {
    const core = await testCore({ now: NOW });
    const types = await core.ok('meetingTypes.list');
    expect(types.map((t) => t.code)).toEqual(['lgp', 'pp', 'cpm', 'raa', 'unborn']);
    const pp = types.find((t) => t.code === 'pp')!;
    expect(pp.coreRoles).toEqual(expect.arrayContaining(['chair', 'permanence_coordinator', 'case_progression_officer', 'business_support', 'legal_adviser']));
    expect(types.find((t) => t.code === 'unborn')!.coreRoles).toContain('health');
    expect(types.find((t) => t.code === 'lgp')!.papersDueWorkingDays).toBe(3);
  });

  it('refuse archiving a built-in type and a duplicate name', async () => {
    const core = await testCore({ now: NOW });
    const pp = (await core.ok('meetingTypes.list')).find((t) => t.code === 'pp')!;
    expect(await core.router.call('meetingTypes.setArchived', { id: pp.id, archived: true, version: pp.version })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const dup = await core.router.call('meetingTypes.create', { name: 'Permanence Panel', form: 'pp', slotMinutes: 15, coreRoles: [], defaultInterval: 'weekly' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', fieldErrors: { name: expect.any(String) } } });
  });
});

describe('series and rota', () => {
  it('alternate two teams week by week, and a swap moves only that date', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    const view = await core.ok('rota.view', { seriesId: series.id, from: '2026-11-23', to: '2027-01-31' });
    const held = view.occurrences.filter((o) => o.status === 'scheduled');
    expect(held.slice(0, 8).map((o) => [o.date, o.teamName])).toEqual([
      ['2026-11-26', 'North'],
      ['2026-12-03', 'South'],
      ['2026-12-10', 'North'],
      ['2026-12-17', 'South'],
      ['2026-12-24', 'North'],
      ['2026-12-31', 'South'],
      ['2027-01-07', 'North'],
      ['2027-01-14', 'South'],
    ]);

    const swap = await core.ok('rota.change', { seriesId: series.id, patternDate: '2026-12-10', change: { kind: 'swap', teamId: s.south.id } });
    expect(swap.message).toContain('South attend instead of North');
    const after = (await core.ok('rota.view', { seriesId: series.id, from: '2026-11-23', to: '2027-01-31' })).occurrences.filter((o) => o.status === 'scheduled');
    expect(after.map((o) => o.teamName)).toEqual(held.map((o) => (o.date === '2026-12-10' ? 'South' : o.teamName)));
    expect(after.find((o) => o.date === '2026-12-10')).toMatchObject({ swapped: true, rotaTeamName: 'North' });

    // Regenerating (a new end date and venue) keeps the swap.
    await core.ok('series.update', { ...seriesInput(series), endsOn: '2027-12-31', venue: 'Council House' });
    const regenerated = (await core.ok('rota.view', { seriesId: series.id, from: '2026-11-23', to: '2027-01-31' })).occurrences;
    expect(regenerated.find((o) => o.date === '2026-12-10')).toMatchObject({ teamName: 'South', swapped: true });
  });

  it('refuse moving a date onto a bank holiday or onto another meeting of the series', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    const holiday = await core.router.call('rota.change', { seriesId: series.id, patternDate: '2026-12-24', change: { kind: 'move', date: '2026-12-25' } });
    expect(holiday).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('Christmas Day') } });
    const clash = await core.router.call('rota.change', { seriesId: series.id, patternDate: '2026-12-24', change: { kind: 'move', date: '2026-12-31' } });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const notADate = await core.router.call('rota.change', { seriesId: series.id, patternDate: '2026-12-23', change: { kind: 'cancel' } });
    expect(notADate).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await core.ok('rota.change', { seriesId: series.id, patternDate: '2026-12-24', change: { kind: 'move', date: '2026-12-22', note: 'Christmas week' } });
    const view = await core.ok('rota.view', { seriesId: series.id, from: '2026-12-20', to: '2026-12-27' });
    expect(view.occurrences).toEqual([expect.objectContaining({ date: '2026-12-22', change: 'moved', teamName: 'North', note: 'Christmas week' })]);
  });

  it('refuse a Care Planning Meeting series and weekend panels', async () => {
    const { core, s } = await setUp();
    const cpm = (await core.ok('meetingTypes.list')).find((t) => t.code === 'cpm')!;
    const { id: _id, ...fields } = seriesInput(s.series);
    const bad = await core.router.call('series.create', { ...fields, typeId: cpm.id });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { typeId: expect.any(String) } } });
    const weekend = await core.router.call('series.create', { ...fields, weekday: 5 });
    expect(weekend).toMatchObject({ ok: false, error: { fieldErrors: { weekday: expect.any(String) } } });
  });
});

function seriesInput(series: ProcedureOutput<'series.create'>) {
  return {
    id: series.id,
    typeId: series.typeId,
    name: series.name,
    weekday: series.weekday,
    interval: series.interval,
    monthWeek: series.monthWeek,
    startsOn: series.startsOn,
    endsOn: series.endsOn,
    startTime: series.startTime,
    endTime: series.endTime,
    venue: series.venue,
    chairId: series.chairId,
    holidayRule: series.holidayRule,
    rotation: series.rotation.map((r) => r.teamId),
  };
}

describe('proposed agenda', () => {
  it('proposes the team’s children due before its next turn, siblings together, with the reason', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    const a = await child(core, s.north.id, { swId: s.sw.id, issuedOn: '2026-11-05', lastName: 'Ashby' });
    const c = await child(core, s.north.id, { issuedOn: '2026-11-05', lastName: 'Ashby' });
    await core.ok('siblings.link', { childId: a.id, siblingId: c.id });
    const b = await child(core, s.north.id, { red: '2026-11-01', lastName: 'Brook' });
    await child(core, s.north.id, { lastName: 'Calm' }); // nothing due at panel
    await child(core, s.south.id, { issuedOn: '2026-11-05', lastName: 'Southern' }); // the other team's

    const detail = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-11-26' });
    expect(detail.meeting).toMatchObject({ date: '2026-11-26', teamName: 'North', chairName: 'Hana Head', venue: 'Civic Centre, Room 2', startTime: '10:00' });
    expect(detail.dueBy).toBe('2026-12-09'); // the day before North's next turn
    expect(detail.items.map((i) => i.children.map((ch) => ch.id))).toEqual([[b.id], [a.id, c.id]]);
    expect(detail.items[0]!.reason).toBe('Plan rated red: Permanence Panel every 4 weeks');
    expect(detail.items[1]!.reason).toContain('4 weeks after the Legal Gateway decision to issue (05/11/2026)');
    expect(detail.items[1]!.presenterName).toBe('Sam Worker');
    expect(detail.items.map((i) => [i.start, i.end])).toEqual([
      ['10:00', '10:15'],
      ['10:15', '10:30'],
    ]);
    expect(detail.suggestions).toEqual([]);

    // Preparing the same date again gives the same meeting, not a second one.
    const again = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-11-26' });
    expect(again.meeting.id).toBe(detail.meeting.id);
    expect((await core.ok('rota.view', { seriesId: series.id, from: '2026-11-26', to: '2026-11-26' })).occurrences[0]).toMatchObject({ meetingId: detail.meeting.id, itemCount: 2 });
  });

  it('matches the review engine for every child of a mixed caseload', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    const lgpDates = ['2026-07-02', '2026-08-20', '2026-09-10', '2026-10-01', '2026-10-22', '2026-11-05', '2026-11-12', null];
    const redDates = ['2026-09-01', '2026-10-20', '2026-11-10', null, null];
    const ids: number[] = [];
    for (let i = 0; i < 24; i++) {
      const team = i % 3 === 0 ? s.south.id : s.north.id;
      const kid = await child(core, team, { issuedOn: lgpDates[i % lgpDates.length] ?? undefined, red: redDates[i % redDates.length] ?? undefined });
      ids.push(kid.id);
    }
    const detail = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-12-03' }); // South's date
    const holidays = holidaySet(ENGLAND_WALES_BANK_HOLIDAYS);
    const expected: number[] = [];
    for (const id of ids) {
      const d = await core.ok('children.get', { id });
      const due = reviewChild(stateOf(d), WALSALL_DEFAULTS, TODAY, holidays).due.filter((x) => x.kind === 'pp' && x.date <= detail.dueBy!);
      if (d.child.teamId === s.south.id && due.length > 0) expected.push(id);
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(detail.items.flatMap((i) => i.children.map((c) => c.id)).sort()).toEqual(expected.sort());
  });

  it('lets business support add, reorder, regroup, time and remove items, warning on overrun', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    const a = await child(core, s.north.id, { red: '2026-11-01' });
    const b = await child(core, s.north.id, { red: '2026-11-02' });
    const extra = await child(core, s.north.id);
    let d = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-11-26' });
    expect(d.items.map((i) => i.children[0]!.id)).toEqual([a.id, b.id]);

    d = await core.ok('agenda.add', { meetingId: d.meeting.id, childId: extra.id, reason: 'Escalated by the team manager' });
    expect(d.items.at(-1)).toMatchObject({ source: 'added', reason: 'Escalated by the team manager' });
    const dup = await core.router.call('agenda.add', { meetingId: d.meeting.id, childId: extra.id });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    d = await core.ok('agenda.move', { id: d.items[2]!.id, position: 1 });
    expect(d.items.map((i) => i.children[0]!.id)).toEqual([extra.id, a.id, b.id]);

    d = await core.ok('agenda.update', await rowShown(core, 'agenda.update', { id: d.items[0]!.id, slotMinutes: 90, presenterId: s.sw.id }));
    expect(d.items.map((i) => i.start)).toEqual(['10:00', '11:30', '11:45']);
    expect(d.plan).toMatchObject({ endsAt: '12:00', overrunMinutes: 0 });
    d = await core.ok('agenda.update', await rowShown(core, 'agenda.update', { id: d.items[0]!.id, slotMinutes: 100, presenterId: s.sw.id }));
    expect(d.plan).toMatchObject({ endsAt: '12:10', overrunMinutes: 10 });

    await core.ok('siblings.link', { childId: a.id, siblingId: b.id });
    d = await core.ok('meetings.get', { id: d.meeting.id });
    expect(d.items[1]!.canGroupWith).toEqual([d.items[2]!.id]);
    d = await core.ok('agenda.groupSiblings', { id: d.items[1]!.id });
    expect(d.items.map((i) => i.children.map((c) => c.id))).toEqual([[extra.id], [a.id, b.id]]);
    d = await core.ok('agenda.split', { id: d.items[1]!.id });
    expect(d.items.map((i) => i.children.map((c) => c.id))).toEqual([[extra.id], [a.id], [b.id]]);

    d = await core.ok('agenda.remove', { id: d.items[0]!.id });
    expect(d.items.map((i) => i.position)).toEqual([1, 2]);
    // A removed child who is due comes back as a suggestion.
    d = await core.ok('agenda.remove', { id: d.items[0]!.id });
    expect(d.suggestions.map((x) => x.childId)).toEqual([a.id]);
  });

  it('will not cancel a date whose agenda has children on it', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    await child(core, s.north.id, { red: '2026-11-01' });
    await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-11-26' });
    const cancel = await core.router.call('rota.change', { seriesId: series.id, patternDate: '2026-11-26', change: { kind: 'cancel' } });
    expect(cancel).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('1 item') } });
  });

  it('moves a prepared meeting with its date', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    const d = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-12-10' });
    await core.ok('rota.change', { seriesId: series.id, patternDate: '2026-12-10', change: { kind: 'move', date: '2026-12-11' } });
    await core.ok('rota.change', { seriesId: series.id, patternDate: '2026-12-10', change: { kind: 'swap', teamId: s.south.id } });
    expect((await core.ok('meetings.get', { id: d.meeting.id })).meeting).toMatchObject({ date: '2026-12-11', teamName: 'South' });
  });
});

describe('Legal Gateway bookings', () => {
  it('need a reason, track the four papers, and show when papers are due in working days', async () => {
    const { core, s } = await setUp();
    const series = await core.ok('series.create', {
      typeId: s.lgp.id,
      name: 'Legal Gateway (Monday)',
      weekday: 0,
      interval: 'weekly',
      startsOn: '2026-12-28',
      startTime: '13:00',
      endTime: '16:00',
      holidayRule: 'move',
      rotation: [],
    });
    const view = await core.ok('rota.view', { seriesId: series.id, from: '2026-12-28', to: '2027-01-04' });
    expect(view.occurrences.map((o) => [o.date, o.change, o.holidayName])).toEqual([
      ['2026-12-29', 'holiday-moved', 'Boxing Day (substitute day)'],
      ['2027-01-04', null, null],
    ]);
    let d = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2027-01-04' });
    // Three working days before Monday 04/01/2027, skipping New Year's Day: Tuesday 29/12/2026.
    expect(d.meeting.papersDueOn).toBe('2026-12-29');
    const kid = await child(core, s.north.id);
    const noReason = await core.router.call('agenda.add', { meetingId: d.meeting.id, childId: kid.id });
    expect(noReason).toMatchObject({ ok: false, error: { fieldErrors: { lgpReason: expect.any(String) } } });
    d = await core.ok('agenda.add', { meetingId: d.meeting.id, childId: kid.id, lgpReason: 'new_referral' });
    expect(d.items[0]).toMatchObject({ lgpReason: 'new_referral', papers: { genogram: 'outstanding', chronology: 'outstanding', referral: 'outstanding', assessment: 'outstanding' }, slotMinutes: 30 });
    d = await core.ok('agenda.update', await rowShown(core, 'agenda.update', {
      id: d.items[0]!.id,
      slotMinutes: 30,
      lgpReason: 'new_referral',
      papers: { genogram: 'received', chronology: 'received', referral: 'outstanding', assessment: 'not_needed' },
    }));
    expect(d.items[0]!.papers).toEqual({ genogram: 'received', chronology: 'received', referral: 'outstanding', assessment: 'not_needed' });
  });
});

describe('Care Planning Meetings', () => {
  it('are listed by due date and booked for one child with their team manager in the chair', async () => {
    const { core, s } = await setUp();
    const tm = await core.ok('people.create', { name: 'Tess Manager', role: 'team_manager', teamId: s.north.id });
    const kid = await core.ok('children.create', {
      caseRef: 'CPM1',
      firstName: 'Cara',
      lastName: 'Planning',
      legalStatus: 'care_order',
      dateOfBirth: '2019-01-01',
      dateEnteredCare: '2026-10-01',
      teamId: s.north.id,
      teamManagerId: tm.id,
    });
    const list = await core.ok('cpm.list', {});
    const row = list.find((r) => r.childId === kid.id)!;
    expect(row).toMatchObject({ dueDate: expect.any(String), teamManagerName: 'Tess Manager', booked: null });
    const weekend = await core.router.call('cpm.book', { childId: kid.id, date: '2026-11-28', startTime: '10:00', endTime: '11:00' });
    expect(weekend).toMatchObject({ ok: false, error: { fieldErrors: { date: expect.any(String) } } });
    const booked = await core.ok('cpm.book', { childId: kid.id, date: '2026-11-30', startTime: '10:00', endTime: '11:00', venue: 'Family centre' });
    expect(booked.meeting).toMatchObject({ typeName: 'Care Planning Meeting', chairName: 'Tess Manager', date: '2026-11-30' });
    expect(booked.items).toEqual([expect.objectContaining({ source: 'booked', slotMinutes: 60 })]);
    expect((await core.ok('cpm.list', {})).find((r) => r.childId === kid.id)!.booked).toMatchObject({ date: '2026-11-30' });
  });
});

describe('bank holidays', () => {
  it('can be edited, move the rota, and be reset to the England and Wales list', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    const { holidays, version } = await core.ok('settings.getBankHolidays');
    const saved = await core.ok('settings.setBankHolidays', { holidays: [...holidays, { date: '2026-12-10', name: 'Council closure day' }], version });
    const view = await core.ok('rota.view', { seriesId: series.id, from: '2026-12-10', to: '2026-12-10' });
    expect(view.occurrences[0]).toMatchObject({ status: 'holiday', holidayName: 'Council closure day' });
    const reset = await core.ok('settings.setBankHolidays', { holidays: [], reset: true, version: saved.version });
    expect(reset.edited).toBe(false);
    expect(reset.holidays.some((h) => h.date === '2026-12-10')).toBe(false);
  });
});

describe('fixes found in review', () => {
  it('answer malformed times and dates with a typed message, not a crash', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    const kid = await child(core, s.north.id);
    expect(await core.router.call('cpm.book', { childId: kid.id, date: '2026-11-30', startTime: '9:00', endTime: '10:00' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { startTime: expect.any(String) } } });
    for (const from of ['x', '', '2026-1-1']) {
      expect(await core.router.call('rota.view', { seriesId: series.id, from, to: '2026-12-31' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('keep a prepared agenda with its team: a swap is refused, and the rota shows the agenda’s team', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    await child(core, s.north.id, { red: '2026-11-01' });
    await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-11-26' });
    const swap = await core.router.call('rota.change', { seriesId: series.id, patternDate: '2026-11-26', change: { kind: 'swap', teamId: s.south.id } });
    expect(swap).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('prepared for North') } });
    await core.ok('series.update', { ...seriesInput(series), rotation: [s.south.id, s.north.id] });
    const view = await core.ok('rota.view', { seriesId: series.id, from: '2026-11-26', to: '2026-12-03' });
    expect(view.occurrences.map((o) => o.teamName)).toEqual(['North', 'North']);
  });

  it('propose a child on one coming agenda only, and print the kind of review, not the engine’s case detail', async () => {
    const { core, s } = await setUp();
    const series = s.series;
    const kid = await child(core, s.north.id, { red: '2026-10-01' });
    const first = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-11-26' });
    expect(first.items.map((i) => i.children[0]!.id)).toEqual([kid.id]);
    const later = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-12-10' });
    expect(later.items).toEqual([]);
    expect(later.suggestions).toEqual([]);

    const file = await core.ok('agenda.exportDocx', { id: first.meeting.id });
    const { readDocx } = await import('../support/docx-reader');
    const doc = readDocx(Buffer.from(file.base64, 'base64'));
    const text = doc.paragraphs.join('\n');
    expect(text).toContain('Permanence review');
    expect(text).not.toMatch(/\bred\b|\bissue|rated/i);
  });

  it('move a prepared meeting when a new bank holiday moves its date', async () => {
    const { core, s } = await setUp();
    const { id: _id, ...fields } = seriesInput(s.series);
    const series = await core.ok('series.create', { ...fields, name: 'Moving', holidayRule: 'move' });
    const d = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-12-03' });
    const { holidays, version } = await core.ok('settings.getBankHolidays');
    await core.ok('settings.setBankHolidays', { holidays: [...holidays, { date: '2026-12-03', name: 'Council closure day' }], version });
    expect((await core.ok('meetings.get', { id: d.meeting.id })).meeting.date).toBe('2026-12-04');
  });

  it('group Legal Gateway siblings only with the same reason, keeping the least complete state of each paper', async () => {
    const { core, s } = await setUp();
    const series = await core.ok('series.create', { typeId: s.lgp.id, name: 'LGP', weekday: 0, interval: 'weekly', startsOn: '2026-11-23', startTime: '13:00', endTime: '16:00', holidayRule: 'move', rotation: [] });
    const a = await child(core, s.north.id);
    const b = await child(core, s.north.id);
    await core.ok('siblings.link', { childId: a.id, siblingId: b.id });
    let d = await core.ok('meetings.prepare', { seriesId: series.id, key: 'p:2026-11-30' });
    d = await core.ok('agenda.add', { meetingId: d.meeting.id, childId: a.id, lgpReason: 'new_referral' });
    d = await core.ok('agenda.add', { meetingId: d.meeting.id, childId: b.id, lgpReason: 'unplanned_entry' });
    const [itemA, itemB] = d.items;
    expect(await core.router.call('agenda.groupSiblings', { id: itemA!.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await core.ok('agenda.update', await rowShown(core, 'agenda.update', { id: itemA!.id, slotMinutes: 30, lgpReason: 'new_referral', papers: { genogram: 'received', chronology: 'received', referral: 'received', assessment: 'received' } }));
    await core.ok('agenda.update', await rowShown(core, 'agenda.update', { id: itemB!.id, slotMinutes: 30, lgpReason: 'new_referral', papers: { genogram: 'received', chronology: 'outstanding', referral: 'not_needed', assessment: 'received' } }));
    d = await core.ok('agenda.groupSiblings', { id: itemA!.id });
    expect(d.items).toHaveLength(1);
    expect(d.items[0]!.papers).toEqual({ genogram: 'received', chronology: 'outstanding', referral: 'received', assessment: 'received' });
  });
});
