/**
 * Browser-mode transport: serves the built renderer and the API on 127.0.0.1 only, to requests whose Host
 * header names this server (which stops DNS-rebinding pages).
 *
 * The per-launch token guards two things differently, because cookies are not isolated by port and any
 * page on another 127.0.0.1 port can set or replace them:
 * - the API takes the token from the `x-dragoman-token` header only, which the page keeps in its own
 *   sessionStorage (per origin: no other port can read or replace it). Saving never depends on a cookie.
 * - page loads take it from the address once (`?token=`), traded for an HttpOnly SameSite cookie and a
 *   redirect to `/#t=<token>` that hands the token to the page (a fragment never reaches any server). The
 *   cookie holds a second secret that opens the app's files only, never the API: cookies go to every server
 *   on 127.0.0.1 whatever its port, so another local server the browser visits may read it. Its name is
 *   random per launch. A load refused for want of the cookie answers with a page that retries with the token
 *   the tab kept, so even a tossed cookie cannot lock a tab out; a second tab asks an open one for the token
 *   (renderer/api/session.ts, a BroadcastChannel, which is per origin).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { decodeWire, encodeWire } from '../../core/api/wire';
import type { Dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security';

export interface ServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The page-load cookie's name (random per launch). */
  cookie: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

const MAX_BODY = 80 * 1024 * 1024; // a 50 MB file in base64, with room for the envelope

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The page shown when a load has no valid token: it retries with the token the tab kept, if any. */
const REAUTH_PAGE = `<!doctype html><meta charset="utf-8"><title>Dragoman</title><script src="/reauth.js"></script>
<p>Dragoman: open the address printed in the terminal, with its token.</p>`;
// The route (#/doc/…) is kept across the round trip: the redirect's fragment carries the token.
const REAUTH_SCRIPT = `try{var t=sessionStorage.getItem('dragoman-token');if(t&&!sessionStorage.getItem('dragoman-reauth')){sessionStorage.setItem('dragoman-reauth','1');sessionStorage.setItem('dragoman-route',location.hash);location.replace('/?token='+encodeURIComponent(t));}else{sessionStorage.removeItem('dragoman-reauth');}}catch(e){}`;

function cookieToken(req: http.IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        // Stop reading but keep the socket, so the client gets a 413 with a message rather than a reset.
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticRoot = path.resolve(options.staticDir);
  let allowedHosts: Set<string> = new Set();
  let allowedOrigins: Set<string> = new Set();
  let origin = '';
  // Random per launch: a page on another port cannot guess the name to replace or remove the cookie.
  const cookie = `dragoman_${randomBytes(9).toString('base64url')}`;
  // What the cookie carries: it opens the app's files, not the API (any other local server may see it).
  const pageSecret = randomBytes(24).toString('base64url');

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, `internal error: ${(e as Error).message}`);
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'unknown Host header');
    const url = new URL(req.url ?? '/', origin);
    const header = req.headers['x-dragoman-token'];
    if (url.pathname.startsWith('/api/')) {
      // The API trusts the header alone: a cookie can be tossed by any local page.
      if (typeof header !== 'string' || !sameSecret(header, token)) {
        return send(
          res,
          401,
          'Dragoman: this tab’s token is not the server’s (the server restarted?); open the address printed in the terminal',
        );
      }
      return handleApi(req, res, url.pathname.slice(5));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    if (url.pathname === '/reauth.js') return send(res, 200, REAUTH_SCRIPT, 'text/javascript; charset=utf-8');
    const given = url.searchParams.get('token') ?? header;
    const fromCookie = cookieToken(req, cookie);
    const allowed =
      typeof given === 'string'
        ? sameSecret(given, token)
        : typeof fromCookie === 'string' && sameSecret(fromCookie, pageSecret);
    if (!allowed) {
      res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
      return send(res, 401, REAUTH_PAGE, 'text/html; charset=utf-8');
    }
    if (url.searchParams.has('token')) {
      // Trade the token in the address for a cookie (page loads) and a fragment the page keeps (API calls);
      // the address bar and the history keep neither.
      url.searchParams.delete('token');
      res.setHeader('set-cookie', `${cookie}=${pageSecret}; HttpOnly; SameSite=Strict; Path=/`);
      res.writeHead(303, { location: `${url.pathname}${url.search}#t=${token}` });
      res.end();
      return;
    }
    return serveStatic(res, url.pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'method not allowed');
    const from = req.headers.origin;
    if (from !== undefined && !allowedOrigins.has(from)) return send(res, 403, 'foreign origin');
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body === '' ? {} : decodeWire(body);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        const message = 'the request is over the 80 MB limit (files may be at most 50 MB)';
        return send(res, 413, encodeWire({ ok: false, error: { code: 'too-large', message } }), 'application/json');
      }
      return send(
        res,
        400,
        encodeWire({ ok: false, error: { code: 'invalid-input', message: (e as Error).message } }),
        'application/json',
      );
    }
    const envelope = await options.dispatch(decodeURIComponent(method), input);
    send(res, 200, encodeWire(envelope), 'application/json; charset=utf-8');
  }

  function serveStatic(res: http.ServerResponse, pathname: string): void {
    let rel: string;
    try {
      rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    } catch {
      return send(res, 400, 'bad address: a malformed % escape');
    }
    const file = path.resolve(staticRoot, rel);
    if (!file.startsWith(staticRoot + path.sep)) return send(res, 404, 'not found');
    let target = file;
    try {
      if (!statSync(target).isFile()) target = path.join(staticRoot, 'index.html');
    } catch {
      // Client-side routes fall back to the app; a missing asset is a 404.
      if (path.extname(file)) return send(res, 404, 'not found');
      target = path.join(staticRoot, 'index.html');
    }
    const headers: Record<string, string> = {
      'content-type': MIME[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (target.endsWith('.html')) {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      headers['cache-control'] = 'no-store';
    }
    res.writeHead(200, headers);
    createReadStream(target).pipe(res);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') return reject(new Error('no port'));
      const port = address.port;
      origin = `http://127.0.0.1:${port}`;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      allowedOrigins = new Set([origin, `http://localhost:${port}`]);
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        port,
        token,
        cookie,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
