import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * Starts browser mode as a person would (`node dist/preview/serve.cjs`) and waits for
 * the address it prints. `root` is the project folder (callers know it; a bundled
 * caller has no import.meta to find it from).
 */
export async function spawnPreview(root: string, dataDir: string, args: readonly string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(root, 'dist/preview/serve.cjs'), '--data-dir', dataDir, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start within 30 s:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PANELROOM_URL=(\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${out}`));
    });
  });
  return { child, url };
}

/**
 * Asks browser mode to close as the window would (SIGTERM: it takes its backup on quit and closes the
 * data file cleanly), and insists after 30 s. On a loaded machine that backup's forced write to the disk
 * can take many seconds; insisting too early leaves the last pages in the write-ahead log.
 */
export async function stopPreview(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}
