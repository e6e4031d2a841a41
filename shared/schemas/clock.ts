import { z } from 'zod';

/** A time of day as stored and sent: 24-hour 'HH:MM'. */
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isClock(value: unknown): value is string {
  return typeof value === 'string' && CLOCK.test(value);
}

export const clock = z
  .string({ error: 'Enter a time, for example 10:00.' })
  .trim()
  .regex(CLOCK, 'Enter a time on the 24-hour clock, for example 09:30 or 14:00.');
