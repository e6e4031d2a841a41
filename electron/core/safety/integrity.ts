import type { FileAccess } from '../db/sqlite-file';
import { isDamage } from '../errors';
import { runReadOnlyOffThread } from './off-thread';

export interface IntegrityResult {
  ok: boolean;
  /** SQLite's own words for what is wrong (for the log and for support), empty when ok. */
  problems: string[];
  /** Set when the file could not be read at all (locked, no permission): not a verdict on its contents. */
  unreadable?: boolean;
}

/**
 * PRAGMA quick_check on a worker thread: checks every page and index structure
 * without the full index cross-check. If the worker cannot run at all (not the
 * file's fault) or cannot read the file for a reason other than damage, the check
 * runs on `fallback` instead: a failure of the checking machinery must never be
 * reported as damaged data.
 */
export async function quickCheck(file: string, access: FileAccess, fallback?: () => string[]): Promise<IntegrityResult> {
  let rows: string[];
  try {
    rows = await runReadOnlyOffThread<string[]>(file, access, `return db.pragma('quick_check', { simple: false }).map((r) => r.quick_check);`);
  } catch (err) {
    const words = err instanceof Error ? err.message : String(err);
    if (isDamage(err)) return { ok: false, problems: [words] };
    if (!fallback) return { ok: false, problems: [words], unreadable: true };
    rows = fallback();
  }
  const problems = rows.filter((r) => r !== 'ok');
  return { ok: problems.length === 0, problems };
}
