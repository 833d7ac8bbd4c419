import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { assertOrdered, migrate, openWorkspace, WorkspaceError } from './open';

const tmp = (): string => path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-db-')), 'w.sqlite');

describe('openWorkspace', () => {
  it('opens a file in WAL mode with foreign keys on, migrated to the latest version', () => {
    const db = openWorkspace(tmp());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const strict = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%STRICT%'").all();
    expect(strict.map((r) => (r as { name: string }).name)).toEqual(
      expect.arrayContaining(['documents', 'paragraphs']),
    );
    db.close();
  });

  it('registers the Arabic normaliser as an SQL function', () => {
    const db = openWorkspace(':memory:');
    const row = db.prepare('SELECT ar_norm(?) AS k').get('بِأَفْغانِسْتـــان') as { k: string };
    expect(row.k).toBe('بافغانستان');
    db.close();
  });

  it('refuses a workspace written by a newer version and leaves it untouched', () => {
    const file = tmp();
    const db = openWorkspace(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    expect(() => openWorkspace(file)).toThrow(WorkspaceError);
    expect(() => openWorkspace(file)).toThrow(/newer version of Dragoman/);
  });

  it('migrates a version-1 workspace to the latest version and keeps every translation', () => {
    const file = tmp();
    const old = openWorkspace(file, { targetVersion: 1 });
    old
      .prepare(
        "INSERT INTO documents (id, title, source_format, created_at, updated_at) VALUES ('d', 'تقرير', 'txt', 'x', 'x')",
      )
      .run();
    old
      .prepare(
        "INSERT INTO paragraphs (document_id, idx, source, target, status, source_words, updated_at) VALUES ('d', 0, 'طهران-سانا', 'Tehran, SANA', 'translated', 2, 'x')",
      )
      .run();
    old.close();
    const db = openWorkspace(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT source, target, status FROM paragraphs').all()).toEqual([
      { source: 'طهران-سانا', target: 'Tehran, SANA', status: 'translated' },
    ]);
    db.close();
  });

  it('runs pending migrations in one transaction: a failing step leaves the previous version', () => {
    const db = openWorkspace(':memory:', { targetVersion: 0 });
    const broken = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'broken', up: 'CREATE TABLE x (a INT) STRICT; SELEC oops;' },
    ];
    expect(() => migrate(db, broken, LATEST_VERSION + 1)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'documents'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('lists the migrations with strictly increasing versions, and refuses a list that does not', () => {
    expect(() => assertOrdered(MIGRATIONS)).not.toThrow();
    const twice = [...MIGRATIONS, { version: LATEST_VERSION, name: 'again', up: '' }];
    expect(() => assertOrdered(twice)).toThrow(/versions must strictly increase/);
  });

  it('runs a migration written as a function inside the same transaction', () => {
    const db = openWorkspace(':memory:');
    const step = {
      version: LATEST_VERSION + 1,
      name: 'computed',
      up: (d: typeof db) => d.prepare("UPDATE settings SET value = value WHERE key = 'none'").run(),
    };
    migrate(db, [...MIGRATIONS, step], LATEST_VERSION + 1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    const failing = {
      version: LATEST_VERSION + 2,
      name: 'fails',
      up: () => {
        throw new Error('no');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, step, failing], LATEST_VERSION + 2)).toThrow('no');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    db.close();
  });
});
