/**
 * Backups of a workspace: consistent copies made with `VACUUM INTO` (a snapshot inside one read transaction,
 * safe while other processes write), kept in a `backups/` folder beside the workspace, the newest few only.
 * Made before every migration and, by the app, on start when the newest is over a day old; the CLI's
 * `backup` and `restore` use the same functions.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION } from './migrations';
import { checkIntegrity, checkSqliteFile, WorkspaceError } from './workspace-file';

/** How many automatic backups are kept per workspace. */
export const KEEP_BACKUPS = 5;
export const DAY_MS = 24 * 60 * 60 * 1000;

export function backupsDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

function stem(dbFile: string): string {
  return path.basename(dbFile).replace(/\.[^.]*$/, '');
}

/** This workspace's automatic backups (not another workspace's of the same folder), newest first. */
export function listBackups(dbFile: string): Array<{ file: string; mtimeMs: number; reason: string }> {
  const dir = backupsDir(dbFile);
  if (!existsSync(dir)) return [];
  const name = new RegExp(
    `^${stem(dbFile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z-([a-z0-9-]+?)(?:-\\d+)?\\.sqlite$`,
  );
  return readdirSync(dir)
    .flatMap((f) => {
      const m = name.exec(f);
      return m
        ? [{ file: path.join(dir, f), mtimeMs: statSync(path.join(dir, f)).mtimeMs, reason: m[1] as string }]
        : [];
    })
    .sort((a, b) => b.mtimeMs - a.mtimeMs || b.file.localeCompare(a.file));
}

/**
 * Keeps the newest KEEP_BACKUPS daily backups; the ones made before a migration or a restore are rare and are
 * what undoes an upgrade or a restore, so they stay. `keep` (a backup being restored) is never removed.
 */
function prune(dbFile: string, keep?: string): void {
  const daily = listBackups(dbFile).filter((b) => b.reason === 'daily');
  for (const old of daily.slice(KEEP_BACKUPS))
    if (path.resolve(old.file) !== (keep && path.resolve(keep))) rmSync(old.file, { force: true });
}

/** A consistent copy of an open database into `out` (which must not exist), owner-readable only. */
export function copyInto(db: Database.Database, out: string): number {
  if (existsSync(out)) throw new WorkspaceError(`${out}: already exists; choose a new file for the backup`);
  db.prepare('VACUUM INTO ?').run(out);
  chmodSync(out, 0o600);
  return statSync(out).size;
}

/** Where the next automatic backup goes: backups/, named after the workspace, the time and why. */
function nextBackupFile(dbFile: string, reason: string, now: Date): string {
  const dir = backupsDir(dbFile);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let out = path.join(dir, `${stem(dbFile)}-${stamp}-${reason}.sqlite`);
  for (let n = 2; existsSync(out); n++) out = path.join(dir, `${stem(dbFile)}-${stamp}-${reason}-${n}.sqlite`);
  return out;
}

/** An automatic backup; then the oldest daily ones beyond the newest five are removed (`keep` never is). */
export function makeBackup(
  db: Database.Database,
  dbFile: string,
  reason: string,
  now = new Date(),
  keep?: string,
): string {
  const out = nextBackupFile(dbFile, reason, now);
  copyInto(db, out);
  prune(dbFile, keep);
  return out;
}

/** The app's daily backup: made when there is none or the newest is older than a day. */
export function dailyBackup(db: Database.Database, dbFile: string, now = new Date()): string | null {
  const newest = listBackups(dbFile)[0];
  if (newest && now.getTime() - newest.mtimeMs < DAY_MS) return null;
  return makeBackup(db, dbFile, 'daily', now);
}

/** `cli -- backup`: a copy of the workspace at `out`. */
export function backupTo(dbFile: string, out: string): { backup: string; bytes: number } {
  checkSqliteFile(dbFile);
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return { backup: out, bytes: copyInto(db, out) };
  } finally {
    db.close();
  }
}

/**
 * `cli -- restore`: checks that `from` is a sound workspace this Dragoman can open, backs up what it replaces,
 * then puts the copy in place (the old -wal and -shm files removed, or SQLite would replay them over it).
 * The app must not have the workspace open meanwhile.
 */
export function restoreFrom(from: string, dbFile: string): { restored: string; previous: string | null } {
  checkSqliteFile(from);
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    checkIntegrity(source, from);
    const version = source.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION)
      throw new WorkspaceError(
        `${from}: written by a newer Dragoman (schema ${version}, this one knows ${LATEST_VERSION})`,
      );
    if (version === 0) throw new WorkspaceError(`${from}: an SQLite file, but not a Dragoman workspace`);
  } finally {
    source.close();
  }
  if (existsSync(dbFile)) assertNotInUse(dbFile);
  let previous: string | null = null;
  if (existsSync(dbFile)) previous = setAside(dbFile, from);
  for (const side of ['-wal', '-shm']) rmSync(dbFile + side, { force: true });
  copyFileSync(from, dbFile);
  chmodSync(dbFile, 0o600);
  return { restored: from, previous };
}

/**
 * A restore must not pull the file from under a running app: every open connection holds a lock on the file
 * (a WAL reader's shared lock even when idle), so an exclusive lock is had only when nobody has it open.
 * Errors other than "locked" are left to `setAside`, which keeps a damaged file's bytes as they are.
 */
function assertNotInUse(dbFile: string): void {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(dbFile, { fileMustExist: true, timeout: 0 });
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('ROLLBACK');
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new WorkspaceError(
        `${dbFile}: the workspace is open in Dragoman (or another program); close it first, then restore`,
      );
    }
  } finally {
    probe?.close();
  }
}

/**
 * What a restore replaces, kept in backups/: a consistent copy when it is a sound workspace, else its bytes as
 * they are (a damaged or empty file is exactly what gets restored over, and VACUUM INTO cannot read it).
 */
function setAside(dbFile: string, restoring: string): string {
  let sound = false;
  try {
    checkSqliteFile(dbFile);
    const probe = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      checkIntegrity(probe, dbFile);
      sound = true;
    } finally {
      probe.close();
    }
  } catch {
    sound = false;
  }
  if (sound) {
    const current = new Database(dbFile, { fileMustExist: true });
    try {
      const out = makeBackup(current, dbFile, 'before-restore', new Date(), restoring);
      current.pragma('wal_checkpoint(TRUNCATE)');
      return out;
    } finally {
      current.close();
    }
  }
  const out = nextBackupFile(dbFile, 'before-restore', new Date());
  copyFileSync(dbFile, out);
  chmodSync(out, 0o600);
  for (const side of ['-wal', '-shm']) if (existsSync(dbFile + side)) copyFileSync(dbFile + side, out + side);
  return out;
}
