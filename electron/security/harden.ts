import type { Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './origin';

/** The slice of WebContents this module touches: typed structurally so tests can hand in a stand-in. */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'>;

/** Everything that would leave the computer. The app's own pages come from app://, which this does not match. */
export const OUTBOUND_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/**
 * Called for every web contents the app creates. Navigation away from the app's
 * own pages is blocked, new windows are refused (the app opens its own), and
 * <webview> can never attach.
 */
export function hardenWebContents(contents: HardenableContents, onRefused: (what: string, url: string) => void = () => undefined): void {
  // The URL is read from the event object: the separate url argument is deprecated in Electron 45.
  const blockUnlessApp = (what: string) => (event: Event<{ url: string }>) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      onRefused(what, event.url);
    }
  };
  contents.on('will-navigate', blockUnlessApp('navigation'));
  contents.on('will-redirect', blockUnlessApp('redirect'));
  contents.on('will-frame-navigate', blockUnlessApp('frame navigation'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onRefused('webview', '');
  });
  contents.setWindowOpenHandler((details: HandlerDetails): WindowOpenHandlerResponse => {
    onRefused('new window', details.url);
    return { action: 'deny' };
  });
}

/**
 * Camera, microphone, location, notifications, USB, HID, serial, clipboard reads: all
 * refused. And no request leaves the computer: the app has no use for the network, so
 * anything that tries (a stray link, Chromium fetching spell-check dictionaries) is cancelled.
 */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: OUTBOUND_URLS }, (_details, callback) => callback({ cancel: true }));
}
