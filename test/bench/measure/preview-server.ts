import { spawnPreview, stopPreview } from '../../support/preview-process';

export interface PreviewServer {
  url: string;
  pid: number;
  /** Calls a procedure over HTTP as the page does (token header, JSON body). */
  call(name: string, input?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  stop(): Promise<void>;
}

/** Starts browser mode exactly as a person would and waits for its address. */
export async function startPreviewServer(root: string, dataDir: string): Promise<PreviewServer> {
  const { child, url } = await spawnPreview(root, dataDir, ['--port', '0']);
  const address = new URL(url);
  const call: PreviewServer['call'] = async (name, input) => {
    const response = await fetch(new URL(`/api/${name}`, address.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Panelroom-Token': address.searchParams.get('token') ?? '' },
      body: JSON.stringify({ input }),
    });
    return (await response.json()) as Awaited<ReturnType<PreviewServer['call']>>;
  };
  return { url, pid: child.pid!, call, stop: () => stopPreview(child) };
}

/**
 * Browser mode checks the file's integrity on start and takes a start-up backup ten
 * seconds later. Waits for both, so steady-state page loads are not measured against
 * a backup of the whole file; returns how long that took, or why it did not wait.
 */
export async function waitForStartupWork(server: PreviewServer, timeoutMs = 90_000): Promise<string> {
  const started = Date.now();
  const until = async (name: string, done: (value: unknown) => boolean): Promise<boolean> => {
    while (Date.now() - started < timeoutMs) {
      const result = await server.call(name);
      if (!result.ok) return result.error?.code !== 'UNKNOWN_PROCEDURE';
      if (done(result.value)) return true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return false;
  };
  const checked = await until('app.health', (v) => (v as { status?: string }).status !== 'checking');
  const backedUp = await until('backups.list', (v) => Array.isArray(v) && v.length > 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!checked || !backedUp) return `did not see the start-up integrity check and backup finish within ${timeoutMs / 1000} s`;
  return `steady-state runs began once the start-up integrity check and backup had finished (${seconds} s after start)`;
}

