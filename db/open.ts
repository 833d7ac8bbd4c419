/**
 * The one place a workspace database is opened: the file checked first (db/workspace-file.ts), WAL, foreign
 * keys, busy timeout, `quick_check`, the Arabic normaliser registered as an SQL function, a backup before any
 * migration, and migrations keyed on PRAGMA user_version.
 */
import { rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { normalizeArabic } from '../core/arabic/normalize';
import { textHash } from '../core/qa/types';
import { dailyBackup, makeBackup } from './backup';
import { MIGRATIONS, LATEST_VERSION } from './migrations';
import type { Migration } from './migrations/types';
import { checkIntegrity, checkWorkspaceFile, WorkspaceError } from './workspace-file';

export type Db = Database.Database;

export { WorkspaceError };

export interface OpenOptions {
  /** Migrate only up to this version (tests of a migration step). */
  targetVersion?: number;
  /** better-sqlite3 built for another ABI (the desktop app's Electron build); default: node_modules' build. */
  nativeBinding?: string | undefined;
  /** The app's daily backup on start (the CLI and the tests leave it off). */
  dailyBackup?: boolean;
}

/**
 * How long SQLite itself waits for another process's lock (the app, the CLI, a second server). Short: that wait
 * blocks Node's event loop, so the dispatcher retries asynchronously instead (BUSY_GIVE_UP_MS in all) and
 * other requests, reads above all, are answered meanwhile.
 */
export const BUSY_TIMEOUT_MS = 25;
/** How long a call keeps retrying a locked workspace before it gives up with a message. */
export const BUSY_GIVE_UP_MS = 10_000;

/** SQLite gave up waiting for another process's lock (after BUSY_TIMEOUT_MS). */
export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export function openWorkspace(file: string, options: OpenOptions = {}): Db {
  const onDisk = file !== ':memory:';
  const { created } = onDisk ? checkWorkspaceFile(file) : { created: true };
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    throw new WorkspaceError(`${file}: cannot open the workspace: ${(e as Error).message}`);
  }
  try {
    if (onDisk && !created) checkIntegrity(db, file);
    if (onDisk) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Opening may wait for another process's write (the CLI mid-import) as long as the dispatcher would;
    // afterwards the short timeout, and the dispatcher retries without blocking.
    db.pragma(`busy_timeout = ${BUSY_GIVE_UP_MS}`);
    // FULL, knowingly: in WAL mode NORMAL survives a crash of the app but may roll back the last commits on a
    // power loss, and "nothing typed is lost" includes that. FULL adds one fsync of the WAL per commit:
    // `npm run bench -- workspace` measured 7.4 ms a save against 0.2 ms (p50) on this machine's disk, for
    // saves that come at most every 500 ms per tab; bulk writes (imports, pre-translation) are one commit.
    db.pragma('synchronous = FULL');
    db.function('ar_norm', { deterministic: true }, (s: unknown) =>
      typeof s === 'string' ? normalizeArabic(s) : null,
    );
    // QA flag keys hash both texts of a paragraph; migration 5 re-keys accepted flags with the same hash.
    db.function('text_hash', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? textHash(s) : null));
    const target = options.targetVersion ?? LATEST_VERSION;
    const current = db.pragma('user_version', { simple: true }) as number;
    // A copy of what the migration changes, kept beside the workspace: an upgrade can always be undone.
    if (onDisk && current > 0 && current < target) makeBackup(db, file, `before-v${target}`);
    migrate(db, MIGRATIONS, target, file);
    if (onDisk && !created && options.dailyBackup) dailyBackup(db, file);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return db;
  } catch (e) {
    db.close();
    // A workspace this open created and could not set up is not left behind as an empty file.
    if (onDisk && created) removeIfEmpty(file);
    if (isBusyError(e))
      throw new WorkspaceError(
        `${file}: another Dragoman process kept the workspace locked for over ${BUSY_GIVE_UP_MS / 1000} s; try again`,
      );
    throw e;
  }
}

/**
 * Runs the pending migrations in one transaction; refuses a database written by a newer Dragoman.
 * The version is read inside an immediate (write-locked) transaction, so two processes opening a new
 * workspace at once (the app and the CLI) cannot both migrate it.
 */
export function migrate(db: Db, migrations: readonly Migration[], target: number, file = 'workspace'): void {
  assertOrdered(migrations);
  const latest = migrations.reduce((v, m) => Math.max(v, m.version), 0);
  // Nothing to do: no write lock taken (another process may be writing; opening must not wait on it).
  const before = db.pragma('user_version', { simple: true }) as number;
  if (before > latest) {
    throw new WorkspaceError(
      `${file}: this workspace was written by a newer version of Dragoman (schema ${before}, this one knows ${latest}); update Dragoman to open it`,
    );
  }
  if (!migrations.some((x) => x.version > before && x.version <= target)) return;
  const run = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > latest) {
      throw new WorkspaceError(
        `${file}: this workspace was written by a newer version of Dragoman (schema ${current}, this one knows ${latest}); update Dragoman to open it`,
      );
    }
    for (const m of migrations.filter((x) => x.version > current && x.version <= target)) {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  run.immediate();
}

/** Versions strictly increase down the list: a step appended out of order or twice would run out of order. */
export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const before = migrations[i - 1];
    if (before && m.version <= before.version) {
      throw new Error(
        `migration ${m.version} (${m.name}) comes after ${before.version} (${before.name}): versions must strictly increase`,
      );
    }
  });
}

function removeIfEmpty(file: string): void {
  try {
    if (statSync(file).size === 0) rmSync(file, { force: true });
  } catch {
    // Already gone.
  }
}
