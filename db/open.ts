/**
 * The one place a workspace database is opened: WAL, foreign keys, busy timeout, the Arabic normaliser
 * registered as an SQL function, and migrations keyed on PRAGMA user_version.
 */
import Database from 'better-sqlite3';
import { normalizeArabic } from '../core/arabic/normalize';
import { textHash } from '../core/qa/types';
import { MIGRATIONS, LATEST_VERSION } from './migrations';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
}

export interface OpenOptions {
  /** Migrate only up to this version (tests of a migration step). */
  targetVersion?: number;
  /** better-sqlite3 built for another ABI (the desktop app's Electron build); default: node_modules' build. */
  nativeBinding?: string | undefined;
}

/** How long a write waits for another process (the app, the CLI, a second server) to finish its own. */
export const BUSY_TIMEOUT_MS = 5000;

/** SQLite gave up waiting for another process's lock (after BUSY_TIMEOUT_MS). */
export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export function openWorkspace(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    throw new WorkspaceError(`${file}: cannot open the workspace: ${(e as Error).message}`);
  }
  try {
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('synchronous = NORMAL');
    db.function('ar_norm', { deterministic: true }, (s: unknown) =>
      typeof s === 'string' ? normalizeArabic(s) : null,
    );
    // QA flag keys hash both texts of a paragraph; migration 5 re-keys accepted flags with the same hash.
    db.function('text_hash', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? textHash(s) : null));
    migrate(db, MIGRATIONS, options.targetVersion ?? LATEST_VERSION, file);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Runs the pending migrations in one transaction; refuses a database written by a newer Dragoman.
 * The version is read inside an immediate (write-locked) transaction, so two processes opening a new
 * workspace at once (the app and the CLI) cannot both migrate it.
 */
export function migrate(db: Db, migrations: readonly Migration[], target: number, file = 'workspace'): void {
  const latest = migrations.reduce((v, m) => Math.max(v, m.version), 0);
  const run = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > latest) {
      throw new WorkspaceError(
        `${file}: this workspace was written by a newer version of Dragoman (schema ${current}, this one knows ${latest}); update Dragoman to open it`,
      );
    }
    for (const m of migrations.filter((x) => x.version > current && x.version <= target)) {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  run.immediate();
}
