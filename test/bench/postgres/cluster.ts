import { spawnSync } from 'node:child_process';

/**
 * `--engine postgres` needs a server. With none given in PGHOST, the bench runs itself again under
 * pg_virtualenv: a throwaway cluster on this computer, reached over loopback, dropped when the run
 * ends whatever happens. Returns the exit code of that run, or null when a server is given.
 */
export function rerunUnderThrowawayCluster(script: string, argv: readonly string[], log: (line: string) => void): number | null {
  if (process.env.PGHOST) return null;
  log('No PostgreSQL server given (PGHOST): running the bench under pg_virtualenv, a throwaway cluster dropped when it ends.');
  // -t: the cluster in a temporary folder, beside any other throwaway cluster on the machine.
  const run = spawnSync('pg_virtualenv', ['-t', process.execPath, ...process.execArgv, script, ...argv], { stdio: 'inherit' });
  if (run.error) {
    throw new Error(`pg_virtualenv could not be started (${run.error.message}): install PostgreSQL 15 or later (Debian: postgresql and postgresql-common), or give a server in PGHOST, PGPORT, PGUSER and PGPASSWORD.`);
  }
  return run.status ?? 1;
}
