import type { Kysely } from 'kysely';
import { developmentKey } from '../db/connection';
import type { KeyResult } from '../db/data-key';
import { DataKeyUnavailableError } from '../errors';
import { wasApplied } from '../data/applied-requests';
import { minuteValue } from '../data/tables/minute-fields';
import { findMinuteField } from '../features/minutes/repository/fields';
import type { MinuteField } from '../../../shared/minutes/fields';
import type { Database } from '../db/schema';
import type { FileAccess } from '../db/sqlite-file';
import type { Router } from '../router';
import { OutboxFile } from './outbox-file';
import { TeamOutbox } from './outbox';

export { OUTBOX_FILE_NAME } from './outbox-file';
export { TeamOutbox } from './outbox';

/** Where the laptop keeps its outbox in team mode: the data folder, with its key. */
export interface OutboxPlace {
  dataDir: string;
  access: FileAccess;
  /** Pauses between tries while the team store cannot be reached (tests shorten them). */
  probeDelaysMs?: readonly number[];
}

/** Opens the person's outbox in front of the team core's router, and sends on what an earlier session left. */
export function openTeamOutbox(place: OutboxPlace, parts: { db: Kysely<Database>; inner: Router; login: string; store: string; now: () => Date; onNotice?: (message: string) => void }): TeamOutbox {
  const outbox = new TeamOutbox({
    file: new OutboxFile(place.dataDir, place.access),
    owner: { login: parts.login, store: parts.store },
    inner: parts.inner,
    wasApplied: (id) => wasApplied(parts.db, id),
    async fieldVersion(itemId, field, value) {
      const stored = await findMinuteField(parts.db, itemId, field as MinuteField);
      return stored && stored.value === minuteValue.encode(field as MinuteField, value as never) ? stored.version : undefined;
    },
    now: parts.now,
    ...(place.probeDelaysMs ? { probeDelaysMs: place.probeDelaysMs } : {}),
    ...(parts.onNotice ? { onNotice: parts.onNotice } : {}),
  });
  outbox.start();
  return outbox;
}

const NO_OUTBOX = 'Without the data key there is no outbox on this laptop: a save made while the team store cannot be reached is not kept.';

/** The desktop's outbox: the data folder's key as the keychain gave it. Undefined (with a notice) when there is no key. */
export function outboxPlaceWithKey(dataDir: string, found: KeyResult, nativeBinding: string | undefined, onNotice: (message: string) => void): OutboxPlace | undefined {
  if (!found.ok) {
    onNotice(`${NO_OUTBOX} ${found.message}`);
    return undefined;
  }
  return { dataDir, access: { key: found.key, ...(nativeBinding ? { nativeBinding } : {}) } };
}

/** Browser mode's outbox: the key from PANELROOM_DATA_KEY or the key file beside the data, as the laptop's own file would have. */
export function developmentOutboxPlace(dataDir: string, onNotice: (message: string) => void): OutboxPlace | undefined {
  try {
    return { dataDir, access: { key: developmentKey(dataDir, process.env, onNotice) } };
  } catch (err) {
    if (!(err instanceof DataKeyUnavailableError)) throw err;
    onNotice(`${NO_OUTBOX} ${err.message}`);
    return undefined;
  }
}
