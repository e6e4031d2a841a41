import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
