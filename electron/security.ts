/**
 * Security settings shared by the desktop window and the browser mode. The renderer loads only its own
 * files: no inline script, no remote origin, no framing, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Only http(s) links may leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The app's own page: for the packaged files exactly the renderer's index.html (another local HTML file the
 * window might reach gets neither navigation nor the API); for a served app, its origin.
 */
export function isAppUrl(url: string, appEntry: string): boolean {
  try {
    const u = new URL(url);
    const entry = new URL(appEntry);
    if (entry.protocol === 'file:')
      return u.protocol === 'file:' && decodeURIComponent(u.pathname) === decodeURIComponent(entry.pathname);
    // Scheme and host (with its port), not `origin`: a custom scheme's origin is "null", as a data: URL's is.
    return u.protocol === entry.protocol && u.host === entry.host && u.host !== '';
  } catch {
    return false;
  }
}
