import type { IsoDate } from './dates';

/**
 * Whole years of age on a date, as people count birthdays: a child born on 29 February is a year
 * older on 1 March in a year without one. Null before birth (an unborn baby's expected date).
 */
export function yearsOld(dateOfBirth: IsoDate, on: IsoDate): number | null {
  if (on < dateOfBirth) return null;
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** Whole months of age on a date (0 in the first month). */
function monthsOld(dateOfBirth: IsoDate, on: IsoDate): number {
  const months = (Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))) * 12 + Number(on.slice(5, 7)) - Number(dateOfBirth.slice(5, 7));
  return on.slice(8) < dateOfBirth.slice(8) ? months - 1 : months;
}

/** "4 years old", "18 months old": a child's age as a record gives it beside the date of birth (months until two). */
export function ageWords(dateOfBirth: IsoDate, on: IsoDate): string | null {
  const years = yearsOld(dateOfBirth, on);
  if (years === null) return null;
  if (years >= 2) return `${years} years old`;
  const months = monthsOld(dateOfBirth, on);
  if (months === 0) return 'under a month old';
  return `${months} month${months === 1 ? '' : 's'} old`;
}
