import type { Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './origin';

/** The slice of WebContents this module touches: typed structurally so tests can hand in a stand-in. */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/**
 * Called for every web contents the app creates. Navigation away from the app's
 * own pages is blocked, new windows are refused (the app opens its own), and
 * <webview> can never attach.
 */
export function hardenWebContents(contents: HardenableContents, onRefused: (what: string, url: string) => void = () => undefined): void {
  const blockUnlessApp = (event: Event, url: string) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      onRefused('navigation', url);
    }
  };
  contents.on('will-navigate', blockUnlessApp);
  contents.on('will-redirect', blockUnlessApp);
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      onRefused('frame navigation', event.url);
    }
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onRefused('webview', '');
  });
  contents.setWindowOpenHandler((details: HandlerDetails): WindowOpenHandlerResponse => {
    onRefused('new window', details.url);
    return { action: 'deny' };
  });
}

/** Camera, microphone, location, notifications, USB, HID, serial, clipboard reads: all refused. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
