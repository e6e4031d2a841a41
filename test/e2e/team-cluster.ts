import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../support/free-port';

/**
 * A throwaway PostgreSQL cluster (pg_virtualenv) running a shell script of the spec's own: it makes
 * the team store, adds people and starts browser-mode servers in front of it. The cluster lives as
 * long as the script does, so stopping the servers drops it. Shared by the team-store specs.
 */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The shell lines that make a team store in database `database` and add each person (as IT would). */
export function teamStoreLines(database: string, people: readonly { login: string; name: string; role: string; password: string }[]): string[] {
  return [
    'set -e',
    `createdb ${database}`,
    `ADMIN_URL="postgres://$PGUSER@$PGHOST:$PGPORT/${database}?sslmode=disable"`,
    'node scripts/team-store.mjs init --url "$ADMIN_URL" > /dev/null',
    ...people.map((p) => `node scripts/team-store.mjs add-person --url "$ADMIN_URL" --login ${p.login} --name '${p.name}' --role ${p.role} --password '${p.password}' > /dev/null`),
  ];
}

export interface Cluster<T> {
  child: ChildProcess;
  /** What the script's output said once it was ready. */
  found: T;
  output(): string;
}

/**
 * Runs the script inside a new cluster on a port of its own (so a cluster another run has open nearby
 * is no clash; `port` when the spec chose it beforehand) and waits until `ready` finds what it needs in the script's output.
 */
export async function startCluster<T>(script: string[], ready: (output: string) => T | undefined, options: { what: string; withinMs: number; args?: string[]; port?: number }): Promise<Cluster<T>> {
  const clusterPort = options.port ?? (await freePort());
  const child = spawn('pg_virtualenv', ['-t', 'bash', '-c', script.join('\n'), ...(options.args ?? [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PGPORT: String(clusterPort) } });
  let out = '';
  const found = await new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.what} did not start within ${options.withinMs / 1000} s:\n${out}`)), options.withinMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const answer = ready(out);
      if (answer !== undefined) {
        clearTimeout(timer);
        resolve(answer);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.what} stopped with ${code}:\n${out}`));
    });
  });
  return { child, found, output: () => out };
}

/** Stops the servers (the script then ends and the cluster goes), waits for it, and removes their data folders. */
export async function stopCluster(child: ChildProcess | undefined, pids: readonly number[], dataDirs: readonly string[]): Promise<void> {
  if (!child) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let signalled = 0;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGTERM');
        signalled += 1;
      } catch {
        // Already gone.
      }
    }
    // None of the servers was there to stop: the script itself is asked to end.
    if (signalled === 0) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
  }
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
}
