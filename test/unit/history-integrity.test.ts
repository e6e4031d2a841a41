import { asShown, rowShown } from './support/shown-version';
import { describe, expect, it } from 'vitest';
import type { TestCore } from './support/core';
import { expectRefused } from './support/refusal';
import { bookCpm, child, councilAt, meetingWith } from './support/council';

/**
 * History that cannot lie: a meeting is held on its date, nothing it records is dated
 * before it happened, what it agrees reaches the child's record once a person confirms
 * it, and taking it back into the room takes its outcomes out again, exactly.
 */

/** Thursday 03/12/2026, 10:00: the panel's day. */
const NOW = '2026-12-03T10:00:00Z';
const TODAY = '2026-12-03';

const count = (core: TestCore, table: string) => core.store.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

/** Every date the children's histories carry. */
function historyDates(core: TestCore): string[] {
  return core.store.sqlite
    .prepare(
      `select held_on from child_meetings union all select rated_on from rag_ratings union all select date from key_dates where type in ('lgp', 'plo_start')
       union all select held_on from cic_reviews union all select agreed_on from permanence_plans where agreed_on is not null`,
    )
    .pluck()
    .all() as string[];
}

/** The children's histories as written by meetings, without ids or clock times. */
function outcomes(core: TestCore) {
  return {
    meetings: core.store.sqlite.prepare('select child_id, kind, held_on, source, meeting_id, agreed_plan from child_meetings order by child_id, held_on, kind').all(),
    ratings: core.store.sqlite.prepare('select child_id, rating, reason, rated_on, source, meeting_id from rag_ratings order by child_id, rated_on, rating').all(),
    tracking: core.store.sqlite.prepare('select child_id, next_due_kind, next_due_date, next_due_reason, last_discussed_kind, last_discussed_date, rag, rag_date, trend, flags, due from child_tracking order by child_id').all(),
  };
}

describe('a meeting is held on its date', () => {
  it('refuses to start a meeting booked for next week, saying why and what to do, and changes nothing', async () => {
    const { core, s } = await councilAt(NOW);
    const a = await child(core, s.north.id, 'Early');
    const cpm = await bookCpm(core, a.id, '2026-12-10');
    const audits = count(core, 'audit_log');
    const refused = await core.router.call('meetings.start', { id: cpm.meetingId });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'NEEDS_CONFIRMATION',
        message:
          'This Care Planning Meeting is booked for Thursday 10 December 2026, so it cannot start today (Thursday 3 December 2026): what it records would be dated before it was held. To hold it on another day, change the date of the booking first. If it really is taking place today, confirm, and it will be moved to today before anything is recorded.',
      },
    });
    expect((await core.ok('meetings.get', { id: cpm.meetingId })).meeting).toMatchObject({ date: '2026-12-10', status: 'planned' });
    expect(count(core, 'audit_log')).toBe(audits);
    expect(count(core, 'meeting_attendees')).toBe(0);
  });

  it('moves a booking to today on confirmation, before anything is recorded, and says so in the audit log', async () => {
    const { core, s } = await councilAt(NOW);
    const a = await child(core, s.north.id, 'Early');
    const cpm = await bookCpm(core, a.id, '2026-12-10');
    const started = await core.ok('meetings.start', { id: cpm.meetingId, moveToToday: true });
    expect(started.agenda.meeting).toMatchObject({ date: TODAY, status: 'in_progress' });
    const audit = await core.ok('audit.list', { entity: 'meeting' });
    expect(audit.rows.map((r) => r.summary)).toContain('Moved Care Planning Meeting from Thursday 10 December 2026 to today, Thursday 3 December 2026: it was held early');
  });

  it('moves a rota date to today on confirmation, so the rota and the meeting agree', async () => {
    const { core, s } = await councilAt(NOW);
    const a = await child(core, s.north.id, 'Rota');
    // 10/12 is North's turn; the panel really sits today.
    const m = await meetingWith(core, s.series.id, '2026-12-10', [a.id]);
    expect((await core.router.call('meetings.start', { id: m.meetingId })).ok).toBe(false);
    // Today is already a date of the series (South's): the series cannot meet twice on one day.
    expect(await core.router.call('meetings.start', { id: m.meetingId, moveToToday: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('already meets on') } });
    await core.ok('rota.change', { seriesId: s.series.id, patternDate: TODAY, change: { kind: 'cancel', note: null } });
    await core.ok('meetings.start', { id: m.meetingId, moveToToday: true });
    const rota = await core.ok('rota.view', { seriesId: s.series.id, from: '2026-12-01', to: '2026-12-31' });
    expect(rota.occurrences.find((o) => o.key === 'p:2026-12-10')).toMatchObject({ date: TODAY, meetingId: m.meetingId, meetingStatus: 'in_progress', change: 'moved' });
  });

  it('dates nothing it records after today, and approval works from the day it was held, pre-filled or chosen', async () => {
    const { core, s } = await councilAt(NOW);
    const a = await child(core, s.north.id, 'Held');
    const m = await meetingWith(core, s.series.id, TODAY, [a.id]);
    await core.ok('meetings.start', { id: m.meetingId });
    await core.ok('minutes.rate', { itemId: m.itemOf(a.id), childId: a.id, rating: 'amber', reason: 'Assessment late' });
    await core.ok('meetings.close', { id: m.meetingId });
    for (const date of historyDates(core)) expect(date <= TODAY, date).toBe(true);
    expect((await core.ok('children.get', { id: a.id })).meetings).toEqual([{ kind: 'pp', date: TODAY, source: 'meeting' }]);

    const before = await core.router.call('meetings.approve', { id: m.meetingId, approvedBy: 'Hana Head', approvedOn: '2026-12-02' });
    expect(before).toMatchObject({ ok: false, error: { fieldErrors: { approvedOn: 'Choose 03/12/2026 or later.' } } });
    const ahead = await core.router.call('meetings.approve', { id: m.meetingId, approvedBy: 'Hana Head', approvedOn: '2026-12-04' });
    expect(ahead).toMatchObject({ ok: false, error: { fieldErrors: { approvedOn: 'Choose today or an earlier date.' } } });
    // The day it was held is today: the form's pre-filled date (the core's today) is accepted.
    const approved = await core.ok('meetings.approve', { id: m.meetingId, approvedBy: 'Hana Head', approvedOn: TODAY });
    expect(approved.state).toMatchObject({ status: 'approved', approvedOn: TODAY });
  });
});

describe('the rota keeps a held meeting where it was held', () => {
  it('refuses to move, cancel or give to another team a meeting that has started, and shows it as held', async () => {
    const { core, s } = await councilAt(NOW);
    const a = await child(core, s.north.id, 'Kept');
    const m = await meetingWith(core, s.series.id, TODAY, [a.id]);
    await core.ok('meetings.start', { id: m.meetingId });
    const audits = count(core, 'audit_log');
    for (const change of [{ kind: 'move' as const, date: '2026-12-08', note: null }, { kind: 'cancel' as const, note: null }, { kind: 'swap' as const, teamId: s.south.id }, { kind: 'restore' as const }]) {
      const refused = await core.router.call('rota.change', { seriesId: s.series.id, patternDate: TODAY, change });
      expect(refused, change.kind).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: 'The meeting of Thursday 3 December 2026 has been held, so it cannot be moved, cancelled or given to another team: its date and team are part of the record.' },
      });
    }
    expect(count(core, 'series_overrides')).toBe(0);
    expect(count(core, 'audit_log')).toBe(audits);
    const rota = await core.ok('rota.view', { seriesId: s.series.id, from: TODAY, to: TODAY });
    expect(rota.occurrences[0]).toMatchObject({ date: TODAY, meetingId: m.meetingId, meetingStatus: 'in_progress' });
  });
});

describe('back to the room', () => {
  it('takes out exactly what closing wrote into the histories, and puts it back on closing again', async () => {
    const { core, s } = await councilAt(NOW);
    const a = await child(core, s.north.id, 'Room');
    const b = await child(core, s.north.id, 'Other');
    await core.ok('ratings.create', { childId: a.id, rating: 'green', reason: 'Settled', ratedOn: '2026-11-02' });
    const m = await meetingWith(core, s.series.id, TODAY, [a.id, b.id]);
    await core.ok('meetings.start', { id: m.meetingId });
    await core.ok('minutes.rate', { itemId: m.itemOf(a.id), childId: a.id, rating: 'red', reason: 'Placement at risk of breakdown' });
    await core.ok('minutes.rate', { itemId: m.itemOf(b.id), childId: b.id, rating: 'amber', reason: 'Some delay' });
    await core.ok('tracker.query', {});
    const beforeClose = outcomes(core);

    await core.ok('meetings.close', { id: m.meetingId });
    const closed = outcomes(core);
    expect(closed.ratings).toHaveLength(3);
    expect(closed.meetings).toHaveLength(2);
    expect(closed).not.toEqual(beforeClose);

    await core.ok('meetings.reopen', { id: m.meetingId });
    expect(outcomes(core)).toEqual(beforeClose);

    await core.ok('meetings.close', { id: m.meetingId });
    expect(outcomes(core)).toEqual(closed);
  });
});

describe('back to the room only from closed minutes', () => {
  it('refuses to “reopen” a meeting not yet held, which would start it without asking, and changes nothing', async () => {
    const { core, s } = await councilAt(NOW);
    const a = await child(core, s.north.id, 'Waiting');
    const m = await meetingWith(core, s.series.id, '2026-12-17', [a.id]);
    await expectRefused(core, 'meetings.reopen', { id: m.meetingId }, 'CONFLICT', /has not been held yet.*Start it on its date/);
    expect((await core.ok('minutes.get', { id: m.meetingId })).state.status).toBe('planned');
  });
});

describe('a Care Planning Meeting’s plan reaches the child’s record after a person confirms it', () => {
  async function heldCpm() {
    const { core, s } = await councilAt(NOW);
    const a = await child(core, s.north.id, 'Planned', 'Alex');
    const plan = await core.ok('plans.set', { childId: a.id, primaryOption: 'adoption', parallelOptions: ['special_guardianship'], legalOrderSought: 'placement_order' });
    const cpm = await bookCpm(core, a.id, TODAY);
    await core.ok('meetings.start', { id: cpm.meetingId });
    await core.ok('minutes.save', await asShown(core, { itemId: cpm.itemId, field: 'permanenceOptions', value: { primary: 'reunification', parallel: ['special_guardianship'] } }));
    await core.ok('minutes.save', await asShown(core, { itemId: cpm.itemId, field: 'legalOrderSought', value: 'supervision_order' }));
    await core.ok('minutes.save', await asShown(core, { itemId: cpm.itemId, field: 'nextMeetingDate', value: '2027-01-14' }));
    return { core, s, a, cpm, plan };
  }
  const trackerRow = async (core: TestCore, childId: number) => (await core.ok('tracker.query', { limit: 1000 })).rows.find((r) => r.childId === childId)!;

  it('is not offered while the meeting is in the room; on close it lists the changes, and the tracker flags the difference', async () => {
    const { core, a, cpm } = await heldCpm();
    expect(await core.router.call('cpm.planPreview', { itemId: cpm.itemId })).toMatchObject({ ok: false, error: { message: expect.stringContaining('still in the room') } });
    await core.ok('meetings.close', { id: cpm.meetingId });
    const preview = await core.ok('cpm.planPreview', { itemId: cpm.itemId });
    expect(preview.children).toEqual([
      {
        childId: a.id,
        childName: 'Alex Planned',
        changes: [
          'Change the primary option from “Adoption / Early Permanence” to “Reunification”.',
          'Change the legal order sought from “Placement order” to “Supervision order”.',
          'Mark the change of option “to be ratified at the next Child in Care review”.',
        ],
      },
    ]);
    const row = await trackerRow(core, a.id);
    expect(row.primaryPlan).toBe('adoption');
    expect(row.flags).toContainEqual({
      rule: 'plan-differs',
      severity: 'alert',
      message: 'The plan on record differs from the Care Planning Meeting of 03/12/2026, which agreed primary Reunification, legal order sought Supervision order',
    });
  });

  it('applies exactly what was listed once confirmed: the tracker row follows, the change is to be ratified until a review is held', async () => {
    const { core, a, cpm } = await heldCpm();
    await core.ok('meetings.close', { id: cpm.meetingId });
    const preview = await core.ok('cpm.planPreview', { itemId: cpm.itemId });
    await core.ok('cpm.planApply', { itemId: cpm.itemId, token: preview.token });
    const detail = await core.ok('children.get', { id: a.id });
    expect(detail.plan).toMatchObject({ primaryOption: 'reunification', parallelOptions: ['special_guardianship'], legalOrderSought: 'supervision_order', agreedOn: TODAY, meetingId: cpm.meetingId, changedOption: true });
    expect(detail.planHistory).toHaveLength(2);
    const row = await trackerRow(core, a.id);
    expect(row.primaryPlan).toBe('reunification');
    expect(row.flags.map((f) => f.rule)).not.toContain('plan-differs');
    expect(row.flags).toContainEqual({ rule: 'plan-to-be-ratified', severity: 'warning', message: 'Plan changed to Reunification on 03/12/2026: to be ratified at the next Child in Care review' });
    // Nothing more to change: applying again changes nothing.
    expect((await core.ok('cpm.planPreview', { itemId: cpm.itemId })).children[0]!.changes).toEqual([]);

    await core.ok('cicReviews.record', { childId: a.id, heldOn: TODAY });
    expect((await trackerRow(core, a.id)).flags.map((f) => f.rule)).not.toContain('plan-to-be-ratified');
  });

  it('refuses a confirmation for a meeting that changed meanwhile, with a sentence, and changes nothing', async () => {
    const { core, a, cpm } = await heldCpm();
    await core.ok('meetings.close', { id: cpm.meetingId });
    const preview = await core.ok('cpm.planPreview', { itemId: cpm.itemId });
    // The draft is corrected after the changes were listed.
    await core.ok('minutes.save', await asShown(core, { itemId: cpm.itemId, field: 'permanenceOptions', value: { primary: 'long_term_fostering', parallel: [] } }));
    const plans = count(core, 'permanence_plans');
    const audits = count(core, 'audit_log');
    const refused = await core.router.call('cpm.planApply', { itemId: cpm.itemId, token: preview.token });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'The meeting’s minutes or the child’s plan have changed since these changes were listed, so nothing was changed. Look at the changes again before confirming them.' },
    });
    expect(count(core, 'permanence_plans')).toBe(plans);
    expect(count(core, 'audit_log')).toBe(audits);
    expect((await core.ok('children.get', { id: a.id })).plan?.primaryOption).toBe('adoption');
    // The tracker already compares with the corrected draft.
    expect((await trackerRow(core, a.id)).flags.find((f) => f.rule === 'plan-differs')?.message).toContain('agreed primary Staying Put / Long-Term Fostering');

    // A meeting taken back into the room has not agreed anything yet.
    const fresh = await core.ok('cpm.planPreview', { itemId: cpm.itemId });
    await core.ok('meetings.reopen', { id: cpm.meetingId });
    expect(await core.router.call('cpm.planApply', { itemId: cpm.itemId, token: fresh.token })).toMatchObject({ ok: false, error: { message: expect.stringContaining('still in the room') } });
    expect(count(core, 'permanence_plans')).toBe(plans);
  });

  it('records the Group Manager’s ratification of the final plan, who and when, never on a day still to come', async () => {
    const { core, a, plan } = await heldCpm();
    const ahead = await core.router.call('plans.ratifyFinal', { childId: a.id, planId: plan.id, ratifiedBy: 'Gail Group', ratifiedOn: '2026-12-04' });
    expect(ahead).toMatchObject({ ok: false, error: { fieldErrors: { ratifiedOn: 'Choose today or an earlier date.' } } });
    const ratified = await core.ok('plans.ratifyFinal', { childId: a.id, planId: plan.id, ratifiedBy: 'Gail Group', ratifiedOn: TODAY });
    expect(ratified).toMatchObject({ primaryOption: 'adoption', gmRatifiedBy: 'Gail Group', gmRatifiedOn: TODAY });
    // A ratification of an older version of the plan is refused: it would ratify something else.
    expect(await core.router.call('plans.ratifyFinal', { childId: a.id, planId: plan.id, ratifiedBy: 'Gail Group', ratifiedOn: TODAY })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('escalation to the Group Manager', () => {
  it('is on the tracker until closed, and brings the child to the next prepared panel of their team with the escalation as the reason', async () => {
    const { core, s } = await councilAt(NOW);
    const a = await child(core, s.south.id, 'Escalated');
    const raised = await core.ok('escalations.create', { childId: a.id, raisedOn: TODAY, reason: 'PAMS assessor unavailable' });
    expect(raised[0]).toMatchObject({ raisedBy: 'test-user', reason: 'PAMS assessor unavailable', meeting: null, closedOn: null });
    expect(await core.router.call('escalations.bringToPanel', { id: raised[0]!.id })).toMatchObject({ ok: false, error: { message: expect.stringContaining('No Permanence Panel has been prepared for South yet') } });
    const panel = await core.ok('meetings.prepare', { seriesId: s.series.id, key: 'p:2026-12-17' });
    const brought = await core.ok('escalations.bringToPanel', { id: raised[0]!.id });
    expect(brought.message).toBe('Alex Escalated is on the agenda of the Permanence Panel on Thursday 17 December 2026.');
    const agenda = await core.ok('meetings.get', { id: panel.meeting.id });
    expect(agenda.items.find((i) => i.children.some((c) => c.id === a.id))?.reason).toBe('Escalated to the Group Manager on 03/12/2026: PAMS assessor unavailable');
    let row = (await core.ok('tracker.query', {})).rows.find((r) => r.childId === a.id)!;
    expect(row.flags).toContainEqual({ rule: 'escalated', severity: 'alert', message: 'Escalated to the Group Manager on 03/12/2026: PAMS assessor unavailable' });
    await core.ok('escalations.close', { id: raised[0]!.id, closedOn: TODAY, note: 'Assessor found' });
    row = (await core.ok('tracker.query', {})).rows.find((r) => r.childId === a.id)!;
    expect(row.flags.map((f) => f.rule)).not.toContain('escalated');
  });
});

describe('the Word agenda never overruns unseen', () => {
  it('refuses to export an agenda running past the session until the screen has shown the overrun', async () => {
    const { core, s } = await councilAt(NOW);
    const kids = [];
    for (let i = 0; i < 3; i++) kids.push((await child(core, s.north.id, `Long${i}`)).id);
    const m = await meetingWith(core, s.series.id, '2026-12-17', kids);
    const detail = await core.ok('meetings.get', { id: m.meetingId });
    for (const item of detail.items) await core.ok('agenda.update', await rowShown(core, 'agenda.update', { id: item.id, presenterId: null, slotMinutes: 50, reason: null }));
    const refused = await core.router.call('agenda.exportDocx', { id: m.meetingId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION', message: expect.stringContaining('The agenda runs 30 minutes past the end of the meeting (12:00)') } });
    expect((await core.router.call('agenda.exportDocx', { id: m.meetingId, overrunShown: 30 })).ok).toBe(true);
  });
});

describe('Child in Care reviews recorded on the child', () => {
  it('takes held reviews only (never a day to come, never before care began), numbers them, and records the IRO named', async () => {
    const { core, s } = await councilAt(NOW);
    const a = await child(core, s.north.id, 'Reviewed');
    const iro = await core.ok('people.create', { name: 'Ira Reviewing', role: 'iro' });
    expect(await core.router.call('cicReviews.record', { childId: a.id, heldOn: '2026-12-04' })).toMatchObject({ ok: false, error: { fieldErrors: { heldOn: 'Choose today or an earlier date.' } } });
    expect(await core.router.call('cicReviews.record', { childId: a.id, heldOn: '2024-12-01' })).toMatchObject({ ok: false, error: { fieldErrors: { heldOn: 'Choose 10/01/2025 or later.' } } });
    // A held review is an event, not a key date.
    expect(await core.router.call('keyDates.create', { childId: a.id, type: 'second_cic_review', date: '2025-05-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await core.ok('cicReviews.record', { childId: a.id, heldOn: '2025-02-03', iroId: iro.id });
    const reviews = await core.ok('cicReviews.record', { childId: a.id, heldOn: '2025-05-01' });
    expect(reviews.map((r) => [r.heldOn, r.ordinal, r.iroName])).toEqual([
      ['2025-05-01', 2, null],
      ['2025-02-03', 1, 'Ira Reviewing'],
    ]);
    const detail = await core.ok('children.get', { id: a.id });
    expect(detail.child.iroId).toBe(iro.id);
    // The second review was held in May 2025: the next was due six months on, and is overdue.
    expect(detail.review.flags).toContainEqual({ rule: 'cic-review-overdue', severity: 'alert', message: 'Overdue since 01/11/2025: Child in Care review within 6 months of the last (01/05/2025)' });
    await core.ok('cicReviews.remove', { id: reviews[0]!.id });
    expect((await core.ok('children.get', { id: a.id })).review.due.find((d) => d.kind === 'cic_review')).toMatchObject({ rule: 'cic-second-review', date: '2025-05-03' });
  });
});

describe('the Care Planning Meetings list tells the truth', () => {
  it('says a past booking was missed, and counts as last held only a meeting of this episode of care', async () => {
    const { clock, core, s } = await councilAt('2026-11-20T10:00:00Z');
    const a = await core.ok('children.create', { caseRef: 'C-MISS', firstName: 'Mo', lastName: 'Missed', legalStatus: 'care_order', dateEnteredCare: '2026-10-01', teamId: s.north.id });
    // A Care Planning Meeting from an earlier time in care, as an import brings it.
    core.store.sqlite.prepare("insert into child_meetings (child_id, kind, held_on, source) values (?, 'cpm', '2026-06-05', 'import')").run(a.id);
    const booked = await bookCpm(core, a.id, '2026-11-24');
    clock.set('2026-12-03T10:00:00Z');
    const row = (await core.ok('cpm.list', { search: 'Missed' }))[0]!;
    expect(row.lastCpm).toBeNull();
    expect(row.booked).toBeNull();
    expect(row.missed).toEqual({ meetingId: booked.meetingId, date: '2026-11-24' });
  });
});
