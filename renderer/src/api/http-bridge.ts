import { chairViewPath, type PanelroomBridge } from '../../../shared/bridge';
import type { ApiResult } from '../../../shared/errors';

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

const DESKTOP_ONLY = { ok: false, error: { code: 'FORBIDDEN', message: 'Only the desktop app can write a folder. In a browser the extracts come as one zip download.' } } as const;

export function createHttpBridge(): PanelroomBridge {
  const token = takeToken();
  return {
    capabilities: { nativeDialogs: false, openFolder: false },
    // Same origin and an opener, so the new tab starts with a copy of this tab's session (and its token).
    // A browser tab cannot hold its closing; the autosave hook flushes on pagehide instead.
    setBeforeClose: () => undefined,
    exportForFiling: () => Promise.resolve(DESKTOP_ONLY),
    openFilingFolder: () => Promise.resolve(DESKTOP_ONLY),
    // The page offers the dialog only where capabilities.nativeDialogs says there is one.
    chooseCertificateFile: () => Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'Only the desktop app can show a file dialog: type the certificate file’s full name.' } }),
    openChairView: (meetingId) => void window.open(`${window.location.pathname}#${chairViewPath(meetingId)}`, `panelroom-chair-${meetingId}`),
    async call(name, input) {
      let response: Response;
      try {
        const body = JSON.stringify({ input });
        response = await fetch(`/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Panelroom-Token': token },
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
