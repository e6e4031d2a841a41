import { z } from 'zod';
import { ATTENDANCE, FAMILY_FINDING, LGP_ASSESSMENT, MEETING_STATUS } from '../domain/minutes-vocabulary';
import { LEGAL_ORDER_SOUGHT, LEGAL_STATUS, LGP_DECISION, MEETING_KIND, PERMANENCE_OPTION, RAG } from '../domain/vocabulary';
import { MINUTE_TEXT_MAX, TEXT_FIELDS } from '../minutes/fields';
import { SMART_COLUMNS, SMART_ROW_KEY_MAX, type SmartColumnKey } from '../minutes/smart-plan';
import { ROLES } from '../roles';
import { meetingDetail, papers } from './agenda';
import { actionRow, earlierAction } from './actions';
import { hasControlCharacters, id, isoDate, nameField, optionalId, optionalText, rowVersion, storedIsoDate } from './common';

/** Typed text as it is: not trimmed (a save mid-word must keep the trailing space), tabs and newlines allowed. */
const minuteText = z.string({ error: 'Minutes must be text.' }).max(MINUTE_TEXT_MAX, `Keep one field of the minutes to ${MINUTE_TEXT_MAX.toLocaleString('en-GB')} characters or fewer.`);
const shortText = (max: number) => z.string().max(max, `Keep this to ${max} characters or fewer.`);
const permanenceOption = z.enum(PERMANENCE_OPTION.values, { error: 'Choose a permanence option from the list.' });

export const assessmentRow = z.strictObject({
  kind: z.enum(LGP_ASSESSMENT.values, { error: 'Choose the assessment from the list.' }),
  detail: shortText(500),
  /** The timescale: the date it is due by. */
  dueOn: isoDate.nullable(),
});
export const keyDateRow = z.strictObject({ what: shortText(200), date: isoDate.nullable() });
/**
 * A row of the Newham SMART plan table: every cell is free text ("Within 6 weeks by 14th February").
 * The key, given when the row is made, ties a tracked action to its row; rows saved before keys existed have none.
 */
export const smartRow = z.strictObject({
  key: z.string().min(1).max(SMART_ROW_KEY_MAX).regex(/^[A-Za-z0-9_-]+$/, 'A row key is letters, numbers, - and _ only.').optional(),
  ...(Object.fromEntries(SMART_COLUMNS.map((c) => [c.key, shortText(c.max)])) as Record<SmartColumnKey, z.ZodString>),
});
/** The early family finding decision for adoption and for permanent fostering, each made separately (or not yet recorded). */
const familyFindingDecision = z.enum(FAMILY_FINDING.values, { error: 'Choose a family finding decision from the list.' }).nullable();
export const familyFinding = z.strictObject({ adoption: familyFindingDecision, fostering: familyFindingDecision });
export const permanenceOptions = z
  .strictObject({ primary: permanenceOption.nullable(), parallel: z.array(permanenceOption).max(3) })
  .refine((v) => v.primary === null || !v.parallel.includes(v.primary), { path: ['parallel'], message: 'A parallel plan cannot also be the primary plan.' })
  .refine((v) => new Set(v.parallel).size === v.parallel.length, { path: ['parallel'], message: 'Each parallel plan can be listed once.' });

/** Each structured field's value; every one can be null (not recorded yet). */
/**
 * Every save names its item and the field's version it was based on (0: never saved), so a save over
 * someone else's is refused as a conflict. A save without one is refused: it could overwrite unseen.
 */
const saved = { itemId: id, version: rowVersion };

const structuredSaves = [
  z.strictObject({ ...saved, field: z.literal('nextReview'), value: isoDate.nullable() }),
  z.strictObject({ ...saved, field: z.literal('papersProvided'), value: papers.nullable() }),
  z.strictObject({ ...saved, field: z.literal('lgpDecision'), value: z.enum(LGP_DECISION.values, { error: 'Choose the decision from the list.' }).nullable() }),
  z.strictObject({ ...saved, field: z.literal('assessments'), value: z.array(assessmentRow).max(30).nullable() }),
  z.strictObject({ ...saved, field: z.literal('planRatified'), value: z.boolean().nullable() }),
  /** `confirm`: the person has been told adoption is not among the child's options and records the notification anyway. */
  z.strictObject({ ...saved, field: z.literal('raaStage1'), value: z.boolean().nullable(), confirm: z.literal(true).optional() }),
  z.strictObject({ ...saved, field: z.literal('permanenceOptions'), value: permanenceOptions.nullable() }),
  z.strictObject({ ...saved, field: z.literal('legalOrderSought'), value: z.enum(LEGAL_ORDER_SOUGHT.values, { error: 'Choose the legal order sought from the list.' }).nullable() }),
  z.strictObject({ ...saved, field: z.literal('parentsInvited'), value: z.boolean().nullable() }),
  z.strictObject({ ...saved, field: z.literal('familyFinding'), value: familyFinding.nullable() }),
  z.strictObject({ ...saved, field: z.literal('keyDates'), value: z.array(keyDateRow).max(50).nullable() }),
  z.strictObject({
    ...saved,
    field: z.literal('smartPlan'),
    value: z
      .array(smartRow)
      .max(50)
      .refine((rows) => new Set(rows.flatMap((r) => (r.key ? [r.key] : []))).size === rows.filter((r) => r.key).length, 'Two rows of the plan have the same key.')
      .nullable(),
  }),
  z.strictObject({ ...saved, field: z.literal('nextMeetingDate'), value: isoDate.nullable() }),
  /** The panel ran out of time: the child was not discussed, so the meeting does not count as their review. */
  z.strictObject({ ...saved, field: z.literal('notReached'), value: z.boolean().nullable() }),
] as const;

/** One field of one item, saved as it is typed. */
export const minuteSaveInput = z.discriminatedUnion('field', [z.strictObject({ ...saved, field: z.enum(TEXT_FIELDS), value: minuteText }), ...structuredSaves], {
  error: 'That is not a field of the minutes.',
});
export type MinuteSaveInput = z.infer<typeof minuteSaveInput>;

/** Each field's value as stored and read back (null: cleared). Text fields are the text as typed. */
export const minuteValueSchemas = {
  ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, z.string()])) as Record<(typeof TEXT_FIELDS)[number], z.ZodString>),
  nextReview: storedIsoDate.nullable(),
  papersProvided: papers.nullable(),
  lgpDecision: z.enum(LGP_DECISION.values).nullable(),
  assessments: z.array(assessmentRow).nullable(),
  planRatified: z.boolean().nullable(),
  raaStage1: z.boolean().nullable(),
  permanenceOptions: z.object({ primary: permanenceOption.nullable(), parallel: z.array(permanenceOption) }).nullable(),
  legalOrderSought: z.enum(LEGAL_ORDER_SOUGHT.values).nullable(),
  parentsInvited: z.boolean().nullable(),
  familyFinding: familyFinding.nullable(),
  keyDates: z.array(keyDateRow).nullable(),
  smartPlan: z.array(smartRow).nullable(),
  nextMeetingDate: storedIsoDate.nullable(),
  notReached: z.boolean().nullable(),
};

/** Every field's value as the screen holds it: absent means never typed. */
export const minuteValues = z.object(
  Object.fromEntries(Object.entries(minuteValueSchemas).map(([field, schema]) => [field, schema.optional()])),
) as z.ZodType<MinuteValues>;
export type MinuteValues = {
  [K in (typeof TEXT_FIELDS)[number]]?: string;
} & {
  nextReview?: string | null;
  papersProvided?: z.infer<typeof papers> | null;
  lgpDecision?: (typeof LGP_DECISION.values)[number] | null;
  assessments?: z.infer<typeof assessmentRow>[] | null;
  planRatified?: boolean | null;
  raaStage1?: boolean | null;
  permanenceOptions?: { primary: (typeof PERMANENCE_OPTION.values)[number] | null; parallel: (typeof PERMANENCE_OPTION.values)[number][] } | null;
  legalOrderSought?: (typeof LEGAL_ORDER_SOUGHT.values)[number] | null;
  parentsInvited?: boolean | null;
  familyFinding?: z.infer<typeof familyFinding> | null;
  keyDates?: z.infer<typeof keyDateRow>[] | null;
  smartPlan?: z.infer<typeof smartRow>[] | null;
  nextMeetingDate?: string | null;
  notReached?: boolean | null;
};

/** A RAG rating in the making: the rating and its reason are saved as they are chosen and typed; closing the meeting needs both. */
export const minuteRateInput = z.strictObject({
  itemId: id,
  childId: id,
  rating: z.enum(RAG.values, { error: 'Choose red, amber or green.' }).nullable(),
  reason: z.string().max(2000, 'Keep the reason to 2,000 characters or fewer.'),
});

/**
 * A save's answer. `heldOnThisLaptop`: the team store could not be reached, so the save is kept
 * in this laptop's outbox (durably) and will be sent when it can; it is not shared yet.
 */
export const savedAck = z.object({ savedAt: z.string(), heldOnThisLaptop: z.literal(true).optional() });
/** A field's save answers its version now, the one the next save is based on (absent while the save is held on this laptop: the team store has not seen it yet). */
export const minuteSavedAck = savedAck.extend({ version: z.number().int().min(0).optional() });

export const meetingState = z.object({
  status: z.enum(MEETING_STATUS.values),
  startedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedOn: storedIsoDate.nullable(),
  lockedAt: z.string().nullable(),
  currentItemId: id.nullable(),
  /** When the current item was opened in the room: its running time is counted from here. */
  currentSince: z.string().nullable(),
});
export type MeetingState = z.infer<typeof meetingState>;

export const attendee = z.object({
  id,
  personId: id.nullable(),
  name: z.string(),
  role: z.string(),
  organisation: z.string().nullable(),
  status: z.enum(ATTENDANCE.values),
  declaration: z.string().nullable(),
  minuteTaker: z.boolean(),
  /** Pre-filled as a core member of this type of meeting. */
  core: z.boolean(),
});
export type Attendee = z.infer<typeof attendee>;

/** What the panel needs at a glance about a child before discussing them. */
export const childGlance = z.object({
  childId: id,
  /** For what the record asks about by age (transition to adulthood from 17). */
  dateOfBirth: storedIsoDate.nullable(),
  legalStatus: z.enum(LEGAL_STATUS.values),
  dateEnteredCare: storedIsoDate.nullable(),
  plan: z.object({ primary: permanenceOption.nullable(), parallel: z.array(permanenceOption) }).nullable(),
  keyDates: z.array(z.object({ type: z.string(), date: storedIsoDate, label: z.string().nullable() })),
  week26Date: storedIsoDate.nullable(),
  lastRag: z.object({ rating: z.enum(RAG.values), reason: z.string(), ratedOn: storedIsoDate }).nullable(),
  lastDiscussed: z.object({ kind: z.enum(MEETING_KIND.values), date: storedIsoDate }).nullable(),
});
export type ChildGlance = z.infer<typeof childGlance>;

export const itemRating = z.object({ childId: id, rating: z.enum(RAG.values).nullable(), reason: z.string() });

export const minuteItem = z.object({
  itemId: id,
  glance: z.array(childGlance),
  values: minuteValues,
  /** Each saved field's version (a field not there has never been saved: version 0). */
  versions: z.record(z.string(), z.number().int().min(1)),
  ratings: z.array(itemRating),
  /** Actions agreed at this item. */
  actions: z.array(actionRow),
  /** Actions from earlier meetings still open for these children, with this meeting's review of each. */
  earlierActions: z.array(earlierAction),
  /** Time spent on the item in the room so far, not counting the running spell if it is the current item. */
  secondsSpent: z.number().int(),
  /** The review engine's next date for these children after this meeting. */
  suggestedReview: storedIsoDate.nullable(),
  /** A new action's due date unless the minute-taker changes it. */
  defaultActionDueOn: storedIsoDate,
});
export type MinuteItem = z.infer<typeof minuteItem>;

export const amendment = z.object({ id, itemId: id.nullable(), text: z.string(), madeOn: storedIsoDate, madeBy: z.string(), at: z.string() });
export type Amendment = z.infer<typeof amendment>;

export const minutesDetail = z.object({
  agenda: meetingDetail,
  state: meetingState,
  attendance: z.array(attendee),
  items: z.array(minuteItem),
  amendments: z.array(amendment),
  /** The core's clock, so elapsed times on screen agree with what is stored. */
  now: z.string(),
});
export type MinutesDetail = z.infer<typeof minutesDetail>;

export const approveInput = z.strictObject({
  id,
  approvedBy: nameField('the name of the chair approving the minutes'),
  approvedOn: isoDate,
});

export const amendInput = z.strictObject({
  meetingId: id,
  itemId: optionalId,
  text: z.string().trim().min(3, 'Write the correction.').max(5000, 'Keep an amendment to 5,000 characters or fewer.'),
});

export const setCurrentItemInput = z.strictObject({ meetingId: id, itemId: id.nullable() });

const role = z.enum(ROLES, { error: 'Choose a role from the list.' });
const attendanceStatus = z.enum(ATTENDANCE.values, { error: 'Choose present, apologies or absent.' });
const declaration = z
  .union([z.null(), z.string().max(2000, 'Keep a declaration to 2,000 characters or fewer.')])
  .optional()
  .transform((v) => (v && v.trim() ? v : null));

/** Someone from the people list, or a visitor typed in on the day. */
export const attendanceAddInput = z
  .strictObject({
    meetingId: id,
    personId: optionalId,
    name: optionalText(120, 'the name'),
    role,
    organisation: optionalText(120, 'the organisation'),
    status: attendanceStatus.optional().transform((v) => v ?? 'present'),
  })
  .refine((v) => v.personId !== null || v.name !== null, { path: ['name'], message: 'Enter the name, or choose someone from the list.' })
  .refine((v) => v.name === null || !hasControlCharacters(v.name), { path: ['name'], message: 'A name cannot contain control characters.' });

export const attendanceUpdateInput = z.strictObject({
  id,
  personId: optionalId,
  name: optionalText(120, 'the name'),
  role,
  organisation: optionalText(120, 'the organisation'),
  status: attendanceStatus,
  declaration,
});

export const minuteTakerInput = z.strictObject({ meetingId: id, attendeeId: optionalId });

export const lgpChange = z.object({ childId: id, childName: z.string(), changes: z.array(z.string()) });

/**
 * What a Care Planning Meeting's agreed plan would change on each child's plan, for the
 * person to confirm. The token is what the changes were worked out from: confirming
 * sends it back, and a meeting or plan that changed meanwhile is refused.
 */
export const cpmPlanPreview = z.object({ children: z.array(lgpChange), token: z.string() });
export const cpmPlanApplyInput = z.strictObject({ itemId: id, token: z.string().max(4000) });

/** Starting a meeting booked for a later day needs the person to confirm it is being held today. */
export const startMeetingInput = z.strictObject({ id, moveToToday: z.boolean().optional().transform((v) => v ?? false) });
export const lgpPreview = z.object({ decision: z.enum(LGP_DECISION.values).nullable(), children: z.array(lgpChange) });

export const searchInput = z.strictObject({
  query: z.string().trim().min(2, 'Type at least two letters to search.').max(200, 'Keep a search to 200 characters or fewer.'),
  limit: z.number().int().min(1).max(100).optional().transform((v) => v ?? 50),
});
export const searchHit = z.object({
  meetingId: id,
  itemId: id,
  date: storedIsoDate,
  typeName: z.string(),
  children: z.array(z.object({ id, caseRef: z.string(), firstName: z.string(), lastName: z.string() })),
  /** Where the words were found, or null when the match was the child's name or reference. */
  field: z.string().nullable(),
  /** A short piece of the text around the match; the matched words are between the markers. */
  snippet: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHit>;
/** The markers that wrap matched words in a snippet (characters no one types), so the screen can highlight them safely. */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';
