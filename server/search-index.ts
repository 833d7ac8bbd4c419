/**
 * The concordance's trigram index, kept beside the units and filled after a push has answered. Keeping a
 * GIN trigram index up to date costs about two thirds of a push of new units (every unit's Arabic gives
 * hundreds of trigrams), and a push is what a translator waits on; the search can be a moment behind.
 *
 * `unit_search` holds the normalised Arabic of every unit up to the revision in `search_progress`. Writes are
 * serialised (the store's write lock), so the units committed form a prefix of the revisions and "every unit
 * with rev > progress" is exactly what is left to index. Concordance reads the index and scans that short tail,
 * so a unit is found at once either way. Several server processes may run the indexer: an advisory lock lets
 * one work at a time, and inserting the same unit twice does nothing.
 */
import type pg from 'pg';
import type { Store } from './store';

const INDEX_LOCK = 0x64726769; // "drgi"
/** Units per transaction: short transactions, so the index never holds a long lock or a long snapshot. */
const CHUNK = 5000;
/** How often to look for units that arrived another way (another server process, an import in SQL). */
const POLL_MS = 2000;

/** The revision up to which every unit is in `unit_search`. */
export async function indexedUpTo(c: pg.ClientBase): Promise<number> {
  const r = await c.query<{ rev: string }>('SELECT rev FROM search_progress');
  return Number(r.rows[0]?.rev ?? 0);
}

/**
 * Indexes one chunk of the units not yet in `unit_search`; returns how many it took (0: up to date, or
 * another process holds the lock).
 */
export async function indexChunk(store: Store): Promise<number> {
  const c = await store.pool.connect();
  try {
    await c.query('BEGIN');
    const locked = await c.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [INDEX_LOCK]);
    if (!locked.rows[0]?.ok) {
      await c.query('ROLLBACK');
      return 0;
    }
    const from = await indexedUpTo(c);
    const r = await c.query<{ n: string; top: string | null }>(
      `WITH todo AS (SELECT id, source_norm, rev FROM units WHERE rev > $1 ORDER BY rev LIMIT $2),
            added AS (INSERT INTO unit_search (unit_id, source_norm)
                      SELECT id, source_norm FROM todo ON CONFLICT (unit_id) DO NOTHING)
       SELECT count(*) AS n, max(rev) AS top FROM todo`,
      [from, CHUNK],
    );
    const n = Number(r.rows[0]?.n ?? 0);
    if (n > 0) await c.query('UPDATE search_progress SET rev = GREATEST(rev, $1)', [r.rows[0]!.top]);
    await c.query('COMMIT');
    return n;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

export interface SearchIndexer {
  /** Something was written: index it soon (after the answer has gone). */
  poke(): void;
  /** Resolves when every unit committed so far is indexed (tests, the bench). */
  settled(): Promise<void>;
  stop(): void;
}

export function startSearchIndexer(store: Store, log: (line: string) => void = () => undefined): SearchIndexer {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        // One chunk at a time, yielding between them, so requests are served while a big backlog is indexed.
        while (!stopped && (await indexChunk(store)) > 0) await new Promise((r) => setImmediate(r));
      } while (again && !stopped);
    })()
      .catch((e: unknown) => log(JSON.stringify({ time: new Date().toISOString(), searchIndex: String(e) })))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void run(), POLL_MS);
  timer.unref();
  void run();
  return {
    poke: () => void setImmediate(() => void run()),
    settled: async () => {
      for (;;) {
        await run();
        const behind = await store.read(
          async (c) =>
            (await c.query<{ n: string }>('SELECT count(*) AS n FROM units WHERE rev > $1', [await indexedUpTo(c)]))
              .rows[0]!.n,
        );
        if (Number(behind) === 0 || stopped) return;
        await new Promise((r) => setTimeout(r, 50)); // another process holds the lock
      }
    },
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
