/**
 * Live changes (issue 21): `GET /api/events` is a long-lived Server-Sent Events stream; whenever a write of any
 * server process over this PostgreSQL commits shared rows, every stream gets `event: change` with the newest
 * revision, and the workspaces pull at once. Across processes the word travels by PostgreSQL's LISTEN/NOTIFY on
 * one dedicated connection; if that connection is lost the hub reconnects, and meanwhile (or if LISTEN never
 * works) it polls the revision sequence every second, so a change is never missed for long. Streams carry a
 * comment every 15 s so proxies and the client notice a dead connection.
 */
import type http from 'node:http';
import pg from 'pg';

const CHANNEL = 'dragoman_changes';
const POLL_MS = 1000;
const KEEPALIVE_MS = 15_000;

export interface EventHub {
  /** After a write committed: tell every server process (and so every stream). */
  notify(): void;
  /** Serves one SSE stream until the client goes. */
  subscribe(req: http.IncomingMessage, res: http.ServerResponse): void;
  close(): Promise<void>;
}

export function createEventHub(pool: pg.Pool, connectionString: string | undefined): EventHub {
  const streams = new Set<http.ServerResponse>();
  let listener: pg.Client | undefined;
  let closed = false;
  let lastRevision = -1;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const broadcast = (revision: number): void => {
    lastRevision = Math.max(lastRevision, revision);
    for (const res of streams) res.write(`event: change\ndata: ${JSON.stringify({ revision })}\n\n`);
  };

  const listen = async (): Promise<void> => {
    if (closed || !connectionString) return;
    const client = new pg.Client({ connectionString });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (listener === client) listener = undefined;
      if (!closed) retry = setTimeout(() => void listen(), POLL_MS);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      client.on('notification', (n) => broadcast(Number(n.payload) || 0));
      listener = client;
    } catch {
      await client.end().catch(() => undefined);
    }
  };
  void listen();

  // The fallback: the revision sequence polled while LISTEN is down (and once a second anyway it is cheap:
  // one row read from a sequence). A revision moved by another process reaches the streams either way.
  const poll = setInterval(() => {
    if (listener || streams.size === 0) return;
    pool
      .query<{ last_value: string; is_called: boolean }>('SELECT last_value, is_called FROM revision')
      .then((r) => {
        const rev = r.rows[0]!.is_called ? Number(r.rows[0]!.last_value) : 0;
        if (lastRevision >= 0 && rev > lastRevision) broadcast(rev);
        lastRevision = Math.max(lastRevision, rev);
      })
      .catch(() => undefined);
  }, POLL_MS);
  poll.unref();
  const keepalive = setInterval(() => {
    for (const res of streams) res.write(': keep-alive\n\n');
  }, KEEPALIVE_MS);
  keepalive.unref();

  return {
    notify() {
      pool
        .query<{ rev: string; called: boolean }>('SELECT last_value AS rev, is_called AS called FROM revision')
        .then((r) =>
          pool.query('SELECT pg_notify($1, $2)', [CHANNEL, String(r.rows[0]!.called ? Number(r.rows[0]!.rev) : 0)]),
        )
        .catch(() => undefined);
    },
    subscribe(req, res) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`event: hello\ndata: ${JSON.stringify({ revision: lastRevision })}\n\n`);
      streams.add(res);
      const gone = (): void => void streams.delete(res);
      req.on('close', gone);
      res.on('close', gone);
    },
    async close() {
      closed = true;
      clearInterval(poll);
      clearInterval(keepalive);
      if (retry) clearTimeout(retry);
      for (const res of streams) res.end();
      streams.clear();
      await listener?.end().catch(() => undefined);
    },
  };
}
