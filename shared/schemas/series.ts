import { z } from 'zod';
import { HOLIDAY_RULES, SERIES_INTERVALS } from '../rota/types';
import { MEETING_FORM, MEETING_KIND } from '../domain/vocabulary';
import { addMonthsIso, isIsoDate } from '../domain/dates';
import { id, isoDate, nameField, optionalId, optionalIsoDate, optionalText, storedIsoDate } from './common';
import { clock } from './clock';

const weekday = z.number({ error: 'Choose a day of the week.' }).int().min(0, 'Choose a day of the week.').max(6, 'Choose a day of the week.');

const seriesFields = {
  typeId: id,
  name: nameField('the series name'),
  weekday,
  interval: z.enum(SERIES_INTERVALS, { error: 'Choose how often it meets.' }),
  monthWeek: z.number().int().min(1).max(5).nullable().optional().transform((v) => v ?? null),
  startsOn: isoDate,
  endsOn: optionalIsoDate,
  startTime: clock,
  endTime: clock,
  venue: optionalText(200, 'the venue'),
  chairId: optionalId,
  holidayRule: z.enum(HOLIDAY_RULES, { error: 'Choose what happens on a bank holiday.' }),
  rotation: z.array(id).max(20, 'A rota can have at most 20 turns.'),
};

type SeriesFieldsOut = { interval: string; monthWeek: number | null; startsOn: string; endsOn: string | null; startTime: string; endTime: string };

function checkSeries(v: SeriesFieldsOut, ctx: z.RefinementCtx): void {
  if (v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'The end time must be after the start time.' });
  if (v.endsOn !== null && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The last date must be on or after the first.' });
  if (v.interval === 'monthly' && v.monthWeek === null) ctx.addIssue({ code: 'custom', path: ['monthWeek'], message: 'Choose which week of the month it meets.' });
}

export const seriesCreateInput = z.strictObject(seriesFields).superRefine(checkSeries);
export const seriesUpdateInput = z.strictObject({ id, ...seriesFields }).superRefine(checkSeries);

export const series = z.object({
  id,
  typeId: id,
  typeName: z.string(),
  form: z.enum(MEETING_FORM.values),
  name: z.string(),
  weekday: z.number().int(),
  interval: z.enum(SERIES_INTERVALS),
  monthWeek: z.number().int().nullable(),
  startsOn: storedIsoDate,
  endsOn: storedIsoDate.nullable(),
  startTime: z.string(),
  endTime: z.string(),
  venue: z.string().nullable(),
  chairId: id.nullable(),
  chairName: z.string().nullable(),
  holidayRule: z.enum(HOLIDAY_RULES),
  rotation: z.array(z.object({ teamId: id, teamName: z.string() })),
  archived: z.boolean(),
});
export type Series = z.infer<typeof series>;

/** At most three years in one view: the rota is read a year at a time. */
export const rotaQuery = z
  .strictObject({ seriesId: id, from: isoDate, to: isoDate })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'The end of the period must be on or after its start.' })
  .refine((v) => !isIsoDate(v.from) || !isIsoDate(v.to) || v.to <= addMonthsIso(v.from, 36), { path: ['to'], message: 'Show at most three years at a time.' });

export const rotaOccurrence = z.object({
  key: z.string(),
  patternDate: storedIsoDate.nullable(),
  date: storedIsoDate,
  teamId: id.nullable(),
  teamName: z.string().nullable(),
  rotaTeamName: z.string().nullable(),
  status: z.enum(['scheduled', 'cancelled', 'holiday']),
  change: z.enum(['holiday-moved', 'moved', 'extra']).nullable(),
  holidayName: z.string().nullable(),
  swapped: z.boolean(),
  note: z.string().nullable(),
  meetingId: id.nullable(),
  /** The prepared meeting's state: anything but planned means it has been held, and its date and team are fixed. */
  meetingStatus: z.string().nullable(),
  itemCount: z.number().int(),
});
export type RotaOccurrence = z.infer<typeof rotaOccurrence>;

export const rotaView = z.object({
  series,
  from: storedIsoDate,
  to: storedIsoDate,
  occurrences: z.array(rotaOccurrence),
  unmatched: z.array(z.object({ patternDate: storedIsoDate, note: z.string().nullable() })),
});
export type RotaView = z.infer<typeof rotaView>;

/** A child due at a panel whose team has no turn on any active rota of it. */
export const unplacedChild = z.object({
  childId: id,
  caseRef: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  teamName: z.string().nullable(),
  kind: z.enum(MEETING_KIND.values),
  dueDate: storedIsoDate,
  reason: z.string(),
});
export type UnplacedChild = z.infer<typeof unplacedChild>;

const note = optionalText(300, 'the note');

export const rotaChangeInput = z.strictObject({
  seriesId: id,
  patternDate: isoDate,
  change: z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('cancel'), note }),
      z.strictObject({ kind: z.literal('move'), date: isoDate, note }),
      z.strictObject({ kind: z.literal('swap'), teamId: id }),
      /** Undo every one-off change to the date: back to what the rota says. */
      z.strictObject({ kind: z.literal('restore') }),
    ],
    { error: 'Choose what to change about this date.' },
  ),
});
export const rotaAddExtraInput = z.strictObject({ seriesId: id, date: isoDate, teamId: optionalId, note });
export const rotaRemoveExtraInput = z.strictObject({ seriesId: id, extraId: id });

export const rotaMessage = z.object({ message: z.string() });
