/**
 * The browser mode's credential and connection state. The token arrives once in the address fragment
 * (`#t=…`, from the server's redirect) and is kept in this tab's sessionStorage, which no page of another
 * origin (another port) can read or replace; every API call sends it in a header. When the server restarted
 * with a new token the calls get 401: the tab says so and takes the new address instead of retrying forever.
 */
const KEY = 'dragoman-token';

export type Connection = { kind: 'ok' } | { kind: 'offline' } | { kind: 'unauthorized' };

let token: string | null = null;
let connection: Connection = { kind: 'ok' };
const listeners = new Set<(c: Connection) => void>();

function readToken(): string | null {
  const hash = new URLSearchParams(window.location.hash.slice(1));
  const fromAddress = hash.get('t');
  try {
    if (fromAddress) {
      sessionStorage.setItem(KEY, fromAddress);
      sessionStorage.removeItem('dragoman-reauth');
      if (hash.has('t')) {
        // Out of the address bar and the history; back to the route the re-authentication left from.
        const route = sessionStorage.getItem('dragoman-route') ?? '';
        sessionStorage.removeItem('dragoman-route');
        history.replaceState(null, '', window.location.pathname + window.location.search + route);
      }
      return fromAddress;
    }
    return sessionStorage.getItem(KEY);
  } catch {
    return fromAddress;
  }
}

export function sessionToken(): string | null {
  token ??= readToken();
  return token;
}

const CHANNEL = 'dragoman-token';

/**
 * A tab opened on the bare address (a second tab, a bookmark) has no token: it asks the tabs of this origin
 * that have one. A BroadcastChannel is per origin, port included, so no page of another port hears it.
 * Resolves with the token, or null when no open tab answers in time (the page then says how to get in).
 */
export async function askOpenTabs(timeoutMs = 600): Promise<string | null> {
  if (sessionToken() || typeof BroadcastChannel === 'undefined') return sessionToken();
  const channel = new BroadcastChannel(CHANNEL);
  try {
    return await new Promise<string | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      channel.onmessage = (e: MessageEvent<{ token?: string }>) => {
        const t = e.data?.token;
        if (typeof t !== 'string' || !t) return;
        clearTimeout(timer);
        token = t;
        try {
          sessionStorage.setItem(KEY, t);
        } catch {
          // Private mode: the token lives as long as the page.
        }
        resolve(t);
      };
      channel.postMessage({ want: true });
    });
  } finally {
    channel.close();
  }
}

/** Answers other tabs of this origin that ask for the token (see askOpenTabs). */
export function shareTokenWithNewTabs(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<{ want?: boolean }>) => {
    const t = sessionToken();
    if (e.data?.want && t) channel.postMessage({ token: t });
  };
}

/**
 * Takes the address the restarted server printed. Only an address of this same origin helps: the unsent
 * text is kept per origin. Returns false when the address is not one.
 */
export function adoptAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return false;
  }
  const t = url.searchParams.get('token') ?? new URLSearchParams(url.hash.slice(1)).get('t');
  if (!t || url.origin !== window.location.origin) return false;
  token = t;
  try {
    sessionStorage.setItem(KEY, t);
  } catch {
    // Private mode without storage: the token lives as long as the page.
  }
  setConnection({ kind: 'ok' });
  return true;
}

export function connectionState(): Connection {
  return connection;
}

export function setConnection(next: Connection): void {
  if (next.kind === connection.kind) return;
  connection = next;
  for (const l of listeners) l(next);
}

export function onConnection(listener: (c: Connection) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
