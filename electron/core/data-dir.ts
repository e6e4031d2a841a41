import path from 'node:path';

/**
 * Where the data lives: `--data-dir <path>` (or `--data-dir=<path>`) wins, then
 * PANELROOM_DATA_DIR, then the shell's default (the app's local user-data folder).
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  const fromArgs = readFlag(argv, '--data-dir');
  const chosen = fromArgs ?? (env.PANELROOM_DATA_DIR?.trim() || undefined) ?? fallback;
  return path.resolve(chosen);
}

export function readFlag(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === flag) {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : undefined;
    }
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1) || undefined;
  }
  return undefined;
}

export function hasFlag(argv: readonly string[], flag: string): boolean {
  return argv.includes(flag);
}
