import { isStructuredField, STRUCTURED_FIELD_LABELS, TEXT_FIELD_LABELS, type MinuteField } from '../../../../shared/minutes/fields';
import { minuteValueSchemas, type MinuteValues } from '../../../../shared/schemas/minutes';
import { storedJson } from '../dialect';
import { id, integer, oneOf, StoredValueError, text, withDefault } from '../codecs';
import type { Db } from '../../db/db-type';
import { table } from '../table';

const FIELDS = [...Object.keys(TEXT_FIELD_LABELS), ...Object.keys(STRUCTURED_FIELD_LABELS)] as MinuteField[];

/** One row per field of an item's minutes. */
export const minuteFields = table('minute_fields', {
  id: id(),
  item_id: integer(),
  field: oneOf(FIELDS),
  /** Text as typed, or a structured field's value as JSON: see `minuteValue`, which alone reads and writes it. */
  value: text(),
  /** What the search index reads: the text, or a structured value in words. */
  search_text: text(),
  updated_at: text(),
  /** Added to by each save that changes the row; a save based on an older version is a conflict (see the write path). */
  version: withDefault(integer()),
});

/** A field's value as the minutes hold it (null: cleared). */
export type MinuteValue<F extends MinuteField> = Exclude<MinuteValues[F], undefined>;

/**
 * How a minute field's value is stored, decided here and nowhere else: text exactly as
 * typed (a save lands mid-word, so never trimmed), anything else as JSON, checked against
 * the field's schema as it is read.
 */
export const minuteValue = {
  encode<F extends MinuteField>(field: F, value: MinuteValue<F>): string {
    return isStructuredField(field) ? storedJson.encode(value) : (value as string);
  },
  decode<F extends MinuteField>(field: F, stored: string): MinuteValue<F> {
    if (!isStructuredField(field)) return stored as MinuteValue<F>;
    const parsed = minuteValueSchemas[field].safeParse(storedJson.decode(stored));
    if (!parsed.success) throw new StoredValueError(`minute_fields.value (${field}): ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data as MinuteValue<F>;
  },
};

/** One field's saved value for an item (null: never saved, or cleared). */
export async function readMinuteValue<F extends MinuteField>(db: Db, itemId: number, field: F): Promise<MinuteValue<F> | null> {
  const row = await db.selectFrom('minute_fields').select('value').where('item_id', '=', itemId).where('field', '=', field).executeTakeFirst();
  return row ? minuteValue.decode(field, row.value) : null;
}
