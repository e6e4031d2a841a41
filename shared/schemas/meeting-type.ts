import { z } from 'zod';
import { MEETING_FORM, MEETING_KIND, SERIES_INTERVAL } from '../domain/vocabulary';
import { id, nameField, rowVersion } from './common';
import { role } from './person';

export const SLOT_MINUTES_MIN = 5;
export const SLOT_MINUTES_MAX = 240;
export const slotMinutes = z
  .number({ error: 'Enter the slot length in minutes.' })
  .int('Enter the slot length in whole minutes.')
  .min(SLOT_MINUTES_MIN, `A slot must be at least ${SLOT_MINUTES_MIN} minutes.`)
  .max(SLOT_MINUTES_MAX, `A slot can be at most ${SLOT_MINUTES_MAX} minutes.`);

export const meetingType = z.object({
  id,
  code: z.string().nullable(),
  name: z.string(),
  form: z.enum(MEETING_FORM.values),
  proposes: z.enum(MEETING_KIND.values).nullable(),
  defaultInterval: z.enum(SERIES_INTERVAL.values),
  slotMinutes: z.number().int(),
  papersDueWorkingDays: z.number().int().nullable(),
  coreRoles: z.array(role),
  archived: z.boolean(),
  /** Moves on with each change of the row; an edit or archive sends the version it was based on. */
  version: z.number().int().min(1),
});
export type MeetingType = z.infer<typeof meetingType>;

const papersDueWorkingDays = z
  .number({ error: 'Enter a number of working days.' })
  .int('Enter whole working days.')
  .min(0, 'Enter 0 or more working days.')
  .max(20, 'Papers can be due at most 20 working days before.')
  .nullable()
  .optional()
  .transform((v) => v ?? null);

const typeFields = {
  name: nameField('the meeting type name'),
  slotMinutes,
  papersDueWorkingDays,
  coreRoles: z.array(role).max(20).transform((roles) => [...new Set(roles)]),
  defaultInterval: z.enum(SERIES_INTERVAL.values, { error: 'Choose how often it meets.' }),
};

/** A council's own meeting of the same shape as one of the three forms. */
export const meetingTypeCreateInput = z.strictObject({ ...typeFields, form: z.enum(MEETING_FORM.values, { error: 'Choose which kind of items it has.' }) });
export const meetingTypeUpdateInput = z.strictObject({ id, ...typeFields, version: rowVersion });
