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

/** This workspace's automatic backups, newest first. */
export function listBackups(dbFile: string): Array<{ file: string; mtimeMs: number }> {
  const dir = backupsDir(dbFile);
  if (!existsSync(dir)) return [];
  const prefix = `${stem(dbFile)}-`;
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.sqlite'))
    .map((f) => ({ file: path.join(dir, f), mtimeMs: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs || b.file.localeCompare(a.file));
}

/** A consistent copy of an open database into `out` (which must not exist), owner-readable only. */
export function copyInto(db: Database.Database, out: string): number {
  if (existsSync(out)) throw new WorkspaceError(`${out}: already exists; choose a new file for the backup`);
  db.prepare('VACUUM INTO ?').run(out);
  chmodSync(out, 0o600);
  return statSync(out).size;
}

/** An automatic backup into backups/, named after the workspace, the time and why; older ones pruned. */
export function makeBackup(db: Database.Database, dbFile: string, reason: string, now = new Date()): string {
  const dir = backupsDir(dbFile);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let out = path.join(dir, `${stem(dbFile)}-${stamp}-${reason}.sqlite`);
  for (let n = 2; existsSync(out); n++) out = path.join(dir, `${stem(dbFile)}-${stamp}-${reason}-${n}.sqlite`);
  copyInto(db, out);
  for (const old of listBackups(dbFile).slice(KEEP_BACKUPS)) rmSync(old.file, { force: true });
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
    if (version > LATEST_VERSION) throw new WorkspaceError(`${from}: written by a newer Dragoman (schema ${version}, this one knows ${LATEST_VERSION})`);
    if (version === 0) throw new WorkspaceError(`${from}: an SQLite file, but not a Dragoman workspace`);
  } finally {
    source.close();
  }
  let previous: string | null = null;
  if (existsSync(dbFile)) {
    const current = new Database(dbFile, { fileMustExist: true });
    try {
      previous = makeBackup(current, dbFile, 'before-restore');
      current.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      current.close();
    }
  }
  for (const side of ['-wal', '-shm']) rmSync(dbFile + side, { force: true });
  copyFileSync(from, dbFile);
  chmodSync(dbFile, 0o600);
  return { restored: from, previous };
}
