import http from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../core/api/wire';
import { composeApp } from '../app/compose';
import type { RunningServer } from './http-server';
import { startServer } from './http-server';

let server: RunningServer;

/** A raw request, so the Host header can be forged as a DNS-rebinding page would. */
function request(
  p: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: p,
        method: opts.method ?? 'GET',
        headers: { host: `127.0.0.1:${server.port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-http-'));
  const staticDir = path.join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Dragoman</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  server = await startServer({
    dispatch: composeApp({ dbFile: ':memory:', log: () => undefined }).dispatch,
    staticDir,
  });
});
afterAll(() => server.close());

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 and prints an address with a long per-launch token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('rejects requests without the token, or with a wrong one', async () => {
    expect((await request('/')).status).toBe(401);
    expect((await request('/?token=wrong')).status).toBe(401);
    const api = await request('/api/document.list', { method: 'POST', body: '{}' });
    expect(api.status).toBe(401);
    // The API never takes the token from a cookie or the address: a page on another port can toss cookies.
    const cookie = `${server.cookie}=${server.token}`;
    expect((await request('/api/document.list', { method: 'POST', headers: { cookie }, body: '{}' })).status).toBe(401);
    expect((await request(`/api/document.list?token=${server.token}`, { method: 'POST', body: '{}' })).status).toBe(
      401,
    );
  });

  it('rejects a foreign Host header even with the token (DNS rebinding)', async () => {
    const r = await request(`/?token=${server.token}`, { headers: { host: 'evil.example:80' } });
    expect(r.status).toBe(421);
  });

  it('trades the token in the address for an HttpOnly SameSite cookie and serves the app with a CSP', async () => {
    const r = await request(`/?token=${server.token}`);
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe(`/#t=${server.token}`); // the page keeps it for its API calls
    const cookie = String(r.headers['set-cookie']);
    // A name random per launch: another page cannot aim at it, and two servers never share one.
    expect(server.cookie).toMatch(/^dragoman_[\w-]{12}$/);
    expect(cookie.startsWith(`${server.cookie}=`)).toBe(true);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await request('/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    // The cookie opens the app's files only: it is not the API token (any other 127.0.0.1 server the browser
    // visits receives it), and the page carries no token either.
    expect(cookie).not.toContain(server.token);
    expect(page.body).not.toContain(server.token);
    expect(page.headers['cache-control']).toBe('no-store');
    const withCookie = await request('/api/document.list', {
      method: 'POST',
      headers: { cookie: cookie.split(';')[0]! },
      body: '{}',
    });
    expect(withCookie.status).toBe(401);
    const refused = await request('/', { headers: { cookie: `${server.cookie}=junk` } });
    expect(refused.body).not.toContain(server.token);
  });

  it('answers a page load without the token with a page that retries with the token the tab kept', async () => {
    const r = await request('/', { headers: { cookie: `${server.cookie}=junk` } });
    expect(r.status).toBe(401);
    expect(r.body).toContain('<script src="/reauth.js">');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    const script = await request('/reauth.js');
    expect(script.status).toBe(200);
    expect(script.body).toContain("sessionStorage.getItem('dragoman-token')");
  });

  it('answers a malformed % escape with 400, not an internal error', async () => {
    const r = await request('/assets/%E0%A4%A.js', { headers: { 'x-dragoman-token': server.token } });
    expect(r.status).toBe(400);
    expect(r.body).toContain('malformed % escape');
  });

  it('never serves files outside the app folder', async () => {
    const r = await request('/..%2fsecret.txt', { headers: { 'x-dragoman-token': server.token } });
    expect(r.body).not.toContain('outside');
  });

  it('runs the API with validation: bad input is refused before the handler runs', async () => {
    const headers = { 'x-dragoman-token': server.token, 'content-type': 'application/json' };
    const ok = await request('/api/document.list', { method: 'POST', headers, body: '{}' });
    expect(decodeWire(ok.body)).toEqual({ ok: true, value: [] });
    const bad = await request('/api/paragraph.update', {
      method: 'POST',
      headers,
      body: encodeWire({ documentId: 'x', index: -1 }),
    });
    const env = decodeWire(bad.body) as { ok: boolean; error: { code: string; message: string } };
    expect(env.ok).toBe(false);
    expect(env.error.code).toBe('invalid-input');
    expect(env.error.message).toMatch(/index/);
    const unknown = decodeWire((await request('/api/fs.readFile', { method: 'POST', headers, body: '{}' })).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const foreign = await request('/api/document.list', {
      method: 'POST',
      headers: { ...headers, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    const local = await request('/api/document.list', {
      method: 'POST',
      headers: { ...headers, host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` },
      body: '{}',
    });
    expect(local.status).toBe(200);
  });

  it('answers an oversized request with 413 and a message, not a reset connection', async () => {
    const headers = { 'x-dragoman-token': server.token, 'content-type': 'application/json' };
    const r = await request('/api/document.import', { method: 'POST', headers, body: 'x'.repeat(81 * 1024 * 1024) });
    expect(r.status).toBe(413);
    expect(decodeWire(r.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});
