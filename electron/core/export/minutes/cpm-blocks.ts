import { yearsOld } from '../../../../shared/domain/age';
import { formatUkDate } from '../../../../shared/domain/dates';
import { FAMILY_FINDING, FAMILY_FINDING_FOR } from '../../../../shared/domain/minutes-vocabulary';
import { LEGAL_ORDER_SOUGHT, PERMANENCE_OPTION } from '../../../../shared/domain/vocabulary';
import { CPM_GROUPS, CPM_NEEDS_FIELDS, fieldLabel, TRANSITION_AGE } from '../../../../shared/minutes/fields';
import { SMART_COLUMNS } from '../../../../shared/minutes/smart-plan';
import type { MinuteItem, MinuteValues } from '../../../../shared/schemas/minutes';
import { earlierActions, type ItemSource, newActions, ratings, text } from './block-parts';
import { type RecordKeyDate, recordKeyDates, sameEvent } from './child-details';
import type { DocBlock } from './model';
import { yesNo } from './plan-words';

const group = (g: keyof typeof CPM_GROUPS): DocBlock => ({ kind: 'group', text: CPM_GROUPS[g].heading });

/** Which option is primary and which run in parallel, each on its own line: the primary plan is always named as such. */
function options(v: MinuteValues): DocBlock {
  const o = v.permanenceOptions ?? null;
  const parallel = (o?.parallel ?? []).map((p) => PERMANENCE_OPTION.labels[p]).join(', ');
  return {
    kind: 'facts',
    label: 'Permanence options',
    lines: [
      { label: 'Primary plan', value: o?.primary ? PERMANENCE_OPTION.labels[o.primary] : 'Not agreed' },
      { label: 'Parallel plans', value: parallel || 'None' },
    ],
  };
}

/** Walsall: court permission for early family finding considered for adoption and for permanent fostering, separately. */
function familyFinding(v: MinuteValues): DocBlock[] {
  const decided = v.familyFinding ?? null;
  return [
    {
      kind: 'facts',
      label: 'Early family finding',
      lines: FAMILY_FINDING_FOR.values.map((f) => {
        const d = decided?.[f] ?? null;
        return { label: FAMILY_FINDING_FOR.labels[f], value: d ? FAMILY_FINDING.labels[d] : 'Not recorded' };
      }),
    },
    ...text(v, 'familyFindingReasons', false, 'Reasons and next steps'),
  ];
}

/**
 * The key dates typed at the meeting beside those already on each child's record, in date
 * order, each saying where it comes from. A date typed that is already on the record is
 * listed once, as typed.
 */
function keyDates(source: ItemSource): DocBlock {
  const typed = source.item.values.keyDates ?? [];
  const several = source.records.size > 1;
  const fromRecord = new Map<string, RecordKeyDate & { whose: string[] }>();
  for (const [childId, record] of source.records) {
    for (const k of recordKeyDates(record, source.meetingDate)) {
      if (typed.some((t) => sameEvent(k, t))) continue;
      const key = `${k.date}|${k.what}`;
      const entry = fromRecord.get(key) ?? { ...k, whose: [] };
      entry.whose.push(source.names.get(childId) ?? `${record.firstName} ${record.lastName}`);
      fromRecord.set(key, entry);
    }
  }
  const recordSource = (whose: string[]) => (several && whose.length < source.records.size ? `The record of ${whose.join(' and ')}` : 'The child’s record');
  const rows = [
    ...[...fromRecord.values()].map((k) => ({ what: k.what, date: k.date as string | null, from: recordSource(k.whose), order: 0 })),
    ...typed.map((k) => ({ what: k.what, date: k.date, from: 'This meeting', order: 1 })),
  ].sort((a, b) => (a.date === b.date ? a.order - b.order : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1));
  return {
    kind: 'table',
    label: 'Key dates',
    columns: [
      { heading: 'What', weight: 56 },
      { heading: 'Date', weight: 16 },
      { heading: 'From', weight: 28 },
    ],
    rows: rows.map((r) => [r.what, r.date ? formatUkDate(r.date) : 'To be set', r.from]),
    empty: 'No key dates on the record or recorded at this meeting.',
  };
}

/** Dorset: transition planning for rising 18s starts early; asked about from 17. */
function transition(source: ItemSource): DocBlock[] {
  const due = [...source.records.values()].some((r) => r.dateOfBirth !== null && !r.isUnborn && (yearsOld(r.dateOfBirth, source.meetingDate) ?? 0) >= TRANSITION_AGE);
  return text(source.item.values, 'transition', due);
}

/** The parents' invitation in a part of its own: whether they were invited and, if not, why and how they will be told. */
function parents(v: MinuteValues): DocBlock[] {
  const invited = v.parentsInvited ?? null;
  return [
    group('parents'),
    { kind: 'facts', lines: [{ label: 'Parents invited', value: yesNo(invited) }] },
    ...text(v, 'parentsNotInvitedWhy', invited === false),
    ...text(v, 'parentsToldHow', invited === false),
  ];
}

/** The plan written SMART, in Newham's columns; a row whose action is tracked says so in its Actions cell. */
function smartPlan(item: MinuteItem): DocBlock {
  return {
    kind: 'table',
    label: fieldLabel('smartPlan'),
    columns: SMART_COLUMNS.map((c) => ({ heading: c.heading, weight: c.weight })),
    rows: (item.values.smartPlan ?? []).map((r) =>
      SMART_COLUMNS.map((c) => {
        const tracked = c.key === 'actions' && r.key ? item.actions.filter((a) => a.planRow === r.key) : [];
        if (tracked.length === 0) return r[c.key];
        return { text: r.actions, note: tracked.map((a) => `Tracked as an action: ${a.ownerName}, due ${formatUkDate(a.dueOn)}`).join('\n') };
      }),
    ),
    empty: 'No plan rows recorded.',
    keepTogether: true,
  };
}

/** The Care Planning Meeting Record's sections in the record's own order (Dorset), every one printed. */
export function carePlanningBlocks(source: ItemSource): DocBlock[] {
  const v = source.item.values;
  const nextDate = v.nextMeetingDate ?? null;
  return [
    group('needs'),
    ...CPM_NEEDS_FIELDS.flatMap((f) => text(v, f, true)),
    group('meeting'),
    options(v),
    ...text(v, 'optionsDiscussion', true),
    ...familyFinding(v),
    ...transition(source),
    keyDates(source),
    ...parents(v),
    group('views'),
    ...text(v, 'viewsChild', true),
    ...text(v, 'viewsParents', v.parentsInvited !== false),
    ...text(v, 'viewsIro', true),
    group('plan'),
    ...text(v, 'planForPermanence', true),
    { kind: 'facts', lines: [{ label: 'Legal order sought', value: v.legalOrderSought ? LEGAL_ORDER_SOUGHT.labels[v.legalOrderSought] : 'Not recorded' }] },
    ...text(v, 'conclusion', true),
    ...text(v, 'contingency', true),
    smartPlan(source.item),
    newActions(source.item),
    earlierActions(source.item),
    ratings(source),
    group('next'),
    { kind: 'facts', lines: [{ label: 'Next meeting', value: nextDate ? formatUkDate(nextDate) : 'Not booked' }] },
    ...text(v, 'nextMeetingReason', nextDate === null),
  ];
}
