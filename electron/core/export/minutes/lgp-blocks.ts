import { formatUkDate } from '../../../../shared/domain/dates';
import { LGP_ASSESSMENT } from '../../../../shared/domain/minutes-vocabulary';
import { LEGAL_STATUS, LGP_DECISION, LGP_PAPER, type LgpDecision, PAPER_STATE } from '../../../../shared/domain/vocabulary';
import { formFieldLabel } from '../../../../shared/minutes/fields';
import { LEGAL_STATUS_SET_BY } from '../../../../shared/minutes/lgp-outcome';
import { milestonesAfterIssueDecision } from '../../../../shared/review/after-issue';
import type { Papers } from '../../../../shared/schemas/agenda';
import type { MinuteValues } from '../../../../shared/schemas/minutes';
import type { RecordDetails } from '../../../../shared/schemas/record-details';
import { earlierActions, type ItemSource, newActions, nextReview, ratings, text } from './block-parts';
import type { DocBlock } from './model';
import { hasPlan, includesAdoption, planWords, yesNo } from './plan-words';
import type { DetailLine } from '../docx/text';

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

/** Each child's line, named when the item is about several (a sibling group). */
function perChild(source: ItemSource, label: string, value: (r: RecordDetails) => string): DetailLine[] {
  const several = source.records.size > 1;
  return [...source.records].map(([childId, r]) => ({ label: several ? `${label} (${source.names.get(childId) ?? r.firstName})` : label, value: value(r) }));
}

/** What the child's legal status becomes by this decision: only pre-proceedings sets one; an order comes from the court. */
export function statusFromDecision(atPanel: RecordDetails['legalStatus'], decision: LgpDecision | null): string | null {
  if (decision === null) return null;
  const set = LEGAL_STATUS_SET_BY[decision];
  if (set && set !== atPanel) return LEGAL_STATUS.labels[set];
  return decision === 'issue_proceedings' ? 'unchanged until the court makes an order' : 'unchanged';
}

/** The decision, and the legal status at the panel beside what the decision makes it, so neither is mistaken for the other. */
function decisionFacts(source: ItemSource, decision: LgpDecision | null): DocBlock {
  return {
    kind: 'facts',
    lines: [
      { label: 'Decision', value: decision ? LGP_DECISION.labels[decision] : 'Not recorded' },
      ...perChild(source, 'Legal status', (r) => {
        const after = statusFromDecision(r.legalStatus, decision);
        return `${LEGAL_STATUS.labels[r.legalStatus]} at the panel${after ? `; ${after} from this decision` : ''}`;
      }),
    ],
  };
}

/** The plan the panel ratified: the one recorded at the panel, or else each child's on their record, written out beside the answer. */
function initialPlan(source: ItemSource): DocBlock {
  const v = source.item.values;
  const recorded = hasPlan(v.permanenceOptions) ? v.permanenceOptions : null;
  const planLines: DetailLine[] = recorded
    ? [{ label: 'Plan', value: planWords(recorded) }]
    : perChild(source, 'Plan', (r) => (hasPlan(r.plan) ? `${planWords(r.plan)} (as on the child’s record)` : 'Not recorded'));
  const adoption = recorded ? includesAdoption(recorded) : [...source.records.values()].some((r) => includesAdoption(r.plan));
  const raa = v.raaStage1 === true && !adoption ? 'Yes (adoption is not among the options recorded; the panel confirmed it)' : yesNo(v.raaStage1);
  return {
    kind: 'facts',
    label: formFieldLabel('lgp', 'permanenceOptions'),
    lines: [...planLines, { label: 'Ratified at this panel', value: yesNo(v.planRatified) }, { label: 'RAA Stage 1 notification', value: raa }],
  };
}

/** After a decision to issue: the Permanence Panels the team manager attends and week 26, counted from the decision with the council's rules. */
function afterIssue(source: ItemSource): DocBlock {
  const m = milestonesAfterIssueDecision(source.meetingDate, source.reviewSettings);
  const set = source.item.values.nextReview;
  return {
    kind: 'facts',
    label: 'After the decision to issue',
    lines: [
      ...m.panels.map((p) => ({ label: `${p.weeks}-week Permanence Panel`, value: `due by ${formatUkDate(p.date)}` })),
      { label: `Week ${m.week26Weeks}`, value: `${formatUkDate(m.week26)} if the court issues proceedings on ${formatUkDate(source.meetingDate)}; it runs from the day they are issued` },
      ...(set ? [{ label: 'Next review', value: formatUkDate(set) }] : []),
    ],
  };
}

export function legalGatewayBlocks(source: ItemSource): DocBlock[] {
  const v = source.item.values;
  const decision = v.lgpDecision ?? null;
  return [
    papersTable(v, source.bookedPapers),
    { kind: 'facts', lines: perChild(source, 'Permanence plan at the panel', (r) => planWords(r.plan)) },
    ...text(v, 'discussion', false),
    decisionFacts(source, decision),
    ...text(v, 'lgpOther', decision === 'other'),
    ...text(v, 'lgpReasons', true),
    ...text(v, 'lgpPlanAfter', decision === 'threshold_not_met'),
    assessments(v),
    initialPlan(source),
    ...text(v, 'dissent', false),
    ratings(source),
    earlierActions(source.item),
    newActions(source.item),
    decision === 'issue_proceedings' ? afterIssue(source) : nextReview(v),
  ];
}
