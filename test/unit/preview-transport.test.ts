import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../electron/core/data/change-feed';
import { LiveRelay } from '../../electron/core/live-relay';
import { checkApiRequest, newToken } from '../../electron/preview/request-guard';
import { startPreviewServer } from '../../electron/preview/http-transport';
import { resolveStaticFile } from '../../electron/static-files';
import { testCore } from './support/core';
import { tempDir } from './support/temp-dir';

function post(port: number, pathname: string, headers: Record<string, string>, body: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser-mode request guard', () => {
  const config = { port: 4100, token: 'secret-token' };
  it('allows a request to its own host, from its own page, with the token', () => {
    expect(checkApiRequest({ host: '127.0.0.1:4100', origin: 'http://127.0.0.1:4100', token: 'secret-token' }, config)).toEqual({ allowed: true });
    expect(checkApiRequest({ host: 'localhost:4100', origin: undefined, token: 'secret-token' }, config)).toEqual({ allowed: true });
  });
  it('refuses a missing or wrong token', () => {
    expect(checkApiRequest({ host: '127.0.0.1:4100', origin: undefined, token: undefined }, config)).toMatchObject({ allowed: false, status: 401 });
    expect(checkApiRequest({ host: '127.0.0.1:4100', origin: undefined, token: 'secret-tokeN' }, config)).toMatchObject({ allowed: false, status: 401 });
  });
  it('refuses a foreign Host header (DNS rebinding) even with the token', () => {
    for (const host of ['evil.example:4100', '127.0.0.1:4101', '127.0.0.1', undefined, '0.0.0.0:4100']) {
      expect(checkApiRequest({ host, origin: undefined, token: 'secret-token' }, config), String(host)).toMatchObject({ allowed: false, status: 421 });
    }
  });
  it('refuses a foreign Origin even with the token', () => {
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:9999', 'https://127.0.0.1:4100']) {
      expect(checkApiRequest({ host: '127.0.0.1:4100', origin, token: 'secret-token' }, config), origin).toMatchObject({ allowed: false, status: 403 });
    }
  });
  it('makes a different, long token each run', () => {
    const a = newToken();
    expect(a).not.toBe(newToken());
    expect(a.length).toBeGreaterThanOrEqual(40);
  });
});

describe('browser-mode HTTP transport', () => {
  it('listens on loopback only and answers only with the token', async () => {
    const core = await testCore();
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    const server = await startPreviewServer({ router: core.router, token: 'tok', staticDir });
    try {
      expect((server.server.address() as { address: string }).address).toBe('127.0.0.1');
      const host = `127.0.0.1:${server.port}`;
      const ok = await post(server.port, '/api/teams.create', { 'X-Panelroom-Token': 'tok', Host: host }, JSON.stringify({ input: { name: 'Team A' } }));
      expect(ok).toMatchObject({ status: 200, json: { ok: true, value: { name: 'Team A' } } });

      const noToken = await post(server.port, '/api/teams.create', { Host: host }, JSON.stringify({ input: { name: 'Team B' } }));
      expect(noToken.status).toBe(401);
      const foreignHost = await post(server.port, '/api/teams.create', { 'X-Panelroom-Token': 'tok', Host: 'attacker.example' }, JSON.stringify({ input: { name: 'Team C' } }));
      expect(foreignHost.status).toBe(421);
      const badJson = await post(server.port, '/api/teams.create', { 'X-Panelroom-Token': 'tok', Host: host }, '{not json');
      expect(badJson).toMatchObject({ status: 400, json: { ok: false, error: { code: 'INVALID_INPUT' } } });

      expect((await core.ok('teams.list')).map((t) => t.name)).toEqual(['Team A']);

      // Hashed build files are kept for good (their compiled code with them); the page is checked every time.
      fs.mkdirSync(path.join(staticDir, 'assets'));
      fs.writeFileSync(path.join(staticDir, 'assets', 'index-abc123.js'), 'export {};');
      const asset = await fetch(`http://${host}/assets/index-abc123.js`);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const page = await fetch(`http://${host}/`);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    } finally {
      await server.close();
    }
  });
});

/** Opens the stream of changes and gathers its messages until closed. */
function openLive(port: number, headers: Record<string, string>): Promise<{ status: number; type: string | undefined; messages: unknown[]; close(): void; body: () => string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/live', method: 'GET', headers }, (res) => {
      let text = '';
      const messages: unknown[] = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
          const block = text.slice(0, end);
          text = text.slice(end + 2);
          if (block.startsWith('data: ')) messages.push(JSON.parse(block.slice('data: '.length)));
        }
      });
      res.on('error', () => undefined);
      resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], messages, close: () => req.destroy(), body: () => text });
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(what: string, check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Waited ${ms} ms for ${what}.`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('browser-mode stream of changes', () => {
  it('streams each committed change to every page holding the token, ids only, and refuses anyone else', async () => {
    const core = await testCore();
    const live = new LiveRelay();
    live.follow(core.changes);
    const server = await startPreviewServer({ router: core.router, token: 'tok', staticDir: tempDir(), live });
    const host = `127.0.0.1:${server.port}`;
    try {
      const refused = await openLive(server.port, { Host: host });
      expect(refused.status).toBe(401);
      const foreign = await openLive(server.port, { 'X-Panelroom-Token': 'tok', Host: host, Origin: 'http://evil.example' });
      expect(foreign.status).toBe(403);

      const chair = await openLive(server.port, { 'X-Panelroom-Token': 'tok', Host: host, 'X-Panelroom-Page': 'chair-page-1' });
      const coordinator = await openLive(server.port, { 'X-Panelroom-Token': 'tok', Host: host, 'X-Panelroom-Page': 'coordinator-page-1' });
      expect(chair).toMatchObject({ status: 200, type: 'text/event-stream; charset=utf-8' });
      // First the state of the link: none for this laptop's own file; on a team store, whether it is listening.
      await until('the link', () => chair.messages.length > 0 && coordinator.messages.length > 0);
      expect(chair.messages[0]).toEqual({ kind: 'link', link: core.changes.link === null ? null : { listening: true, lastHeardAt: expect.any(String) } });

      // The coordinator's page makes a change: the chair's page hears it, ids only; the page that made it is not told again.
      const created = await post(server.port, '/api/teams.create', { 'X-Panelroom-Token': 'tok', Host: host, 'X-Panelroom-Page': 'coordinator-page-1' }, JSON.stringify({ input: { name: 'Fostering North' } }));
      const teamId = (created.json as { value: { id: number } }).value.id;
      const expected = { kind: 'changes', events: [{ entity: 'team', ids: [teamId] }] };
      await until('the chair’s page to hear the change', () => chair.messages.some((m) => JSON.stringify(m) === JSON.stringify(expected)));
      expect(JSON.stringify(chair.messages)).not.toContain('Fostering North');

      // A change from elsewhere (a call naming no page): both hear it, the coordinator's page after nothing of its own.
      const other = await post(server.port, '/api/teams.create', { 'X-Panelroom-Token': 'tok', Host: host }, JSON.stringify({ input: { name: 'Fostering South' } }));
      const otherId = (other.json as { value: { id: number } }).value.id;
      const changes = (page: { messages: unknown[] }) => page.messages.filter((m) => (m as { kind: string }).kind === 'changes');
      await until('both pages to hear the other change', () => [chair, coordinator].every((page) => JSON.stringify(page.messages).includes(`"ids":[${otherId}]`)));
      expect(changes(coordinator)).toEqual([{ kind: 'changes', events: [{ entity: 'team', ids: [otherId] }] }]);

      // A page that goes is no longer written to; the other still hears.
      chair.close();
      await post(server.port, '/api/teams.create', { 'X-Panelroom-Token': 'tok', Host: host }, JSON.stringify({ input: { name: 'Fostering East' } }));
      await until('the remaining page to hear', () => changes(coordinator).length === 2);
      coordinator.close();
    } finally {
      await server.close();
    }
  });

  it('tells every page to read everything again when another store is opened', () => {
    const relay = new LiveRelay();
    const first = new ChangeFeed();
    const second = new ChangeFeed();
    relay.follow(first);
    const heard: unknown[] = [];
    relay.subscribe((m) => heard.push(m));
    second.setLink({ listening: true, lastHeardAt: '2026-11-26T10:42:05.000Z' });
    relay.follow(second);
    expect(heard).toEqual([
      { kind: 'link', link: { listening: true, lastHeardAt: '2026-11-26T10:42:05.000Z' } },
      { kind: 'changes', events: [{ entity: '*', ids: [] }] },
    ]);
    // The core that closed is no longer followed.
    first.publish([{ entity: 'child', ids: [1] }]);
    second.publish([{ entity: 'child', ids: [2] }]);
    expect(heard.slice(2)).toEqual([{ kind: 'changes', events: [{ entity: 'child', ids: [2] }] }]);
  });
});

describe('static files', () => {
  it('never serve a file outside the renderer folder', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'index.html'), 'x');
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'x');
    expect(resolveStaticFile(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveStaticFile(root, '/settings/teams')).toBe(path.join(root, 'index.html'));
    for (const evil of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/assets/%00.js', '/%E0%A4%A', '/../secret.txt']) {
      const resolved = resolveStaticFile(root, evil);
      expect(resolved === undefined || resolved.startsWith(root), evil).toBe(true);
    }
  });
});
