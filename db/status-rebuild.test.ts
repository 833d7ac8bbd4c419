/**
 * Migration 12 rebuilds the paragraphs table to admit `reviewed`: a workspace at version 11 with real Arabic
 * documents (statuses, notes, inline codes, origins, versions, a role) is opened by this Dragoman, and every
 * row comes through identical, byte for byte, with its indexes, its foreign key and a reviewed status now
 * accepted (and a bad one still refused).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from './open';

const SEED = path.resolve(import.meta.dirname, '../../shared/samples/seed-ar.txt');

const dump = (db: ReturnType<typeof openWorkspace>): unknown[] =>
  db.prepare('SELECT * FROM paragraphs ORDER BY document_id, idx').all();

describe('migration 12: the paragraphs table rebuilt for the reviewed status', () => {
  it('copies every row identical, keeps the indexes and the cascade, and accepts reviewed', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-rebuild-')), 'w.sqlite');
    const old = openWorkspace(file, { targetVersion: 11 });
    const lines = readFileSync(SEED, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(5);
    const now = '2026-12-02T10:00:00.000Z';
    const statuses = ['untranslated', 'draft', 'translated'];
    old.transaction(() => {
      for (const doc of ['d1', 'd2']) {
        old
          .prepare(
            'INSERT INTO documents (id, title, source_format, created_at, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(doc, lines[0], 'txt', now, now, 7);
        lines.forEach((source, i) => {
          old
            .prepare(
              `INSERT INTO paragraphs (document_id, idx, source, target, status, source_words, role, external_id, note, updated_at, inline, version, changed_rev, origin)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              doc,
              i,
              source,
              i % 3 === 0 ? '' : `English ${i} of ${doc}`,
              statuses[i % 3],
              source.split(/\s+/).length,
              i === 0 ? JSON.stringify({ kind: 'heading', level: 1 }) : null,
              i % 2 ? `u${i}` : null,
              i % 4 === 1 ? `تعليق ${i}` : null,
              now,
              i === 2 ? JSON.stringify({ xliff: '2.0', codes: [] }) : null,
              i,
              i * 2,
              i % 3 === 2 ? 'tm:87' : null,
            );
        });
      }
    })();
    const before = dump(old);
    old.close();

    // Up to migration 12, the step under test (later ones have their own tests).
    const db = openWorkspace(file, { targetVersion: 12 });
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(dump(db)).toEqual(before);
    const indexes = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'paragraphs' ORDER BY name")
        .all() as Array<{ name: string }>
    ).map((r) => r.name);
    expect(indexes).toEqual(['paragraphs_by_changed_rev', 'paragraphs_by_status', 'sqlite_autoindex_paragraphs_1']);
    db.prepare("UPDATE paragraphs SET status = 'reviewed' WHERE document_id = 'd1' AND idx = 1").run();
    expect(() =>
      db.prepare("UPDATE paragraphs SET status = 'approved' WHERE document_id = 'd1' AND idx = 1").run(),
    ).toThrow(/CHECK constraint/);
    // The foreign key to documents survived: deleting a document removes its rows, and an orphan is refused.
    db.prepare("DELETE FROM documents WHERE id = 'd2'").run();
    expect((db.prepare("SELECT COUNT(*) AS n FROM paragraphs WHERE document_id = 'd2'").get() as { n: number }).n).toBe(
      0,
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO paragraphs (document_id, idx, source, source_words, updated_at) VALUES ('nope', 0, 'نص', 1, ?)",
        )
        .run(now),
    ).toThrow(/FOREIGN KEY/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
