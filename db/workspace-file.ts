/**
 * Checks on a workspace file before and after SQLite opens it, so a bad file is named and refused at once
 * instead of being silently re-initialised (a 0-byte file), hanging the UI (a damaged page) or failing at the
 * first save (a read-only file). New workspaces are created readable by the owner only, as Signal Desktop
 * does with its data.
 */
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
}

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** An empty file younger than this is a workspace another process is creating, not a truncated one. */
const JUST_CREATED_MS = 3_000;

/** What to tell the translator to do with a workspace that cannot be opened. */
export function restoreHint(file: string): string {
  return `restore a backup from ${path.join(path.dirname(file), 'backups')} with \`npm run cli -- restore BACKUP --db ${file}\`, or move the file away to start a new workspace`;
}

/**
 * Refuses, naming the file, what SQLite would accept or mishandle: an empty file, a file that is not an
 * SQLite database, a file or folder that cannot be written. Creates a new workspace file (mode 0600) where none
 * exists. Returns whether the file is new.
 */
export function checkWorkspaceFile(file: string): { created: boolean } {
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(file)) {
    if (!existsSync(dir)) throw new WorkspaceError(`${file}: the folder ${dir} does not exist`);
    writable(dir, `${file}: the folder ${dir} cannot be written, so no workspace can be created there`);
    try {
      writeFileSync(file, '', { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Another process (the app and the CLI at once) created it first: it is new all the same.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    return { created: true };
  }
  // A file created a moment ago by another process that has not written SQLite's header yet.
  const stat = statSync(file);
  if (stat.isFile() && stat.size === 0 && Date.now() - stat.mtimeMs < JUST_CREATED_MS) return { created: true };
  checkSqliteFile(file);
  // The mode bits as well as access(): root may write anything, but a file marked read-only was meant so.
  if ((stat.mode & 0o222) === 0)
    throw new WorkspaceError(
      `${file}: the workspace is read-only; make it writable (chmod u+w) or copy it to a writable folder`,
    );
  writable(
    file,
    `${file}: the workspace cannot be written by this user; make it writable or copy it to a writable folder`,
  );
  // WAL mode keeps two files beside the workspace: the folder must take them.
  writable(
    dir,
    `${file}: its folder ${dir} cannot be written (SQLite keeps its -wal and -shm files there); copy the workspace to a writable folder`,
  );
  return { created: false };
}

/** An existing file that holds an SQLite database (a workspace or a backup), or a message naming it. */
export function checkSqliteFile(file: string): void {
  if (!existsSync(file)) throw new WorkspaceError(`${file}: no such file`);
  const stat = statSync(file);
  if (stat.isDirectory()) throw new WorkspaceError(`${file}: is a folder, not a workspace file`);
  if (stat.size === 0) {
    throw new WorkspaceError(`${file}: the file is empty (0 bytes), not a Dragoman workspace; ${restoreHint(file)}`);
  }
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_HEADER) {
    throw new WorkspaceError(`${file}: not a Dragoman workspace (not an SQLite database); ${restoreHint(file)}`);
  }
}

function writable(target: string, message: string): void {
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new WorkspaceError(message);
  }
}

/** `PRAGMA quick_check` (O(size), no index cross-checks): a damaged page is found on open, not mid-session. */
export function checkIntegrity(db: Database.Database, file: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as Array<{ quick_check: string }>).map((r) => r.quick_check);
  } catch (e) {
    throw new WorkspaceError(`${file}: the workspace is damaged (${(e as Error).message}); ${restoreHint(file)}`);
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new WorkspaceError(
      `${file}: the workspace is damaged (${problems.slice(0, 2).join('; ')}); ${restoreHint(file)}`,
    );
  }
}
