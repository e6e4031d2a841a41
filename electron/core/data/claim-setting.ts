import { settingRowToClaim, type SettingKey } from './tables/settings';
import type { VersionCheck, Writer } from './write';

/**
 * Claims a setting's row for a save based on `version` (0: still at its default). Every setting's
 * audit rows share the entity `settings`, so each setting says which summaries are its own: a lost
 * race then names who changed this setting, and when, never someone who changed another one since.
 * A first save (version 0) claims a row made for it, so two first saves at once cannot both win.
 */
export async function claimSetting(w: Writer, key: SettingKey, claim: { version: number; ownSummary(summary: string): boolean; fields: VersionCheck['fields'] }): Promise<number> {
  const own = (row: { summary: string }) => claim.ownSummary(row.summary);
  if (claim.version === 0) await settingRowToClaim(w.db, key);
  return w.claimVersion({ table: 'settings', key: { key }, version: claim.version, entity: 'settings', entityId: null, fields: claim.fields, changedIn: own, ownRow: own });
}
