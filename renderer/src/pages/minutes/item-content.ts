import type { MeetingForm } from '../../../../shared/domain/vocabulary';
import { FORM_FIELDS } from '../../../../shared/minutes/fields';
import type { MinuteItem } from '../../../../shared/schemas/minutes';
import type { AutosaveStore } from '../../components/use-autosave';
import { ratingKey } from './RatingField';
import { minuteKey } from './use-minute-field';

function filled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * Whether anything has been minuted for the item yet: a field, a rating or an action.
 * What was typed this session counts before the core has been asked again. The papers
 * start filled in from the booking, so they alone do not count.
 */
export function itemHasMinutes(item: MinuteItem, form: MeetingForm, store: AutosaveStore): boolean {
  if (item.actions.length > 0) return true;
  for (const field of FORM_FIELDS[form]) {
    if (field === 'papersProvided') continue;
    const key = minuteKey(item.itemId, field);
    if (filled(store.has(key) ? store.latest(key) : item.values[field])) return true;
  }
  for (const r of item.ratings) {
    const key = ratingKey(item.itemId, r.childId);
    const rating = store.has(key) ? store.latest<{ rating: unknown }>(key)?.rating : r.rating;
    if (rating) return true;
  }
  return false;
}
