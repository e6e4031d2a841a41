import { runReadOnlyOffThread } from './off-thread';

export interface IntegrityResult {
  ok: boolean;
  /** SQLite's own words for what is wrong (for the log and for support), empty when ok. */
  problems: string[];
}

/** PRAGMA quick_check on a worker thread: checks every page and index structure without the full index cross-check. */
export async function quickCheck(file: string, nativeBinding?: string): Promise<IntegrityResult> {
  try {
    const rows = await runReadOnlyOffThread<string[]>(file, nativeBinding, `return db.pragma('quick_check', { simple: false }).map((r) => r.quick_check);`);
    const problems = rows.filter((r) => r !== 'ok');
    return { ok: problems.length === 0, problems };
  } catch (err) {
    return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
  }
}
