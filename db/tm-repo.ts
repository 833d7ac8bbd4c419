/**
 * Translation memories, their units and the units' index: plain synchronous functions over parameterised SQL.
 * The tm service owns the transactions. Every write of a unit writes its index rows too (contentless FTS5: the
 * unit's rowid is the index row's rowid).
 */
import type { Db } from './open';

export interface MemoryRow {
  id: string;
  name: string;
  priority: number;
  penalty: number;
  units: number;
}

export function listMemories(db: Db): MemoryRow[] {
  return db
    .prepare(
      `SELECT m.id, m.name, m.priority, m.penalty, (SELECT COUNT(*) FROM tm_units u WHERE u.memory_id = m.id) AS units
       FROM tm_memories m ORDER BY m.priority, m.created_at, m.name`,
    )
    .all() as MemoryRow[];
}

export function insertMemory(db: Db, m: { id: string; name: string; now: string }): void {
  const next = (db.prepare('SELECT COALESCE(MAX(priority), 0) + 1 AS p FROM tm_memories').get() as { p: number }).p;
  db.prepare('INSERT INTO tm_memories (id, name, priority, penalty, created_at, changed_at) VALUES (?, ?, ?, 0, ?, ?)').run(m.id, m.name, next, m.now, m.now);
}

export function updateMemory(db: Db, id: string, patch: { priority?: number | undefined; penalty?: number | undefined }, now: string): void {
  if (patch.priority !== undefined) db.prepare('UPDATE tm_memories SET priority = ?, changed_at = ? WHERE id = ?').run(patch.priority, now, id);
  if (patch.penalty !== undefined) db.prepare('UPDATE tm_memories SET penalty = ?, changed_at = ? WHERE id = ?').run(patch.penalty, now, id);
}

export function disabledMemories(db: Db, documentId: string): Set<string> {
  const rows = db.prepare('SELECT memory_id FROM tm_disabled WHERE document_id = ?').all(documentId) as Array<{ memory_id: string }>;
  return new Set(rows.map((r) => r.memory_id));
}

export function setDisabled(db: Db, documentId: string, memoryId: string, disabled: boolean): void {
  if (disabled) db.prepare('INSERT OR IGNORE INTO tm_disabled (document_id, memory_id) VALUES (?, ?)').run(documentId, memoryId);
  else db.prepare('DELETE FROM tm_disabled WHERE document_id = ? AND memory_id = ?').run(documentId, memoryId);
}

export interface UnitRow {
  rowid: number;
  id: string;
  memory_id: string;
  parent_id: string | null;
  sentence: number | null;
  source: string;
  target: string;
  source_key: number;
  prev_key: number | null;
  next_key: number | null;
  tokens: number;
  origin_document: string | null;
  origin_paragraph: number | null;
  origin_file: string | null;
  tuid: string | null;
  author: string | null;
  /** JSON: inline codes, notes, props. */
  extra: string | null;
  created_at: string;
  changed_at: string;
}

export type NewUnit = Omit<UnitRow, 'rowid'> & { stems: string };

export function insertUnit(db: Db, u: NewUnit): number {
  const r = db
    .prepare(
      `INSERT INTO tm_units (id, memory_id, parent_id, sentence, source, target, source_key, prev_key, next_key, tokens,
         origin_document, origin_paragraph, origin_file, tuid, author, extra, created_at, changed_at)
       VALUES (@id, @memory_id, @parent_id, @sentence, @source, @target, @source_key, @prev_key, @next_key, @tokens,
         @origin_document, @origin_paragraph, @origin_file, @tuid, @author, @extra, @created_at, @changed_at)`,
    )
    .run(u);
  const rowid = Number(r.lastInsertRowid);
  db.prepare('INSERT INTO tm_index (rowid, stems) VALUES (?, ?)').run(rowid, u.stems);
  db.prepare('INSERT INTO tm_index_en (rowid, text) VALUES (?, ?)').run(rowid, u.target);
  return rowid;
}

/** Rewrites a unit's texts (a re-confirmed row, a re-imported unit) and its index rows; its id and creation stay. */
export function updateUnit(
  db: Db,
  rowid: number,
  u: Pick<NewUnit, 'source' | 'target' | 'source_key' | 'prev_key' | 'next_key' | 'tokens' | 'author' | 'extra' | 'changed_at' | 'stems'>,
): void {
  db.prepare(
    `UPDATE tm_units SET source = @source, target = @target, source_key = @source_key, prev_key = @prev_key, next_key = @next_key,
       tokens = @tokens, author = COALESCE(@author, author), extra = @extra, changed_at = @changed_at WHERE rowid = @rowid`,
  ).run({ ...u, rowid });
  db.prepare('DELETE FROM tm_index WHERE rowid = ?').run(rowid);
  db.prepare('DELETE FROM tm_index_en WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO tm_index (rowid, stems) VALUES (?, ?)').run(rowid, u.stems);
  db.prepare('INSERT INTO tm_index_en (rowid, text) VALUES (?, ?)').run(rowid, u.target);
}

/** Deletes the sentence units of a paragraph unit, with their index rows. */
export function deleteChildren(db: Db, parentId: string): void {
  const rows = db.prepare('SELECT rowid FROM tm_units WHERE parent_id = ?').all(parentId) as Array<{ rowid: number }>;
  for (const r of rows) {
    db.prepare('DELETE FROM tm_index WHERE rowid = ?').run(r.rowid);
    db.prepare('DELETE FROM tm_index_en WHERE rowid = ?').run(r.rowid);
  }
  db.prepare('DELETE FROM tm_units WHERE parent_id = ?').run(parentId);
}

export function unitByOrigin(db: Db, documentId: string, paragraph: number): UnitRow | undefined {
  return db
    .prepare('SELECT rowid, * FROM tm_units WHERE origin_document = ? AND origin_paragraph = ? AND parent_id IS NULL ORDER BY rowid LIMIT 1')
    .get(documentId, paragraph) as UnitRow | undefined;
}

export function unitsByKey(db: Db, key: number): UnitRow[] {
  return db.prepare('SELECT rowid, * FROM tm_units WHERE source_key = ?').all(key) as UnitRow[];
}

export function unitsByRowids(db: Db, rowids: readonly number[]): UnitRow[] {
  if (rowids.length === 0) return [];
  return db.prepare('SELECT rowid, * FROM tm_units WHERE rowid IN (SELECT value FROM json_each(?))').all(JSON.stringify(rowids)) as UnitRow[];
}

export function unitsOfMemory(db: Db, memoryId: string): UnitRow[] {
  return db.prepare('SELECT rowid, * FROM tm_units WHERE memory_id = ? AND parent_id IS NULL ORDER BY rowid').all(memoryId) as UnitRow[];
}

/** How many units the index holds a stem for (FTS5's own document frequency). */
export function stemFrequency(db: Db, stem: string): number {
  const r = db.prepare('SELECT doc FROM tm_terms WHERE term = ?').get(stem) as { doc: number } | undefined;
  return r?.doc ?? 0;
}

const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`;

/** The rowids of the units indexed under a stem (posting list), newest first. */
export function postings(db: Db, stem: string, limit = 1_000_000): number[] {
  return db.prepare('SELECT rowid FROM tm_index WHERE tm_index MATCH ? ORDER BY rowid DESC LIMIT ?').pluck().all(quote(stem), limit) as number[];
}

/**
 * Units whose index holds every group of stems (a group: the alternative readings of one word), newest first,
 * below `before` (a rowid; paging). `side` chooses the Arabic stem index or the English word index.
 */
export function unitsMatchingAll(db: Db, groups: readonly string[][], side: 'ar' | 'en', limit: number, before = Number.MAX_SAFE_INTEGER): number[] {
  const query = groups.map((g) => `(${g.map(quote).join(' OR ')})`).join(' AND ');
  const table = side === 'ar' ? 'tm_index' : 'tm_index_en';
  return db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?`).pluck().all(query, before, limit) as number[];
}
