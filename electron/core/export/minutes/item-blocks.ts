import { formatUkDate } from '../../../../shared/domain/dates';
import { ACTION_REVIEW, LGP_ASSESSMENT } from '../../../../shared/domain/minutes-vocabulary';
import { LEGAL_ORDER_SOUGHT, LEGAL_STATUS, LGP_DECISION, LGP_PAPER, type MeetingForm, PAPER_STATE, PERMANENCE_OPTION } from '../../../../shared/domain/vocabulary';
import { CPM_NEEDS_FIELDS, fieldLabel, type TextField } from '../../../../shared/minutes/fields';
import type { EarlierAction } from '../../../../shared/schemas/actions';
import type { Papers } from '../../../../shared/schemas/agenda';
import type { ChildGlance, MinuteItem, MinuteValues } from '../../../../shared/schemas/minutes';
import type { DocBlock } from './model';

/** Printed in a section the record always has, so a reader knows it was considered and left empty, not lost. */
export const NOT_RECORDED = 'Nothing recorded.';

export interface ItemSource {
  form: MeetingForm;
  item: MinuteItem;
  /** Each child's name by id, for the ratings table. */
  names: ReadonlyMap<number, string>;
  /** The papers as booked: what the minutes show when the minute-taker never changed them. */
  bookedPapers: Papers | null;
}

const yesNo = (v: boolean | null | undefined) => (v === true ? 'Yes' : v === false ? 'No' : 'Not recorded');

function text(values: MinuteValues, field: TextField, always: boolean): DocBlock[] {
  const value = (values[field] ?? '').trim();
  if (!value && !always) return [];
  return [{ kind: 'text', label: fieldLabel(field), text: value || NOT_RECORDED }];
}

const planWords = (plan: { primary: string | null; parallel: readonly string[] } | null | undefined) => {
  if (!plan || (!plan.primary && plan.parallel.length === 0)) return 'Not recorded';
  const primary = plan.primary ? PERMANENCE_OPTION.labels[plan.primary as keyof typeof PERMANENCE_OPTION.labels] : 'not decided';
  const parallel = plan.parallel.map((p) => PERMANENCE_OPTION.labels[p as keyof typeof PERMANENCE_OPTION.labels]).join(', ');
  return parallel ? `${primary}; parallel: ${parallel}` : primary;
};

/** An earlier action's outcome at this meeting, in words that stand on their own in a case record. */
export function reviewWords(action: EarlierAction): string {
  const review = action.review;
  if (!review) return 'Not reviewed at this meeting';
  const note = review.note.trim();
  const base = review.outcome === 'carried' && review.newDueOn ? `Carried forward, now due ${formatUkDate(review.newDueOn)}` : ACTION_REVIEW.labels[review.outcome];
  return note ? `${base}: ${note}` : base;
}

function earlierActions(item: MinuteItem): DocBlock {
  return {
    kind: 'table',
    label: 'Previous actions and their outcomes',
    columns: [
      { heading: 'Action', weight: 36 },
      { heading: 'Owner', weight: 17 },
      { heading: 'Due', weight: 15 },
      { heading: 'Outcome', weight: 32 },
    ],
    rows: item.earlierActions.map((a) => [a.text, a.ownerName, formatUkDate(a.review?.dueBefore ?? a.dueOn), reviewWords(a)]),
    empty: 'No earlier actions were open.',
  };
}

function newActions(item: MinuteItem): DocBlock {
  return {
    kind: 'table',
    label: 'Actions agreed',
    columns: [
      { heading: 'Action', weight: 60 },
      { heading: 'Owner', weight: 25 },
      { heading: 'Due', weight: 15 },
    ],
    rows: item.actions.map((a) => [a.text, a.ownerName, formatUkDate(a.dueOn)]),
    empty: 'No new actions.',
  };
}

function ratings(source: ItemSource): DocBlock {
  return {
    kind: 'ratings',
    ratings: source.item.ratings.map((r) => ({ child: source.names.get(r.childId) ?? '', rating: r.rating, reason: r.reason.trim() })),
  };
}

const nextReview = (values: MinuteValues): DocBlock => ({
  kind: 'facts',
  lines: [{ label: 'Next review', value: values.nextReview ? formatUkDate(values.nextReview) : 'Not set at this meeting' }],
});

function papersTable(values: MinuteValues, booked: Papers | null): DocBlock {
  const papers = values.papersProvided ?? booked;
  return {
    kind: 'table',
    label: 'Papers provided',
    columns: [
      { heading: 'Paper', weight: 65 },
      { heading: 'State', weight: 35 },
    ],
    rows: papers ? LGP_PAPER.values.map((p) => [LGP_PAPER.labels[p], PAPER_STATE.labels[papers[p]]]) : [],
    empty: 'Not recorded.',
  };
}

function assessments(values: MinuteValues): DocBlock {
  return {
    kind: 'table',
    label: 'Assessments agreed, with timescales',
    columns: [
      { heading: 'Assessment', weight: 40 },
      { heading: 'Detail', weight: 42 },
      { heading: 'Due by', weight: 18 },
    ],
    rows: (values.assessments ?? []).map((a) => [LGP_ASSESSMENT.labels[a.kind], a.detail, a.dueOn ? formatUkDate(a.dueOn) : 'No date set']),
    empty: 'No assessments agreed.',
  };
}

function glanceFacts(glance: readonly ChildGlance[], names: ReadonlyMap<number, string>): DocBlock {
  const several = glance.length > 1;
  return {
    kind: 'facts',
    lines: glance.flatMap((g) => {
      const who = several ? ` (${names.get(g.childId) ?? ''})` : '';
      return [
        { label: `Legal status${who}`, value: LEGAL_STATUS.labels[g.legalStatus] },
        { label: `Permanence plan${who}`, value: planWords(g.plan) },
      ];
    }),
  };
}

function panelBlocks(source: ItemSource): DocBlock[] {
  const v = source.item.values;
  return [
    ...text(v, 'discussion', true),
    ...text(v, 'childViews', false),
    ...text(v, 'decisions', true),
    ...text(v, 'dissent', false),
    ratings(source),
    earlierActions(source.item),
    newActions(source.item),
    nextReview(v),
  ];
}

function legalGatewayBlocks(source: ItemSource): DocBlock[] {
  const v = source.item.values;
  const decision = v.lgpDecision ?? null;
  return [
    papersTable(v, source.bookedPapers),
    glanceFacts(source.item.glance, source.names),
    ...text(v, 'discussion', false),
    { kind: 'facts', lines: [{ label: 'Decision', value: decision ? LGP_DECISION.labels[decision] : 'Not recorded' }] },
    ...text(v, 'lgpOther', decision === 'other'),
    ...text(v, 'lgpReasons', true),
    ...text(v, 'lgpPlanAfter', decision === 'threshold_not_met'),
    assessments(v),
    {
      kind: 'facts',
      lines: [
        { label: 'Initial permanence plan ratified', value: yesNo(v.planRatified) },
        { label: 'RAA Stage 1 notification needed', value: yesNo(v.raaStage1) },
      ],
    },
    ...text(v, 'dissent', false),
    ratings(source),
    earlierActions(source.item),
    newActions(source.item),
    nextReview(v),
  ];
}

/** The Care Planning Meeting Record's sections in the record's own order (Dorset), every one printed. */
function carePlanningBlocks(source: ItemSource): DocBlock[] {
  const v = source.item.values;
  const invited = v.parentsInvited ?? null;
  const nextDate = v.nextMeetingDate ?? null;
  return [
    { kind: 'group', text: 'The child’s needs' },
    ...CPM_NEEDS_FIELDS.flatMap((f) => text(v, f, true)),
    { kind: 'group', text: 'The meeting' },
    { kind: 'facts', lines: [{ label: 'Permanence options', value: planWords(v.permanenceOptions) }] },
    ...text(v, 'optionsDiscussion', true),
    {
      kind: 'table',
      label: 'Key dates',
      columns: [
        { heading: 'What', weight: 75 },
        { heading: 'Date', weight: 25 },
      ],
      rows: (v.keyDates ?? []).map((k) => [k.what, k.date ? formatUkDate(k.date) : 'To be set']),
      empty: 'No key dates recorded.',
    },
    { kind: 'group', text: 'Views and contributions' },
    ...text(v, 'viewsChild', true),
    { kind: 'facts', lines: [{ label: 'Parents invited', value: yesNo(invited) }] },
    ...text(v, 'viewsParents', invited !== false),
    ...text(v, 'parentsNotInvitedWhy', invited === false),
    ...text(v, 'parentsToldHow', invited === false),
    ...text(v, 'viewsIro', true),
    { kind: 'group', text: 'The plan' },
    ...text(v, 'planForPermanence', true),
    { kind: 'facts', lines: [{ label: 'Legal order sought', value: v.legalOrderSought ? LEGAL_ORDER_SOUGHT.labels[v.legalOrderSought] : 'Not recorded' }] },
    ...text(v, 'conclusion', true),
    ...text(v, 'contingency', true),
    ratings(source),
    {
      kind: 'table',
      label: 'The plan: outcomes, actions and timescales',
      columns: [
        { heading: 'Outcome', weight: 22 },
        { heading: 'How we will know', weight: 22 },
        { heading: 'Actions', weight: 26 },
        { heading: 'By whom', weight: 15 },
        { heading: 'By when', weight: 15 },
      ],
      rows: (v.smartPlan ?? []).map((r) => [r.outcome, r.measure, r.actions, r.byWhom, r.timescale]),
      empty: 'No plan rows recorded.',
    },
    earlierActions(source.item),
    newActions(source.item),
    { kind: 'group', text: 'Next meeting' },
    { kind: 'facts', lines: [{ label: 'Next meeting', value: nextDate ? formatUkDate(nextDate) : 'Not booked' }] },
    ...text(v, 'nextMeetingReason', nextDate === null),
  ];
}

/** An item the panel did not reach says so, and records nothing as decided. */
function notReachedBlocks(source: ItemSource): DocBlock[] {
  return [
    { kind: 'facts', lines: [{ label: 'Not reached', value: 'The panel did not reach this item; it was not discussed and no decision was made.' }] },
    ...text(source.item.values, 'discussion', false),
    earlierActions(source.item),
  ];
}

/** What one item of the minutes prints, in order. */
export function itemBlocks(source: ItemSource): DocBlock[] {
  if (source.item.values.notReached) return notReachedBlocks(source);
  switch (source.form) {
    case 'pp':
      return panelBlocks(source);
    case 'lgp':
      return legalGatewayBlocks(source);
    case 'cpm':
      return carePlanningBlocks(source);
  }
}
