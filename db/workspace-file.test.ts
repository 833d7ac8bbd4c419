import {
  chmodSync,
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsDir, backupTo, listBackups, makeBackup, restoreFrom } from './backup';
import { openWorkspace, WorkspaceError } from './open';

const tmp = (): string => path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-ws-')), 'w.sqlite');
const OLD = Date.now() / 1000 - 3600;

/** A workspace holding one translated row of the seed's dateline. */
function withRow(file: string, target = 'Tehran, SANA'): void {
  const db = openWorkspace(file);
  db.prepare(
    "INSERT INTO documents (id, title, source_format, created_at, updated_at) VALUES ('d', 'تقرير', 'txt', 'x', 'x')",
  ).run();
  db.prepare(
    "INSERT INTO paragraphs (document_id, idx, source, target, status, source_words, updated_at) VALUES ('d', 0, 'طهران-سانا', ?, 'translated', 2, 'x')",
  ).run(target);
  db.close();
}

const targetOf = (file: string): string => {
  const db = openWorkspace(file);
  try {
    return (db.prepare('SELECT target FROM paragraphs').get() as { target: string }).target;
  } finally {
    db.close();
  }
};

describe('workspace files', () => {
  it('creates a new workspace readable by its owner only', () => {
    const file = tmp();
    openWorkspace(file).close();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a 0-byte file, naming it and saying what to do, and leaves it as it was', () => {
    const file = tmp();
    writeFileSync(file, '');
    utimesSync(file, OLD, OLD);
    expect(() => openWorkspace(file)).toThrow(WorkspaceError);
    expect(() => openWorkspace(file)).toThrow(
      `${file}: the file is empty (0 bytes), not a Dragoman workspace; restore a backup`,
    );
    expect(statSync(file).size).toBe(0);
  });

  it('refuses a file that is not an SQLite database', () => {
    const file = tmp();
    writeFileSync(file, 'source,target\nجوزجان,Jowzjan\n');
    expect(() => openWorkspace(file)).toThrow(`${file}: not a Dragoman workspace (not an SQLite database)`);
  });

  it('refuses a read-only workspace at once, not at the first save', () => {
    const file = tmp();
    withRow(file);
    chmodSync(file, 0o444);
    expect(() => openWorkspace(file)).toThrow(`${file}: the workspace is read-only`);
  });

  it('finds a damaged page on open and names the file', () => {
    const file = tmp();
    withRow(file);
    const db = openWorkspace(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    // Garbage over every page but the first (the header and the schema's root): b-tree pages are broken.
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    closeSync(fd);
    expect(() => openWorkspace(file)).toThrow(/the workspace is damaged .*restore a backup/);
  });
});

describe('opening while another process writes', () => {
  it('opens at once: no lock is taken when nothing is to migrate', () => {
    const file = tmp();
    withRow(file);
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    other.prepare("UPDATE paragraphs SET target = 'held'").run();
    const db = openWorkspace(file);
    expect(db.prepare('SELECT count(*) AS n FROM paragraphs').get()).toEqual({ n: 1 });
    db.close();
    other.exec('ROLLBACK');
    other.close();
  });
});

describe('backups', () => {
  it('backs up before a migration, and the backup opens with the old data', () => {
    const file = tmp();
    const old = openWorkspace(file, { targetVersion: 1 });
    old
      .prepare(
        "INSERT INTO documents (id, title, source_format, created_at, updated_at) VALUES ('d', 'تقرير', 'txt', 'x', 'x')",
      )
      .run();
    old.close();
    openWorkspace(file).close();
    const backups = listBackups(file);
    expect(backups).toHaveLength(1);
    expect(path.basename(backups[0]!.file)).toMatch(/^w-.*-before-v\d+\.sqlite$/);
    expect(statSync(backups[0]!.file).mode & 0o777).toBe(0o600);
    expect(statSync(backupsDir(file)).mode & 0o777).toBe(0o700);
    const copy = openWorkspace(backups[0]!.file);
    expect(copy.prepare('SELECT title FROM documents').all()).toEqual([{ title: 'تقرير' }]);
    copy.close();
  });

  it('makes the daily backup once a day, not on every start', () => {
    const file = tmp();
    withRow(file);
    openWorkspace(file, { dailyBackup: true }).close();
    openWorkspace(file, { dailyBackup: true }).close();
    expect(listBackups(file)).toHaveLength(1);
    const first = listBackups(file)[0]!.file;
    utimesSync(first, OLD - 86_400, OLD - 86_400);
    openWorkspace(file, { dailyBackup: true }).close();
    expect(listBackups(file)).toHaveLength(2);
  });

  it('backs up to a file and restores it, first backing up what it replaces', () => {
    const file = tmp();
    withRow(file, 'Tehran, SANA');
    const out = path.join(path.dirname(file), 'copy.sqlite');
    const made = backupTo(file, out);
    expect(made).toEqual({ backup: out, bytes: statSync(out).size });
    expect(() => backupTo(file, out)).toThrow(/already exists/); // never over another file

    const db = openWorkspace(file);
    db.prepare("UPDATE paragraphs SET target = 'Tehran (SANA)'").run();
    db.close();
    const r = restoreFrom(out, file);
    expect(r.restored).toBe(out);
    expect(r.previous && existsSync(r.previous)).toBeTruthy();
    expect(targetOf(file)).toBe('Tehran, SANA');
    expect(targetOf(r.previous!)).toBe('Tehran (SANA)'); // what was replaced is kept
  });

  it('refuses to restore over a workspace the app still has open, changing nothing', () => {
    const file = tmp();
    withRow(file, 'Tehran (SANA)');
    const out = path.join(path.dirname(file), 'copy.sqlite');
    backupTo(file, out);
    const app = openWorkspace(file); // the app, idle between saves
    app.prepare("UPDATE paragraphs SET target = 'Tehran, SANA'").run();
    expect(() => restoreFrom(out, file)).toThrow(
      `${file}: the workspace is open in Dragoman (or another program); close it first, then restore`,
    );
    expect((app.prepare('SELECT target FROM paragraphs').get() as { target: string }).target).toBe('Tehran, SANA');
    expect(listBackups(file).filter((b) => b.reason === 'before-restore')).toHaveLength(0);
    app.close();
    expect(restoreFrom(out, file).restored).toBe(out); // closed: the restore goes ahead
    expect(targetOf(file)).toBe('Tehran (SANA)');
  });

  it('refuses to restore from a file that is not a sound workspace, changing nothing', () => {
    const file = tmp();
    withRow(file);
    const junk = path.join(path.dirname(file), 'junk.sqlite');
    writeFileSync(junk, 'not a database at all');
    expect(() => restoreFrom(junk, file)).toThrow(`${junk}: not a Dragoman workspace`);
    expect(targetOf(file)).toBe('Tehran, SANA');
    expect(readdirSync(path.dirname(file))).not.toContain('backups');
  });

  it('restores the oldest backup without pruning it away, and keeps what undoes an upgrade', () => {
    const file = tmp();
    withRow(file, 'Tehran, SANA');
    const day = 86_400_000;
    const start = Date.parse('2026-11-01T08:00:00Z');
    const db = openWorkspace(file);
    const made = [0, 1, 2, 3, 4].map((d) => {
      const out = makeBackup(db, file, 'daily', new Date(start + d * day));
      utimesSync(out, (start + d * day) / 1000, (start + d * day) / 1000);
      return out;
    });
    const upgrade = makeBackup(db, file, 'before-v9', new Date(start - day));
    utimesSync(upgrade, (start - day) / 1000, (start - day) / 1000);
    db.close();
    const r = restoreFrom(made[0]!, file);
    expect(existsSync(made[0]!)).toBe(true);
    expect(existsSync(upgrade)).toBe(true);
    expect(existsSync(r.previous!)).toBe(true);
    expect(targetOf(file)).toBe('Tehran, SANA');
  });

  it("never counts or prunes another workspace's backups in the same folder", () => {
    const desk = tmp();
    const old = path.join(path.dirname(desk), 'w-old.sqlite');
    withRow(desk);
    withRow(old);
    const a = openWorkspace(old, { dailyBackup: true });
    a.close();
    expect(listBackups(old)).toHaveLength(1);
    expect(listBackups(desk)).toHaveLength(0); // w-old's backup is not w's
    openWorkspace(desk, { dailyBackup: true }).close();
    expect(listBackups(desk)).toHaveLength(1);
  });

  it('restores over a damaged workspace, keeping its bytes aside', () => {
    const file = tmp();
    withRow(file, 'Tehran, SANA');
    const copy = path.join(path.dirname(file), 'good.sqlite');
    backupTo(file, copy);
    writeFileSync(file, 'SQLite format 3\u0000' + 'garbage'.repeat(1000));
    const r = restoreFrom(copy, file);
    expect(readFileSync(r.previous!, 'latin1')).toContain('garbage');
    expect(targetOf(file)).toBe('Tehran, SANA');
  });
});
