/**
 * The desktop shell's hardening, as Electron's security guidance asks, written against the few Electron
 * methods it needs (passed in) so that it is tested without Electron, which cannot run here:
 * - every permission request and check denied (no camera, notifications, clipboard reads, …);
 * - the UI served from the custom `app://dragoman/` protocol with the strict CSP, never from `file://`
 *   (which would let the page read any local file it can name);
 * - a link leaves the app only if it is http(s) and the translator agreed after seeing where it goes.
 * Fuses (RunAsNode off, cookie encryption on, NODE_OPTIONS and --inspect off, asar integrity) are set at
 * packaging in electron-builder.json.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dragoman';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** For `protocol.registerSchemesAsPrivileged`, before the app is ready: a standard, secure origin of its own. */
export const APP_SCHEME_PRIVILEGES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

interface PermissionSession {
  setPermissionRequestHandler(
    handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (wc: unknown, permission: string) => boolean): void;
}

/** Denies by default: the workbench needs no permission at all. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * The `app://` handler: files of the built renderer only (no path out of it, no other host), each with
 * `nosniff`, the HTML with the CSP.
 */
export function appProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return new Response('not found', { status: 404 });
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    } catch {
      return new Response('bad address', { status: 400 });
    }
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) return new Response('not found', { status: 404 });
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return new Response('not found', { status: 404 });
    }
    const headers: Record<string, string> = {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
    };
    if (file.endsWith('.html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    return new Response(new Uint8Array(body), { status: 200, headers });
  };
}

/**
 * A link the page asked to open: http(s) only, and only once the translator has seen the address and said
 * yes (`ask`). Returns whether it was opened.
 */
export async function openExternalAfterAsking(
  url: string,
  ask: (url: string) => Promise<boolean>,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  if (!(await ask(url))) return false;
  await open(url);
  return true;
}
