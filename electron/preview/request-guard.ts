import crypto from 'node:crypto';

export interface GuardConfig {
  port: number;
  token: string;
}

export interface IncomingFacts {
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
}

export type GuardVerdict = { allowed: true } | { allowed: false; status: number; message: string };

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/**
 * Browser mode serves real data, so an API call must prove three things:
 * it is addressed to this loopback port (a foreign Host header means DNS rebinding),
 * it comes from this app's own page (a foreign Origin means another site), and
 * it carries the per-run token printed at start-up.
 */
export function checkApiRequest(facts: IncomingFacts, config: GuardConfig): GuardVerdict {
  if (!isOwnHost(facts.host, config.port)) return { allowed: false, status: 421, message: 'This server only answers requests addressed to itself.' };
  if (facts.origin !== undefined && !isOwnOrigin(facts.origin, config.port)) {
    return { allowed: false, status: 403, message: 'Requests from other web pages are refused.' };
  }
  if (!facts.token || !tokensMatch(facts.token, config.token)) {
    return { allowed: false, status: 401, message: 'This request did not carry the session token. Open the address printed when browser mode started.' };
  }
  return { allowed: true };
}

/** Static files carry no data, but a foreign Host is still refused so a rebinding page cannot script them. */
export function checkStaticRequest(facts: Pick<IncomingFacts, 'host'>, config: Pick<GuardConfig, 'port'>): GuardVerdict {
  return isOwnHost(facts.host, config.port) ? { allowed: true } : { allowed: false, status: 421, message: 'This server only answers requests addressed to itself.' };
}

export function isOwnHost(host: string | undefined, port: number): boolean {
  return host !== undefined && LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

export function isOwnOrigin(origin: string, port: number): boolean {
  return LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`);
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}
