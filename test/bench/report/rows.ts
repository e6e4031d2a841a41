import type { Summary } from '../measure/stats';

export type Unit = 'ms' | 's' | 'MB' | '×' | 'count';

export interface Target {
  limit: number;
  /** Which figure is compared: a timing's p95, or a single value (a ratio, a peak). */
  on: 'p95' | 'median' | 'value';
  text: string;
}

export interface ResultRow {
  id: string;
  group: string;
  label: string;
  unit: Unit;
  stats?: Summary;
  value?: number;
  target?: Target;
  /** fail: the operation itself returned an error on the dataset (the note says which), whatever its timing. */
  status: 'pass' | 'miss' | 'fail' | 'info' | 'skipped';
  note?: string;
}

export const TARGETS = {
  trackerQuery: { limit: 50, on: 'p95', text: 'p95 ≤ 50 ms' },
  autosaveRatio: { limit: 3, on: 'value', text: '≤ 3× bare' },
  open: { limit: 300, on: 'p95', text: 'p95 ≤ 300 ms' },
  firstRender: { limit: 200, on: 'p95', text: 'p95 ≤ 200 ms' },
  peakMemory: { limit: 300, on: 'value', text: '≤ 300 MB' },
  agendaPrepare: { limit: 100, on: 'p95', text: 'p95 ≤ 100 ms' },
  agendaGet: { limit: 50, on: 'p95', text: 'p95 ≤ 50 ms' },
  /** "An agenda fits its session": a proposal's slots never run past the session's end. */
  agendaFit: { limit: 1, on: 'value', text: '≤ 1× the session' },
  rotaView: { limit: 50, on: 'p95', text: 'p95 ≤ 50 ms' },
  /** The target for searching the minutes. */
  fullTextSearch: { limit: 50, on: 'p95', text: 'p95 ≤ 50 ms' },
  /** Reopening the minute-taker's workspace, and the coordinator's action list: as a tracker query. */
  minutesGet: { limit: 50, on: 'p95', text: 'p95 ≤ 50 ms' },
  actionList: { limit: 50, on: 'p95', text: 'p95 ≤ 50 ms' },
  wordExport: { limit: 1000, on: 'p95', text: 'p95 ≤ 1 s' },
  wordExportRatio: { limit: 1.5, on: 'value', text: '≤ 1.5× bare' },
  filingExport: { limit: 3000, on: 'p95', text: 'p95 ≤ 3 s' },
  mentionSearch: { limit: 1000, on: 'p95', text: 'p95 ≤ 1 s' },
  figures: { limit: 200, on: 'p95', text: 'p95 ≤ 200 ms' },
  figuresReport: { limit: 2000, on: 'p95', text: 'p95 ≤ 2 s' },
  /** A preview the person waits on before importing a case system's export. */
  importPreview: { limit: 2500, on: 'p95', text: 'p95 ≤ 2.5 s' },
  /** A save on one laptop shown on another (a team store's live updates, over loopback). */
  liveAcross: { limit: 500, on: 'p95', text: 'p95 ≤ 500 ms' },
} as const satisfies Record<string, Target>;

/** Targets for features that do not exist yet: printed so nobody mistakes silence for a pass. */
export const NOT_MEASURED_YET: readonly { label: string; target: string; needs: string }[] = [];

export function timingRow(id: string, group: string, label: string, samples: Summary, target?: Target, note?: string): ResultRow {
  return judge({ id, group, label, unit: 'ms', stats: samples, target, note, status: 'info' });
}

export function valueRow(id: string, group: string, label: string, unit: Unit, value: number, target?: Target, note?: string): ResultRow {
  return judge({ id, group, label, unit, value, target, note, status: 'info' });
}

export function skippedRow(id: string, group: string, label: string, why: string, target?: Target): ResultRow {
  return { id, group, label, unit: 'ms', target, status: 'skipped', note: why };
}

/** A measured row whose operation failed on the dataset: its figures stay, the result is FAIL and the note says why. */
export function failedRow(row: ResultRow, why: string): ResultRow {
  return { ...row, status: 'fail', note: why };
}

function judge(row: ResultRow): ResultRow {
  if (!row.target) return row;
  const figure = row.target.on === 'value' ? row.value : row.stats?.[row.target.on];
  if (figure === undefined) return row;
  return { ...row, status: figure <= row.target.limit ? 'pass' : 'miss' };
}
