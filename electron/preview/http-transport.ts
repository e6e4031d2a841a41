import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIVE_PATH } from '../../shared/bridge';
import { withCallOrigin } from '../core/call-origin';
import type { LiveRelay } from '../core/live-relay';
import type { Router } from '../core/router';
import { SECURITY_HEADERS } from '../security/csp';
import { cacheControlFor, contentTypeFor, resolveStaticFile } from '../static-files';
import { checkApiRequest, checkStaticRequest, type GuardVerdict } from './request-guard';

export const TOKEN_HEADER = 'x-panelroom-token';
/** A random name each page load gives itself, so the changes it makes are not streamed back to it. */
export const PAGE_HEADER = 'x-panelroom-page';
// The contract allows a 20-million-character CSV; in UTF-8, with JSON escaping, that can be several times as many bytes.
const MAX_BODY_BYTES = 100 * 1024 * 1024;
/** A comment down an idle stream this often, so nothing between takes it for dead. */
const LIVE_KEEPALIVE_MS = 15_000;

export interface PreviewServerOptions {
  router: Router;
  token: string;
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** What the core hears as it happens, streamed to each page that asks (Server-Sent Events). */
  live?: LiveRelay;
}

export interface PreviewServer {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** The same router as the desktop app, over HTTP, on loopback only. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  let port = 0;
  const server = http.createServer((req, res) => {
    handle(req, res, options, port).catch(() => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The request could not be handled.' } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps idle keep-alive sockets open; without this, close() waits for the browser to go.
        server.closeAllConnections();
      }),
  };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, options: PreviewServerOptions, port: number): Promise<void> {
  const url = req.url ?? '/';
  if (url.startsWith('/api/')) return handleApi(req, res, options, port, url.slice('/api/'.length));
  if (url.split('?')[0] === LIVE_PATH) return handleLive(req, res, options, port);
  const verdict = checkStaticRequest({ host: req.headers.host }, { port });
  if (!verdict.allowed) return refuse(res, verdict);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { message: 'Method not allowed.' });
  const file = resolveStaticFile(options.staticDir, url);
  if (!file) return send(res, 404, { message: 'Not found.' });
  const body = await fs.promises.readFile(file);
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': cacheControlFor(url) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, options: PreviewServerOptions, port: number, procedure: string): Promise<void> {
  const verdict = checkApiRequest(
    { host: req.headers.host, origin: header(req, 'origin'), token: header(req, TOKEN_HEADER) },
    { port, token: options.token },
  );
  if (!verdict.allowed) return refuse(res, verdict);
  if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'Use POST.' } });
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 415, { ok: false, error: { code: 'INVALID_INPUT', message: 'Requests must be JSON.' } });
  }
  const raw = await readBody(req);
  if (raw === undefined) return send(res, 413, { ok: false, error: { code: 'INVALID_INPUT', message: 'That request is too large.' } });
  let input: unknown;
  try {
    const parsed: unknown = raw.length === 0 ? {} : JSON.parse(raw);
    input = typeof parsed === 'object' && parsed !== null && 'input' in parsed ? (parsed as { input: unknown }).input : undefined;
  } catch {
    return send(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'The request was not valid JSON, so nothing was changed.' } });
  }
  const result = await withCallOrigin(pageOrigin(header(req, PAGE_HEADER)), () => options.router.call(decodeURIComponent(procedure), input));
  send(res, 200, result);
}

/**
 * The page's stream of what the core hears (Server-Sent Events, read with fetch so the token
 * travels in its header as on every call): the link's state first, then each message as it
 * comes, until the page goes or the server closes.
 */
function handleLive(req: http.IncomingMessage, res: http.ServerResponse, options: PreviewServerOptions, port: number): void {
  const verdict = checkApiRequest({ host: req.headers.host, origin: header(req, 'origin'), token: header(req, TOKEN_HEADER) }, { port, token: options.token });
  if (!verdict.allowed) return refuse(res, verdict);
  if (req.method !== 'GET') return send(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'Use GET.' } });
  const { live } = options;
  if (!live) return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'This server does not stream changes.' } });
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.flushHeaders();
  const write = (message: unknown) => void res.write(`data: ${JSON.stringify(message)}\n\n`);
  write(live.linkMessage());
  const page = pageOrigin(header(req, PAGE_HEADER));
  // The page's own changes are not sent back to it: it already shows what they answered.
  const unsubscribe = live.subscribe((message, origin) => {
    if (origin === null || origin !== page) write(message);
  });
  const keepalive = setInterval(() => res.write(': still here\n\n'), LIVE_KEEPALIVE_MS);
  keepalive.unref();
  res.on('close', () => {
    clearInterval(keepalive);
    unsubscribe();
  });
}

/** The page's name as a call's origin; anything that does not look like one is no name at all. */
function pageOrigin(value: string | undefined): string | undefined {
  return value !== undefined && /^[A-Za-z0-9_-]{8,64}$/.test(value) ? `page:${value}` : undefined;
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function refuse(res: http.ServerResponse, verdict: Extract<GuardVerdict, { allowed: false }>): void {
  send(res, verdict.status, { ok: false, error: { code: 'FORBIDDEN', message: verdict.message } });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
