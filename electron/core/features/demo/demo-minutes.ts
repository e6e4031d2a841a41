import type { IsoDate } from '../../../../shared/domain/dates';
import { plusDays } from '../../../../shared/domain/day-numbers';
import { weekdayIndex } from '../../../../shared/domain/dates';
import type { Rag } from '../../../../shared/domain/vocabulary';
import { searchTextOf } from '../../../../shared/minutes/search-text';
import type { Role } from '../../../../shared/roles';
import type { Db } from '../../db/db-type';
import { minuteValue } from '../../data/tables/minute-fields';
import { addAction, addActionProgress, addAttendees, addChildMeeting, addItemForChild, addItemRating, addMeeting, addMinuteField, addRating, presentingFactsOf } from './repository';

/**
 * Last week's Permanence Panel for Children in Care Team A, already approved: so a
 * newcomer's first look at the actions page, the search and the team's next agenda
 * shows minutes, ratings and actions carried forward, not empty screens.
 */
interface DemoAction {
  text: string;
  role: Role | null;
  owner?: string;
  dueInDays: number;
  progress?: { note: string; progress: Rag; impact: Rag };
}

const ITEMS: { discussion: string; childViews: string; decisions: string; rating: Rag; reason: string; actions: DemoAction[] }[] = [
  {
    discussion:
      '{name} remains settled with in-house foster carers and attends school every day. The viability assessment of the maternal aunt is positive; the special guardianship assessment has started and is due to report in eight weeks. Family time with mother is twice weekly and going well.',
    childViews: '{name} told the social worker that they like living with their carers and want to see their aunt more often.',
    decisions: 'The plan of special guardianship with the maternal aunt is endorsed, with long-term fostering as the parallel plan.',
    rating: 'green',
    reason: 'Assessment on track within the child’s timescale; placement stable.',
    actions: [
      {
        text: 'Complete the special guardianship assessment of the maternal aunt and share the report with legal.',
        role: 'social_worker',
        dueInDays: 49,
        progress: { note: 'Assessment sessions booked weekly; the aunt has attended two of three so far.', progress: 'green', impact: 'amber' },
      },
      { text: 'Arrange a life story work session before the next review.', role: null, owner: 'Fostering supervising social worker', dueInDays: -2 },
    ],
  },
  {
    discussion:
      'The permanence plan of long-term fostering has not yet been ratified. The foster carers have asked for more support with contact arrangements. The second Child in Care review is overdue by two weeks and needs to be booked.',
    childViews: '{name} was not seen before panel; the social worker will record their views at the next visit.',
    decisions: 'Book the second Child in Care review within ten working days. Present the long-term fostering match to the fostering panel.',
    rating: 'amber',
    reason: 'Some delay: the second review is late and the plan is not yet ratified.',
    actions: [
      { text: 'Book the second Child in Care review with the IRO.', role: 'social_worker', dueInDays: -4 },
      { text: 'Prepare the long-term fostering match report for fostering panel.', role: 'team_manager', dueInDays: 21 },
    ],
  },
  {
    discussion:
      'Reunification assessment delayed: the parenting assessment (PAMS) has not started because the assessor is unavailable. Father has not engaged with drug testing. Contingency planning needs to begin now so that the child does not drift.',
    childViews: '{name} says they miss home and want to know what will happen.',
    decisions: 'Escalate the parenting assessment delay to the group manager. Begin parallel planning for adoption as the contingency; make the RAA Stage 1 notification.',
    rating: 'red',
    reason: 'Drift: the parenting assessment has not started twelve weeks after the decision.',
    actions: [
      { text: 'Escalate the PAMS assessor delay and secure a start date.', role: 'group_manager', dueInDays: -1 },
      { text: 'Send the RAA Stage 1 notification.', role: 'permanence_coordinator', dueInDays: 7 },
    ],
  },
];

const ATTENDING: Role[] = ['chair', 'group_manager', 'team_manager', 'iro', 'permanence_coordinator', 'case_progression_officer', 'legal_adviser', 'business_support'];

export interface DemoPanelInput {
  today: IsoDate;
  now: string;
  actor: string;
  typeId: number;
  teamId: number;
  childIds: readonly number[];
  people: readonly { id: number; role: Role; team: number | null; name: string }[];
}

/** The Thursday before today: a panel that has been and gone. */
function lastThursday(today: IsoDate): IsoDate {
  const back = ((weekdayIndex(today) - 3 + 7) % 7) || 7;
  return plusDays(today, -back);
}

export async function addDemoHeldPanel(db: Db, input: DemoPanelInput): Promise<{ meetingId: number; startedAt: string }> {
  const date = lastThursday(input.today);
  const at = (time: string) => `${date}T${time}:00.000Z`;
  const personFor = (role: Role) => input.people.find((p) => p.role === role && (p.team === null || p.team === input.teamId)) ?? input.people.find((p) => p.role === role);
  const chair = personFor('chair');
  const meetingId = await addMeeting(db, {
    type_id: input.typeId,
    series_id: null,
    occurrence_key: null,
    date,
    start_time: '10:00',
    end_time: '12:30',
    venue: 'Civic Centre, Committee Room 2',
    chair_id: chair?.id ?? null,
    team_id: input.teamId,
    status: 'approved',
    started_at: at('10:02'),
    closed_at: at('11:05'),
    approved_by: chair?.name ?? 'The chair',
    approved_on: plusDays(date, 1) <= input.today ? plusDays(date, 1) : date,
    approved_at: input.now,
    created_at: input.now,
    updated_at: input.now,
  });

  const attendees = ATTENDING.flatMap((role) => {
    const p = personFor(role);
    return p ? [p] : [];
  });
  await addAttendees(
    db,
    attendees.map((p, i) => ({
      meeting_id: meetingId,
      person_id: p.id,
      name: p.name,
      role: p.role,
      organisation: null,
      status: p.role === 'legal_adviser' ? 'apologies' : 'present',
      declaration: null,
      minute_taker: p.role === 'business_support' ? 1 : 0,
      core: 1,
      position: i + 1,
      updated_at: input.now,
    })),
  );

  for (const [i, spec] of ITEMS.entries()) {
    const childId = input.childIds[i];
    if (childId === undefined) break;
    const child = await presentingFactsOf(db, childId);
    const itemId = await addItemForChild(
      db,
      { meeting_id: meetingId, position: i + 1, presenter_id: child.social_worker_id, slot_minutes: 15, reason: 'Permanence review', source: 'proposed', due_rule: null, lgp_reason: null, papers: null, seconds_spent: 14 * 60 + i * 90, created_at: input.now, updated_at: input.now },
      childId,
    );
    const name = child.first_name;
    for (const [field, text] of [
      ['discussion', spec.discussion],
      ['childViews', spec.childViews],
      ['decisions', spec.decisions],
    ] as const) {
      const value = text.replaceAll('{name}', name);
      await addMinuteField(db, { item_id: itemId, field, value, search_text: value, updated_at: input.now });
    }
    // Back in four weeks while red (Walsall's rule), otherwise at the panel's usual twelve.
    const nextReview = { itemId, field: 'nextReview', value: plusDays(date, spec.rating === 'red' ? 28 : 84) } as const;
    await addMinuteField(db, { item_id: itemId, field: nextReview.field, value: minuteValue.encode(nextReview.field, nextReview.value), search_text: searchTextOf(nextReview), updated_at: input.now });
    await addItemRating(db, { item_id: itemId, child_id: childId, rating: spec.rating, reason: spec.reason, updated_at: input.now });
    await addRating(db, { child_id: childId, rating: spec.rating, reason: spec.reason, rated_on: date, source: 'meeting', meeting_id: meetingId, recorded_at: input.now, recorded_by: input.actor });
    await addChildMeeting(db, { child_id: childId, kind: 'pp', held_on: date, source: 'meeting', meeting_id: meetingId });
    for (const [k, a] of spec.actions.entries()) {
      const owner = a.role === 'social_worker' ? input.people.find((p) => p.id === child.social_worker_id) : a.role ? personFor(a.role) : undefined;
      const actionId = await addAction(
        db,
        {
          meeting_id: meetingId,
          item_id: itemId,
          text: a.text,
          owner_id: owner?.id ?? null,
          owner_name: owner?.name ?? a.owner ?? 'Social worker',
          // Never due before the meeting that agreed it, whatever day of the week the demo is loaded.
          due_on: plusDays(input.today, a.dueInDays) > date ? plusDays(input.today, a.dueInDays) : plusDays(date, 1),
          position: k + 1,
          created_at: at('10:30'),
          created_by: input.actor,
          updated_at: input.now,
        },
        childId,
        { at: at('10:30'), by: input.actor },
      );
      if (a.progress) {
        // The coordinator has followed it up since: on track, but not yet making the difference it is meant to.
        await addActionProgress(db, actionId, a.progress, input.now, input.actor);
      }
    }
  }
  return { meetingId, startedAt: at('10:02') };
}
