import type { Role } from '../../../../shared/roles';
import type { ProcedureOutput } from '../../../../shared/contract';
import { ENGLAND_WALES_HOLIDAY_SET } from '../../../../shared/domain/bank-holidays';
import { addDaysIso, addMonthsIso, addWeeksIso, todayIso, weekdayIndex, type IsoDate } from '../../../../shared/domain/dates';
import { addWorkingDays, nextWorkingDay, subtractWorkingDays } from '../../../../shared/domain/working-days';
import type { KeyDateType, LegalStatus, LgpDecision, MeetingKind, PermanenceOption, PlacementType, Rag } from '../../../../shared/domain/vocabulary';
import type { Transaction } from 'kysely';
import { isoNow, type ServiceContext } from '../../context';
import type { Database } from '../../db/schema';
import { AppError } from '../../errors';
import { loadAuthorityName } from '../settings/authority';
import { writeSetting } from '../../data/tables/settings';
import { keepRecordDetails } from '../minutes/record-details';
import { addDemoHeldPanel } from './demo-minutes';
import { addDemoSeries } from './demo-series';
import { DEMO_COUNCIL_NAME, DEMO_FIRST_NAMES, DEMO_PEOPLE, DEMO_SURNAMES, DEMO_TEAMS, RAG_REASONS } from './demo-council';
import { write } from '../../data/write';
import { permanencePlans } from '../../data/tables/permanence-plans';
import { insertSiblingGroup, setSiblingGroup } from '../children/repository/children';
import {
  addChild,
  addChildMeeting,
  addCicReview,
  addEscalation,
  addKeyDate,
  addPerson,
  addPlan,
  addRating,
  addTeam,
  anyChild,
  careFactsOf,
  firstChildrenOfTeam,
  meetingTypeIdByCode,
  setTeamManagers,
} from './repository';

/** A seeded generator: the demo is the same every time, apart from moving with today's date. */
function prng(seed: number) {
  let a = seed;
  const next = () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

interface Profile {
  status: LegalStatus;
  count: number;
  plan?: PermanenceOption[];
  placement?: PlacementType;
}

// 60 children in the states a real tracker holds.
const PROFILES: Profile[] = [
  { status: 'pre_proceedings', count: 10, plan: ['reunification', 'special_guardianship'], placement: 'none' },
  { status: 's20', count: 8, plan: ['reunification', 'long_term_fostering'], placement: 'foster_in_house' },
  { status: 'interim_care_order', count: 14, plan: ['adoption', 'special_guardianship', 'reunification'], placement: 'foster_agency' },
  { status: 'care_order', count: 10, plan: ['long_term_fostering'], placement: 'foster_in_house' },
  { status: 'placement_order', count: 6, plan: ['adoption'], placement: 'fostering_for_adoption' },
  { status: 'interim_care_order', count: 4, plan: ['special_guardianship', 'long_term_fostering'], placement: 'connected_person' },
  { status: 'child_protection', count: 5 },
  { status: 'child_in_need', count: 3 },
];

export async function loadDemoData(ctx: ServiceContext): Promise<ProcedureOutput<'demo.load'>> {
  const today = todayIso(ctx.now());
  const rnd = prng(20261122);
  return write(ctx, async (w) => {
    if (await anyChild(w.db)) throw new AppError('CONFLICT', 'Demo data can only be loaded into an empty Panelroom: this one already holds children.');
    const now = isoNow(ctx);
    // The demo's documents say at their head that they come from a fictional council.
    if ((await loadAuthorityName(w.db)) === null) await writeSetting(w.db, 'authorityName', DEMO_COUNCIL_NAME);

    const teamIds: number[] = [];
    for (const name of DEMO_TEAMS) {
      teamIds.push(await addTeam(w.db, { name, team_manager_id: null, group_manager_id: null, created_at: now, updated_at: now }));
    }
    const people: { id: number; role: Role; team: number | null; name: string }[] = [];
    for (const p of DEMO_PEOPLE) {
      const team = p.team === undefined ? null : teamIds[p.team]!;
      const id = await addPerson(w.db, { name: p.name, role: p.role, team_id: team, email: null, created_at: now, updated_at: now });
      people.push({ id, role: p.role, team, name: p.name });
    }
    const gms = people.filter((p) => p.role === 'group_manager');
    for (const [i, teamId] of teamIds.entries()) {
      const tm = people.find((p) => p.role === 'team_manager' && p.team === teamId);
      await setTeamManagers(w.db, teamId, { team_manager_id: tm?.id ?? null, group_manager_id: gms[i % gms.length]!.id });
    }
    const iros = people.filter((p) => p.role === 'iro');

    let n = 0;
    const childIds: number[] = [];
    let siblingGroup: number | null = null;
    let prevSurname = DEMO_SURNAMES[0]!;
    for (const profile of PROFILES) {
      for (let k = 0; k < profile.count; k++) {
        n++;
        const teamIdx = profile.status === 'interim_care_order' ? 2 : profile.status === 'child_protection' || profile.status === 'child_in_need' || profile.status === 'pre_proceedings' ? 3 : n % 2;
        const teamId = teamIds[teamIdx]!;
        const sw = rnd.pick(people.filter((p) => p.role === 'social_worker' && p.team === teamId));
        const tm = people.find((p) => p.role === 'team_manager' && p.team === teamId)!;
        const unborn = profile.status === 'child_protection' && k < 2;
        const ageDays = rnd.int(60, 16 * 365);
        const inCare = ['s20', 'interim_care_order', 'care_order', 'placement_order'].includes(profile.status);
        const enteredCare = inCare ? addDaysIso(today, -rnd.int(profile.status === 's20' && k === 0 ? 800 : 30, profile.status === 'care_order' ? 1500 : 400)) : null;
        // Siblings: every fifth child starts a group, the next one joins it.
        const joinsGroup = n % 5 === 1 && siblingGroup !== null;
        const lastName = joinsGroup ? prevSurname : DEMO_SURNAMES[(n * 7) % DEMO_SURNAMES.length]!;
        const row = await addChild(w.db, {
          case_ref: `EX${String(100200 + n * 37)}`,
          first_name: unborn ? 'Unborn baby' : DEMO_FIRST_NAMES[(n * 11) % DEMO_FIRST_NAMES.length]!,
          last_name: lastName,
          date_of_birth: unborn ? addDaysIso(today, rnd.int(20, 120)) : addDaysIso(today, -ageDays),
          is_unborn: unborn ? 1 : 0,
          gender: unborn ? 'not_known' : rnd.pick(['female', 'male'] as const),
          ethnicity: rnd.pick(['White British', 'Mixed White and Black Caribbean', 'Asian British – Pakistani', 'Black British – African', 'White Other', 'Not known']),
          team_id: teamId,
          social_worker_id: sw.id,
          team_manager_id: tm.id,
          iro_id: inCare ? rnd.pick(iros).id : null,
          legal_status: profile.status,
          date_entered_care: enteredCare && !(enteredCare < addDaysIso(today, -ageDays)) ? enteredCare : inCare ? addDaysIso(today, -Math.min(ageDays, 60)) : null,
          placement_type: profile.placement ?? 'none',
          sibling_group_id: joinsGroup ? siblingGroup : null,
          created_at: now,
          updated_at: now,
        });
        childIds.push(row.id);
        prevSurname = row.last_name;
        if (n % 5 === 0) {
          siblingGroup = await insertSiblingGroup(w.db, now);
          await setSiblingGroup(w.db, [row.id], siblingGroup);
        } else if (!joinsGroup) siblingGroup = null;

        await addHistory(w.db, ctx, rnd, row.id, profile, today, now, k);
      }
    }
    await addDemoSeries(w.db, { teamIds, chairId: people.find((p) => p.role === 'chair')?.id ?? null, today, now });
    const teamA = await firstChildrenOfTeam(w.db, teamIds[0]!, ['care_order', 's20', 'placement_order'], 3);
    const ppTypeId = await meetingTypeIdByCode(w.db, 'pp');
    const held = await addDemoHeldPanel(w.db, { today, now, actor: ctx.actor, typeId: ppTypeId, teamId: teamIds[0]!, childIds: teamA.map((c) => c.id), people });
    // The panel asked for the red plan's delay to be escalated: the team manager has done so.
    const escalated = teamA[2];
    if (escalated) {
      const tm = people.find((p) => p.role === 'team_manager' && p.team === teamIds[0]);
      await addEscalation(w.db, {
        child_id: escalated.id,
        raised_on: heldOn(addDaysIso(today, -1)),
        raised_by_id: tm?.id ?? null,
        raised_by: tm?.name ?? 'Team manager',
        group_manager_id: gms[0]?.id ?? null,
        reason: 'The parenting assessment (PAMS) has not started twelve weeks after the decision: no assessor is available.',
        meeting_id: null,
        created_at: now,
        updated_at: now,
        recorded_by: ctx.actor,
      });
    }
    await w.audit({ action: 'import', entity: 'demo', entityId: null, summary: `Loaded the demo council: ${teamIds.length} teams, ${people.length} people, ${childIds.length} children` });
    await w.childrenChanged(childIds);
    // The panel's records say what was on each child's record when it met, as a panel held in the app would.
    await keepRecordDetails(w.db, held.meetingId, held.startedAt);
    return { teams: teamIds.length, people: people.length, children: childIds.length };
  });
}

async function addHistory(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  rnd: ReturnType<typeof prng>,
  childId: number,
  profile: Profile,
  today: IsoDate,
  now: string,
  k: number,
): Promise<void> {
  const keyDate = (type: KeyDateType, date: IsoDate, decision: LgpDecision | null = null) =>
    addKeyDate(trx, { child_id: childId, type, date, label: null, decision, notes: null, created_at: now, updated_at: now });
  const meeting = (kind: MeetingKind, date: IsoDate) => addChildMeeting(trx, { child_id: childId, kind, held_on: date, source: 'demo', meeting_id: null });
  const child = await careFactsOf(trx, childId);
  const entered = child.date_entered_care;

  if (profile.plan) {
    const [primary, ...parallel] = profile.plan;
    // Agreed a while after coming into care (or a month ago); half the long-term fostering plans ratified at a review.
    const agreed = heldOn(entered === null ? addDaysIso(today, -30) : minDate(addDaysIso(entered, 60), addDaysIso(today, -7)));
    const ratified = primary === 'long_term_fostering' && k % 2 === 0 ? heldOn(minDate(addDaysIso(agreed, 20), today)) : null;
    await addPlan(trx, {
      child_id: childId,
      primary_option: primary!,
      parallel_options: permanencePlans.columns.parallel_options.encode(parallel.slice(0, rnd.int(0, parallel.length))),
      legal_order_sought: null,
      ratified_on: ratified,
      ratified_at: ratified ? 'Child in Care review' : null,
      notes: null,
      recorded_at: now,
      recorded_by: ctx.actor,
      agreed_on: agreed,
      options_since: agreed,
    });
  }
  if (profile.status === 'pre_proceedings') {
    const lgp = onWeekday(addWeeksIso(today, -rnd.int(2, 13)), MONDAY);
    await keyDate('lgp', lgp, 'pre_proceedings');
    await keyDate('plo_start', heldOn(addDaysIso(lgp, 7)));
  }
  if (profile.status === 's20') await keyDate('lgp', onWeekday(addWeeksIso(today, -rnd.int(3, 13)), MONDAY), 'other');
  if (profile.status === 'interim_care_order') {
    const lgp = onWeekday(addWeeksIso(today, -rnd.int(3, 30)), MONDAY);
    await keyDate('lgp', lgp, 'issue_proceedings');
    await keyDate('proceedings_issued', heldOn(addDaysIso(lgp, rnd.int(3, 10))));
    await keyDate('hearing', nextWorkingDay(addWeeksIso(today, rnd.int(1, 8)), ENGLAND_WALES_HOLIDAY_SET));
    // Most children came to panel at 4 and 14 weeks as the procedure asks; a few did not, and show as overdue.
    for (const weeks of [4, 14]) {
      const due = addWeeksIso(lgp, weeks);
      if (due <= today && rnd.next() < 0.85) await meeting('pp', onWeekday(addDaysIso(due, rnd.int(0, 6)), THURSDAY));
    }
  }
  if (profile.status === 'placement_order') await keyDate('placement_order', heldOn(addWeeksIso(today, -rnd.int(4, 40))));
  if (entered !== null) {
    await meeting('cpm', heldOn(addWeeksIso(today, -rnd.int(1, 7))));
    await addCicReviews(trx, rnd, childId, entered, child.iro_id, today, now, k);
  }
  const rated = !['child_in_need', 'child_protection'].includes(profile.status);
  const ratings = rated ? rnd.int(1, 4) : 0;
  const trendBias: Rag[] = k % 4 === 0 ? ['amber', 'red', 'red'] : k % 4 === 1 ? ['green', 'green', 'amber'] : ['amber', 'green', 'green'];
  let lastRating: Rag | undefined;
  for (let i = 0; i < ratings; i++) {
    const rating = trendBias[Math.min(i, trendBias.length - 1)]!;
    lastRating = rating;
    await addRating(trx, { child_id: childId, rating, reason: rnd.pick(RAG_REASONS[rating]), rated_on: heldOn(minDate(addWeeksIso(today, -(ratings - i) * 5 + 3), today)), source: 'demo', meeting_id: null, recorded_at: now, recorded_by: ctx.actor });
  }
  // A red plan is back at panel every four weeks; most were seen recently.
  if (lastRating === 'red' && rnd.next() < 0.7) await meeting('pp', onWeekday(addWeeksIso(today, -rnd.int(1, 3)), THURSDAY));
}

/**
 * The Child in Care reviews held since the child came into care: the first within 20
 * working days, the second about 3 months later, then every 6 months. One child in seven
 * has the latest review still to be held, and shows as overdue.
 */
async function addCicReviews(trx: Transaction<Database>, rnd: ReturnType<typeof prng>, childId: number, entered: IsoDate, iroId: number | null, today: IsoDate, now: string, k: number): Promise<void> {
  const held: IsoDate[] = [];
  let next = addWorkingDays(entered, rnd.int(12, 20), ENGLAND_WALES_HOLIDAY_SET);
  for (let ordinal = 1; next <= today; ordinal++) {
    held.push(next);
    next = heldOn(addDaysIso(addMonthsIso(next, ordinal === 1 ? 3 : 6), -rnd.int(0, 10)));
  }
  if (k % 7 === 3) held.pop();
  for (const [i, date] of held.entries()) {
    await addCicReview(trx, { child_id: childId, held_on: date, ordinal: i + 1, iro_id: iroId, iro_name: null, notes: null, source: 'demo', created_at: now, updated_at: now, recorded_by: 'demo' });
  }
}

const MONDAY = 0;
const THURSDAY = 3;

/** The demo's history happens on working days, whatever day of the week it is loaded: a past date moves back to one. */
function heldOn(date: IsoDate): IsoDate {
  return subtractWorkingDays(date, 0, ENGLAND_WALES_HOLIDAY_SET);
}

/** A panel's day of the week on or before the date (a working day: the one before a bank holiday). */
function onWeekday(date: IsoDate, weekday: number): IsoDate {
  return heldOn(addDaysIso(date, -((weekdayIndex(date) - weekday + 7) % 7)));
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
