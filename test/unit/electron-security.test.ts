import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../electron/security/csp';
import { hardenSession, hardenWebContents, type HardenableContents, type HardenableSession } from '../../electron/security/harden';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/security/origin';
import { isTrustedEvent, isTrustedSender } from '../../electron/security/trusted-sender';
import { hardenedWebPreferences } from '../../electron/security/web-preferences';
import { menuTemplate } from '../../electron/menu';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('window web preferences', () => {
  const prefs = hardenedWebPreferences('/app/dist/electron/preload.cjs');
  it('isolate the page from Node and Electron', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/dist/electron/preload.cjs',
    });
  });
  it('keep developer tools off unless asked for', () => {
    expect(prefs.devTools).toBe(process.env.PANELROOM_DEVTOOLS === '1');
  });
});

describe('content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);
  it('defaults to nothing and allows scripts only from the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'"]);
  });
  it('never allows inline script, eval or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });
  it('is sent with every response, with the other protective headers', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

/** A stand-in with WebContents' event surface: records what the hardening installs and lets the test fire events at it. */
class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  fire(event: string, url?: string): boolean {
    let prevented = false;
    // Electron 45 deprecates the positional url argument: the hardening must read the event object's url alone.
    const e = { url, preventDefault: () => (prevented = true) };
    this.emit(event, e);
    return prevented;
  }
}

describe('web contents hardening', () => {
  const contents = new FakeContents();
  const refused: string[] = [];
  hardenWebContents(contents as unknown as HardenableContents, (what, url) => refused.push(`${what} ${url}`));

  it('blocks navigation and redirects away from the app', () => {
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'http://127.0.0.1:8080/', 'app://evil/index.html', 'javascript:alert(1)']) {
      expect(contents.fire('will-navigate', url), url).toBe(true);
      expect(contents.fire('will-redirect', url), url).toBe(true);
      expect(contents.fire('will-frame-navigate', url), url).toBe(true);
    }
  });
  it('lets the app move between its own pages', () => {
    expect(contents.fire('will-navigate', `${APP_ENTRY_URL}#/settings/people`)).toBe(false);
  });
  it('denies every new window', () => {
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });
  it('never lets a webview attach', () => {
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(refused.some((r) => r.startsWith('webview'))).toBe(true);
  });
});

describe('session hardening', () => {
  const calls: Record<string, (...args: unknown[]) => unknown> = {};
  let blocked: { urls: string[] } | undefined;
  const session = {
    setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (calls.request = h),
    setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (calls.check = h),
    setDevicePermissionHandler: (h: (...args: unknown[]) => unknown) => (calls.device = h),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, h: (...args: unknown[]) => unknown) => {
        blocked = filter;
        calls.outbound = h;
      },
    },
  };

  it('cancels every request that would leave the computer, and only those', () => {
    hardenSession(session as unknown as HardenableSession);
    expect(blocked?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    expect(blocked?.urls.some((u) => u.startsWith('app:'))).toBe(false);
    let answer: unknown;
    calls.outbound!({ url: 'https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic' }, (response: unknown) => (answer = response));
    expect(answer).toEqual({ cancel: true });
  });

  it('refuses every permission request and check', () => {
    hardenSession(session as unknown as HardenableSession);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let answer: boolean | undefined;
      calls.request!({}, permission, (granted: boolean) => (answer = granted));
      expect(answer, permission).toBe(false);
      expect(calls.check!({}, permission)).toBe(false);
    }
    expect(calls.device!({ deviceType: 'usb' })).toBe(false);
  });
});

describe('IPC sender check', () => {
  const own = new Set([7]);
  it('serves only the top frame of the app’s own window showing an app page', () => {
    expect(isTrustedSender({ senderId: 7, frameUrl: APP_ENTRY_URL, isMainFrame: true }, own)).toBe(true);
    expect(isTrustedSender({ senderId: 8, frameUrl: APP_ENTRY_URL, isMainFrame: true }, own)).toBe(false);
    expect(isTrustedSender({ senderId: 7, frameUrl: APP_ENTRY_URL, isMainFrame: false }, own)).toBe(false);
    expect(isTrustedSender({ senderId: 7, frameUrl: 'https://example.com/', isMainFrame: true }, own)).toBe(false);
    expect(isTrustedSender({ senderId: 7, frameUrl: 'file:///tmp/x.html', isMainFrame: true }, own)).toBe(false);
    expect(isTrustedSender({ senderId: 7, frameUrl: null, isMainFrame: true }, own)).toBe(false);
  });
  it('reads an IPC event the same way on every channel: a sub-frame or a gone frame is refused', () => {
    const top = { url: APP_ENTRY_URL, parent: null };
    expect(isTrustedEvent({ sender: { id: 7 }, senderFrame: top }, own)).toBe(true);
    expect(isTrustedEvent({ sender: { id: 7 }, senderFrame: { url: APP_ENTRY_URL, parent: top } }, own)).toBe(false);
    expect(isTrustedEvent({ sender: { id: 7 }, senderFrame: null }, own)).toBe(false);
    expect(isTrustedEvent({ sender: { id: 9 }, senderFrame: top }, own)).toBe(false);
  });
  it('knows the app origin exactly', () => {
    expect(isAppUrl('app://panelroom/index.html')).toBe(true);
    expect(isAppUrl('app://panelroom.evil/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@panelroom/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('application menu', () => {
  const actions = { about: () => undefined, showDataFolder: () => undefined, showLogFolder: () => undefined, reload: () => undefined };
  const items = (template: ReturnType<typeof menuTemplate>, label: string) => (template.find((m) => m.label === label)?.submenu ?? []) as { label?: string; role?: string; accelerator?: string; click?: unknown }[];

  it('offers the standard editing shortcuts; Reload (which saves first) in the View menu; no developer tools unless asked for', () => {
    const template = menuTemplate('win32', actions);
    const roles = JSON.stringify(template);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'quit']) expect(roles).toContain(`"role":"${role}"`);
    // Chromium's own reload would drop what the page has not yet saved: the app's Reload flushes first
    expect(roles).not.toMatch(/"role":"(reload|forceReload|toggleDevTools)"/);
    const reload = items(template, '&View').find((i) => i.label === 'Reload');
    expect(reload).toMatchObject({ accelerator: 'CmdOrCtrl+R', click: actions.reload });
    expect(items(template, '&Help').find((i) => i.label === 'Show log folder')?.click).toBe(actions.showLogFolder);
  });

  it('offers developer tools in the View menu when PANELROOM_DEVTOOLS turns them on', () => {
    const template = menuTemplate('linux', actions, { devTools: true });
    expect(items(template, '&View').some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
