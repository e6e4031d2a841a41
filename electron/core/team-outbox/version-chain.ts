import { minuteSaveInput, type MinuteSaveInput } from '../../../shared/schemas/minutes';
import type { OutboxProcedure } from './outbox-file';

/**
 * A held save of the minutes, read as `minutes.save` reads its input (every save names the version
 * it was based on, so a save that parses has one); anything else: undefined.
 */
const versioned = (procedure: string, input: unknown): MinuteSaveInput | undefined => {
  if (procedure !== 'minutes.save') return undefined;
  const parsed = minuteSaveInput.safeParse(input);
  return parsed.success ? parsed.data : undefined;
};

/**
 * The versions this laptop's own saves moved each minutes field to. A save held while the team
 * store was out of reach is answered without a version, so the page bases every later save of
 * that field on the version it had before: sent as it is, each would lose the race against this
 * laptop's own earlier save and be kept as "not shared". A save based on the very version an
 * earlier save of this laptop was based on (the page has seen nothing newer since) is sent on the
 * version that earlier save made instead. Anyone else's save in between still moves the version
 * on, so the team store's check refuses it, as the conflict it is.
 */
export class VersionChain {
  private readonly fields = new Map<string, { base: number; now: number }>();

  /** The input to send for a save: on the version this laptop's own last save of the field made, when it was based on the same one. */
  rebase(procedure: OutboxProcedure, input: unknown): unknown {
    const save = versioned(procedure, input);
    const link = save && this.fields.get(`${save.itemId}:${save.field}`);
    return link && link.base === save.version ? { ...(input as object), version: link.now } : input;
  }

  /** A save (its input as made, before any rebase) applied, moving its field to `version`. Unknown: the chain for the field ends. */
  applied(procedure: OutboxProcedure, input: unknown, version: number | undefined): void {
    const save = versioned(procedure, input);
    if (!save) return;
    const key = `${save.itemId}:${save.field}`;
    if (version === undefined) this.fields.delete(key);
    else this.fields.set(key, { base: save.version, now: version });
  }
}

/** The field and value a save of the minutes writes, and the version it was typed over (to ask the team store where an already-applied save left the field; to know which kept saves a later one holds). */
export function savedField(procedure: OutboxProcedure, input: unknown): { itemId: number; field: string; version: number; value: unknown } | undefined {
  const save = versioned(procedure, input);
  return save ? { itemId: save.itemId, field: save.field, version: save.version, value: save.value } : undefined;
}
