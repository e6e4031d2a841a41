import type { ParsedInput } from '../../../../shared/contract';
import type { MinuteField } from '../../../../shared/minutes/fields';
import { engineOf } from '../../data/dialect';
import { minuteValue } from '../../data/tables/minute-fields';
import type { VersionCheck, Writer } from '../../data/write';
import { claimAndWriteMinuteField, findMinuteField, insertMinuteField, updateMinuteField } from './repository/fields';

/** A field's save as written: its new version and what it held before, or nothing written (the value was already stored) at its version as it stands. */
export type FieldWritten = { written: true; version: number; from: string | null } | { written: false; version: number };

type FieldRow = { item_id: number; field: MinuteField; value: string; search_text: string; updated_at: string };

/**
 * One field's value written with its version claimed (a lost race is the write path's CONFLICT,
 * naming who saved, when and what the field holds now). The laptop's file reads, claims and writes
 * in three quick statements; a team store, where each is a round trip, in one (`claimAndWriteMinuteField`).
 */
/** `editedSummary`: how the field's edits begin their audit summary, by which a lost race finds who changed this field. */
export async function writeClaimed(w: Writer, input: ParsedInput<'minutes.save'>, editedSummary: string, row: FieldRow): Promise<FieldWritten> {
  // What the field holds now, as the conflict shows it: read only when the race is lost.
  let theirs: string | null = null;
  const check = (): VersionCheck => ({
    table: 'minute_fields',
    key: { item_id: row.item_id, field: row.field },
    version: input.version,
    entity: 'minutes',
    entityId: row.item_id,
    fields: async () => ({ value: { mine: input.value, theirs: theirs === null ? null : minuteValue.decode(row.field, theirs) } }),
    // An item's audit rows are kept per field by their summary (a spell of typing folds on it too).
    changedIn: (audited) => audited.summary.startsWith(editedSummary),
  });
  if (engineOf(w.db) === 'postgres') {
    let outcome: FieldWritten | null = null;
    const version = await w.claimWithin(check(), async () => {
      const r = await claimAndWriteMinuteField(w.db, row, input.version);
      if ('lost' in r) {
        // Read as it stands now, not as the statement saw it when it began: a save committed while the
        // statement waited for the row (or a row added since) is the one to show, and its version the one
        // "Keep mine" is sent over. Only a lost race pays this round trip.
        const now = await findMinuteField(w.db, row.item_id, row.field);
        // Someone else saved these very words: nothing of this save is lost, so it is not a conflict.
        if (now && now.value === row.value) {
          outcome = { written: false, version: now.version };
          return now.version;
        }
        theirs = now?.value ?? null;
        return { lost: now ? { version: now.version } : undefined };
      }
      outcome = r.written ? { written: true, version: r.version, from: r.from } : { written: false, version: r.version };
      return r.version;
    });
    return outcome ?? { written: false, version };
  }
  const existing = await findMinuteField(w.db, row.item_id, row.field);
  if (existing && existing.value === row.value) return { written: false, version: existing.version };
  theirs = existing?.value ?? null;
  const version = await w.claimVersion(check());
  if (existing) await updateMinuteField(w.db, existing.id, { value: row.value, search_text: row.search_text, updated_at: row.updated_at });
  else await insertMinuteField(w.db, row);
  return { written: true, version, from: existing?.value ?? null };
}
