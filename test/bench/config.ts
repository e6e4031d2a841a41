import path from 'node:path';

export interface BenchConfig {
  /** The project root (dist/bench/run.cjs is two folders below it). */
  root: string;
  resultsDir: string;
  rebuild: boolean;
  browser: boolean;
  quick: boolean;
  /** Only these rows (`--only figures`): the dataset is built or reused as usual, then only they are measured. */
  only: OnlyRows | null;
  /** Where the rows run: this computer's SQLite file (the default), or a team store on PostgreSQL (`--engine postgres`). */
  engine: BenchEngine;
  runs: { open: number; migrate: number; tracker: number; autosave: number; browser: number; newDay: number; safety: number; profile: number };
  warmup: { open: number; tracker: number; autosave: number; browser: number };
}

/** The groups of rows `--only` can pick out. */
export const ONLY_ROWS = ['figures', 'autosave', 'minutes', 'reads', 'agenda', 'import', 'exports'] as const;
export type OnlyRows = (typeof ONLY_ROWS)[number];

export const ENGINES = ['sqlite', 'postgres'] as const;
export type BenchEngine = (typeof ENGINES)[number];

export const USAGE = `npm run bench [-- options]

  --rebuild        build the dataset again even if a current copy is cached
  --no-browser     skip the Chromium first-render measurement
  --quick          fewer runs (for trying changes; figures are noisier)
  --only figures   measure only the management figures' rows (no peak memory or browser rows)
  --only autosave  measure only the autosave-sized writes (router against bare SQLite; with --engine
                   postgres against a bare pg write, with the statements one save sends)
  --only import    measure only the import preview of 10,000 rows
  --only exports   measure only the minutes' Word export beside bare packing of the same document (samples
                   in turn, with processor time); with --engine postgres also the statements one export sends
  --only minutes   with --engine postgres: only the live minutes' read (minutes.get), its p95 and the
                   statements (round trips) one read sends
  --only reads     with --engine postgres: only the reads timed through the router (the tracker, the minutes
                   search, minutes.get and the action lists), with the statements and plan of any that misses
  --only agenda    with --engine postgres: only the rota and agenda rows (rota.view, meetings.prepare of
                   successive dates, meetings.get of a prepared meeting)
  --engine postgres  the same dataset copied into a team store on PostgreSQL (a throwaway cluster from
                   pg_virtualenv unless PGHOST is set) and the rows run there, beside SQLite's
`;

export function readConfig(argv: readonly string[], script: string): BenchConfig {
  const known = new Set(['--rebuild', '--no-browser', '--quick', '--build-dataset-only', '--help']);
  const at = argv.indexOf('--only');
  const only = at === -1 ? null : argv[at + 1];
  if (only !== null && !ONLY_ROWS.includes(only as OnlyRows)) throw new Error(`--only takes one of: ${ONLY_ROWS.join(', ')}.\n\n${USAGE}`);
  const engineAt = argv.indexOf('--engine');
  const engine = engineAt === -1 ? 'sqlite' : argv[engineAt + 1];
  if (!ENGINES.includes(engine as BenchEngine)) throw new Error(`--engine takes one of: ${ENGINES.join(', ')}.\n\n${USAGE}`);
  if (only === 'import' && engine === 'postgres') throw new Error(`--only import is measured on the laptop's file; the full run measures the team store's rows.\n\n${USAGE}`);
  if (only === 'minutes' && engine !== 'postgres') throw new Error(`--only minutes is a row of the team store: add --engine postgres.\n\n${USAGE}`);
  if (only === 'agenda' && engine !== 'postgres') throw new Error(`--only agenda picks the team store's agenda rows: add --engine postgres (a full run measures them on the laptop's file).\n\n${USAGE}`);
  if (only === 'reads' && engine !== 'postgres') throw new Error(`--only reads picks the team store's reads: add --engine postgres.\n\n${USAGE}`);
  const valued = new Set<number>();
  for (const i of [at, engineAt]) if (i !== -1) valued.add(i).add(i + 1);
  const unknown = argv.filter((a, i) => !known.has(a) && !valued.has(i));
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(' ')}.\n\n${USAGE}`);
  const quick = argv.includes('--quick');
  const root = path.resolve(path.dirname(script), '..', '..');
  const n = (full: number) => (quick ? Math.max(5, Math.round(full / 3)) : full);
  return {
    root,
    resultsDir: path.join(root, 'bench-results'),
    rebuild: argv.includes('--rebuild'),
    browser: !argv.includes('--no-browser'),
    quick,
    only: (only ?? null) as OnlyRows | null,
    engine: engine as BenchEngine,
    runs: { open: n(30), migrate: n(30), tracker: n(30), autosave: n(60), browser: n(15), newDay: quick ? 1 : 3, safety: quick ? 1 : 3, profile: n(10) },
    warmup: { open: 3, tracker: 5, autosave: 5, browser: 2 },
  };
}
