/**
 * The server's connection to PostgreSQL: a pool, the schema migrated (once, under an advisory lock, so several
 * servers starting together do not race) and the one way to write: `write(fn)`, a transaction that first takes
 * the write lock, so revisions are handed out and committed in the same order.
 */
import pg from 'pg';
import type { ServerMigration } from './schema';
import { SERVER_MIGRATIONS } from './schema';

const MIGRATE_LOCK = 4242_0001;
const WRITE_LOCK = 4242_0002;

export class StoreError extends Error {
  override readonly name = 'StoreError';
}

export interface Store {
  pool: pg.Pool;
  /** The connection string (the live-change hub opens its own LISTEN connection with it). */
  url: string;
  read<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T>;
  write<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the --pg URL';
  }
}

export async function migrateServer(
  client: pg.ClientBase,
  migrations: readonly ServerMigration[] = SERVER_MIGRATIONS,
): Promise<void> {
  const latest = migrations.reduce((v, m) => Math.max(v, m.version), 0);
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS dragoman_schema (version integer NOT NULL)');
    const r = await client.query<{ version: number }>('SELECT version FROM dragoman_schema');
    const current = r.rows[0]?.version ?? 0;
    if (current > latest) {
      throw new StoreError(
        `this database was migrated by a newer Dragoman team server (schema ${current}, this one knows ${latest}); update the server`,
      );
    }
    for (const m of migrations.filter((x) => x.version > current)) {
      await client.query('BEGIN');
      try {
        await client.query(m.up);
        await client.query('DELETE FROM dragoman_schema');
        await client.query('INSERT INTO dragoman_schema (version) VALUES ($1)', [m.version]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new StoreError(`server schema migration ${m.version} (${m.name}) failed: ${(e as Error).message}`);
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]);
  }
}

export async function openStore(url: string, options: { max?: number } = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 8 });
  // An idle connection dropped by the server (a restart of PostgreSQL) must not crash the process.
  pool.on('error', () => undefined);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end();
    throw new StoreError(`cannot connect to PostgreSQL at ${redact(url)}: ${(e as Error).message}`);
  }
  try {
    await migrateServer(client);
  } catch (e) {
    client.release();
    await pool.end();
    throw e;
  }
  client.release();
  const tx = async <T>(lock: boolean, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await pool.connect();
    try {
      await c.query(lock ? 'BEGIN' : 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      if (lock) await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const value = await fn(c);
      await c.query('COMMIT');
      return value;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  };
  return {
    pool,
    url,
    read: (fn) => tx(false, fn),
    write: (fn) => tx(true, fn),
    close: () => pool.end(),
  };
}

/** The next revision; call inside `write` only. */
export async function nextRevision(c: pg.ClientBase): Promise<number> {
  const r = await c.query<{ rev: string }>("SELECT nextval('revision') AS rev");
  return Number(r.rows[0]!.rev);
}
