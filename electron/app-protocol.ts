import fs from 'node:fs';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from './security/csp';
import { APP_HOST, APP_SCHEME } from './security/origin';
import { cacheControlFor, contentTypeFor, resolveStaticFile } from './static-files';

/**
 * Must run before the app is ready: makes app:// a standard, secure origin, and lets V8 keep
 * the code it compiled from the app's scripts between starts (React alone is some 180 KB).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** Serves the built renderer from app://panelroom/, with the CSP on every response. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticFile(rendererRoot, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    const body = await fs.promises.readFile(file);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': cacheControlFor(url.pathname) } });
  });
}
