import { z } from 'zod';
import { LGP_BOOKING_REASON, MEETING_FORM, PAPER_STATE } from '../domain/vocabulary';
import { id, isoDate, optionalId, optionalText, rowVersion, storedIsoDate } from './common';
import { clock, isClock } from './clock';
import { MAX_SLOT_MINUTES, parseClock } from '../agenda/slots';
import { slotMinutes } from './meeting-type';

const paperState = z.enum(PAPER_STATE.values, { error: 'Choose the state of each paper.' });
/** Keys are LGP_PAPER's values. */
export const papers = z.strictObject({ genogram: paperState, chronology: paperState, referral: paperState, assessment: paperState });
export type Papers = z.infer<typeof papers>;

export const meetingSummary = z.object({
  id,
  typeId: id,
  typeName: z.string(),
  form: z.enum(MEETING_FORM.values),
  seriesId: id.nullable(),
  seriesName: z.string().nullable(),
  date: storedIsoDate,
  startTime: z.string(),
  endTime: z.string(),
  venue: z.string().nullable(),
  chairId: id.nullable(),
  chairName: z.string().nullable(),
  teamId: id.nullable(),
  teamName: z.string().nullable(),
  status: z.string(),
  itemCount: z.number().int(),
  /** Legal Gateway: when the papers must be in. */
  papersDueOn: storedIsoDate.nullable(),
  /** Moves on with each change of the meeting's details (day, times, venue, chair); an edit sends the version it was based on. */
  version: z.number().int().min(1),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const agendaChild = z.object({
  id,
  caseRef: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  teamName: z.string().nullable(),
  socialWorkerName: z.string().nullable(),
  siblingGroupId: id.nullable(),
});
export type AgendaChild = z.infer<typeof agendaChild>;

export const agendaItem = z.object({
  id,
  position: z.number().int(),
  children: z.array(agendaChild),
  presenterId: id.nullable(),
  presenterName: z.string().nullable(),
  slotMinutes: z.number().int(),
  start: z.string(),
  end: z.string(),
  reason: z.string(),
  source: z.enum(['proposed', 'added', 'booked']),
  /** The review rule that proposed it, if any. */
  dueRule: z.string().nullable(),
  lgpReason: z.enum(LGP_BOOKING_REASON.values).nullable(),
  papers: papers.nullable(),
  /** Siblings of this item's children who are on the agenda in other items: offer to group them. */
  canGroupWith: z.array(id),
  /** Moves on with each change of presenter, length, reason or papers; a change sends the version it was based on. */
  version: z.number().int().min(1),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const agendaSuggestion = z.object({
  childId: id,
  caseRef: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  teamName: z.string().nullable(),
  dueDate: storedIsoDate,
  reason: z.string(),
});
export type AgendaSuggestion = z.infer<typeof agendaSuggestion>;

export const meetingDetail = z.object({
  meeting: meetingSummary,
  items: z.array(agendaItem),
  plan: z.object({ endsAt: z.string(), totalMinutes: z.number().int(), sessionMinutes: z.number().int(), overrunMinutes: z.number().int() }),
  /** Children the review engine says are due for this meeting (before the team's next turn) who are not on the agenda. */
  suggestions: z.array(agendaSuggestion),
  /** Suggestions cover what falls due up to this date. */
  dueBy: storedIsoDate.nullable(),
  defaultSlotMinutes: z.number().int(),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

export const meetingListQuery = z
  .strictObject({ from: isoDate, to: isoDate.optional(), limit: z.number().int().min(1).max(200).optional() })
  .transform((v) => ({ from: v.from, to: v.to ?? null, limit: v.limit ?? 50 }));

export const prepareMeetingInput = z.strictObject({ seriesId: id, key: z.string().regex(/^(p:\d{4}-\d{2}-\d{2}|x:\d+)$/, 'That date is not part of the rota.') });

export const meetingUpdateInput = z
  /** A booking (not a rota date, which moves on the rota) can move to another day before it is held. */
  .strictObject({ id, date: isoDate.optional(), startTime: clock, endTime: clock, venue: optionalText(200, 'the venue'), chairId: optionalId, version: rowVersion })
  .refine((v) => v.endTime > v.startTime, { path: ['endTime'], message: 'The end time must be after the start time.' });

export const agendaAddInput = z.strictObject({
  meetingId: id,
  childId: id,
  reason: optionalText(300, 'the reason'),
  lgpReason: z.enum(LGP_BOOKING_REASON.values, { error: 'Choose why the child is coming to Legal Gateway.' }).nullable().optional().transform((v) => v ?? null),
});

/** Long enough for the reasons of a sibling group joined together. */
export const REASON_MAX = 600;

export const agendaUpdateInput = z.strictObject({
  id,
  presenterId: optionalId,
  slotMinutes,
  reason: optionalText(REASON_MAX, 'the reason'),
  lgpReason: z.enum(LGP_BOOKING_REASON.values, { error: 'Choose why the child is coming to Legal Gateway.' }).nullable().optional().transform((v) => v ?? null),
  papers: papers.nullable().optional().transform((v) => v ?? null),
  /** The item's version the change was based on: a change over someone else's is refused as a conflict. */
  version: rowVersion,
});

/** How far past the session's end the agenda ran on the screen the export was asked from (minutes; none when it fitted). */
export const agendaExportInput = z.strictObject({ id, overrunShown: z.number().int().min(0).max(24 * 60).optional().transform((v) => v ?? 0) });

export const agendaMoveInput = z.strictObject({ id, position: z.number().int().min(1, 'Positions start at 1.').max(500) });

export const cpmQuery = z
  .strictObject({ teamId: optionalId, search: z.string().trim().max(100).optional(), dueBy: isoDate.optional() })
  .optional()
  .transform((v) => ({ teamId: v?.teamId ?? null, search: v?.search ?? '', dueBy: v?.dueBy ?? null }));

export const cpmRow = z.object({
  childId: id,
  caseRef: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  teamName: z.string().nullable(),
  teamManagerId: id.nullable(),
  teamManagerName: z.string().nullable(),
  dueDate: storedIsoDate.nullable(),
  reason: z.string().nullable(),
  lastCpm: storedIsoDate.nullable(),
  booked: z.object({ meetingId: id, date: storedIsoDate, startTime: z.string() }).nullable(),
  /** The latest booking whose day has passed without the meeting being held. */
  missed: z.object({ meetingId: id, date: storedIsoDate }).nullable(),
});
export type CpmRow = z.infer<typeof cpmRow>;

export const cpmBookInput = z
  .strictObject({ childId: id, date: isoDate, startTime: clock, endTime: clock, venue: optionalText(200, 'the venue'), chairId: optionalId })
  .refine((v) => v.endTime > v.startTime, { path: ['endTime'], message: 'The end time must be after the start time.' })
  // zod runs object checks even when a field failed its own; only compare times that are times.
  .refine((v) => !isClock(v.startTime) || !isClock(v.endTime) || parseClock(v.endTime) - parseClock(v.startTime) <= MAX_SLOT_MINUTES, {
    path: ['endTime'],
    message: 'A meeting can last at most 8 hours.',
  });

export const wordFile = z.object({ fileName: z.string(), base64: z.string() });

export const bankHolidaysOutput = z.object({
  holidays: z.array(z.object({ date: storedIsoDate, name: z.string() })),
  edited: z.boolean(),
  /** Moves on with each change to the list (0: the shipped list, never changed); a save sends the version it was based on. */
  version: z.number().int().min(0),
});
export const bankHolidaysInput = z.strictObject({
  holidays: z
    .array(z.strictObject({ date: isoDate, name: z.string().trim().min(1, 'Give each bank holiday a name.').max(100) }))
    .max(1000)
    .refine((list) => new Set(list.map((h) => h.date)).size === list.length, 'Each date can only be listed once.'),
  /** true = go back to the shipped England and Wales list */
  reset: z.boolean().optional(),
  version: rowVersion,
});
