import { chairViewPath, LIVE_PATH, type PanelroomBridge } from '../../../shared/bridge';
import type { ApiResult } from '../../../shared/errors';
import { everythingChanged } from '../../../shared/live';

const TOKEN_KEY = 'panelroom.token';
/** Under the browsers' 64 KB budget for requests that outlive their page, with room for others in flight. */
const KEEPALIVE_MAX = 48_000;

/**
 * Browser mode: the token arrives once in the address (?token=...), is kept for
 * this tab only, and is taken out of the address bar so it is not bookmarked.
 */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The longest wait before asking for the stream of changes again after it broke. */
const LIVE_RETRY_MAX_MS = 10_000;

/**
 * Reads the server's stream of changes (Server-Sent Events over fetch, so the token goes in a
 * header as on every call) and hands each message on. A broken stream is opened again with
 * backoff, and the page is then told everything may have changed (it may have missed some).
 */
function streamLive(token: string, page: string, listener: (message: unknown) => void): () => void {
  let stopped = false;
  let controller: AbortController | undefined;
  let failures = 0;
  let opened = 0;
  const run = async () => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const response = await fetch(LIVE_PATH, { headers: { 'X-Panelroom-Token': token, 'X-Panelroom-Page': page }, signal: controller.signal, cache: 'no-store' });
        if (!response.ok || !response.body) throw new Error('no stream');
        if (opened++ > 0) listener(everythingChanged());
        failures = 0;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice('data: '.length))
              .join('\n');
            if (!data) continue;
            try {
              listener(JSON.parse(data));
            } catch {
              // A message that is not JSON is not one of ours.
            }
          }
        }
      } catch {
        // Stopped, or the server went: tried again below.
      }
      if (stopped) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(LIVE_RETRY_MAX_MS, 250 * 2 ** failures)));
      failures += 1;
    }
  };
  void run();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

const DESKTOP_ONLY = { ok: false, error: { code: 'FORBIDDEN', message: 'Only the desktop app can write a folder. In a browser the extracts come as one zip download.' } } as const;

export function createHttpBridge(): PanelroomBridge {
  const token = takeToken();
  // This page's own name, sent with every call: the changes it makes are streamed to every other page but not back to it.
  const page = crypto.randomUUID();
  return {
    capabilities: { nativeDialogs: false, openFolder: false },
    // Same origin and an opener, so the new tab starts with a copy of this tab's session (and its token).
    // A browser tab cannot hold its closing; the autosave hook flushes on pagehide instead.
    setBeforeClose: () => undefined,
    exportForFiling: () => Promise.resolve(DESKTOP_ONLY),
    openFilingFolder: () => Promise.resolve(DESKTOP_ONLY),
    // The page offers the dialog only where capabilities.nativeDialogs says there is one.
    chooseCertificateFile: () => Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'Only the desktop app can show a file dialog: type the certificate file’s full name.' } }),
    subscribeLive: (listener) => streamLive(token, page, listener),
    openChairView: (meetingId) => void window.open(`${window.location.pathname}#${chairViewPath(meetingId)}`, `panelroom-chair-${meetingId}`),
    async call(name, input) {
      let response: Response;
      try {
        const body = JSON.stringify({ input });
        response = await fetch(`/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Panelroom-Token': token, 'X-Panelroom-Page': page },
          body,
          // A save sent as the tab is hidden or closed still arrives. Browsers allow it for small bodies only (64 KB in all).
          keepalive: body.length < KEEPALIVE_MAX,
        });
      } catch {
        return { ok: false, error: { code: 'STORAGE', message: 'Panelroom’s data service is not running. Start it again and reload this page; nothing already saved has been lost.' } };
      }
      return (await response.json()) as ApiResult<unknown>;
    },
  };
}
