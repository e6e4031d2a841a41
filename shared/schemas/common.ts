import { z } from 'zod';
import { isIsoDate } from '../domain/dates';

/** Database row ids: positive whole numbers. */
export const id = z.number({ error: 'An id must be a number.' }).int('An id must be a whole number.').positive('An id must be above zero.');

/** A person's or team's name: trimmed, not empty, not absurdly long. */
export function nameField(what: string) {
  return z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(120, `Keep ${what} to 120 characters or fewer.`)
    .refine((s) => !hasControlCharacters(s), `${capitalise(what)} cannot contain control characters.`);
}

/** An optional email address; an empty string means "none". */
export const optionalEmail = z
  .union([z.literal(''), z.null(), z.email('Enter an email address in the right format, like name@council.gov.uk.').max(254)])
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null));

/** An optional reference to another row; null or absent means none. */
export const optionalId = id.nullable().optional().transform((v) => v ?? null);

/** ISO 8601 timestamp as stored (UTC). */
export const timestamp = z.string();

/** Set when the caller has seen a "this looks like a duplicate" warning and wants to go on. */
export const confirmDuplicate = z.boolean().optional();

/** Tabs, NULs and the like come from bad pastes or hostile input, never from a real name. */
export function hasControlCharacters(s: string): boolean {
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 32 || code === 127) return true;
  }
  return false;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A calendar date as stored and sent: ISO 'YYYY-MM-DD', and a real date (no 31/02). */
export const isoDate = z
  .string({ error: 'Enter a date, for example 22/11/2026.' })
  .refine(isIsoDate, 'Enter a real date, for example 22/11/2026.');

/**
 * A date the core sends out: it was checked as a real date on the way in, so the
 * output check only confirms its shape (the tracker sends tens of thousands).
 */
export const storedIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const optionalIsoDate = z
  .union([z.literal(''), z.null(), isoDate])
  .optional()
  .transform((v) => (v ? v : null));

/** Optional free text: trimmed, empty means none. */
export function optionalText(max: number, what: string) {
  return z
    .union([z.null(), z.string().trim().max(max, `Keep ${what} to ${max} characters or fewer.`)])
    .optional()
    .transform((v) => (v ? v : null));
}

/** The saved version of a row an edit was based on: a save based on an older one is a conflict, not an overwrite (0: not saved yet). */
export const rowVersion = z.number({ error: 'Reload the page: the version of what you are editing is missing.' }).int().min(0);
