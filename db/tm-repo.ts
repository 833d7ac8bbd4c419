/**
 * Translation memories, their units and the units' index: plain synchronous functions over parameterised SQL,
 * statements prepared once per connection. The tm service owns the transactions. Every unit written hands its index
 * terms to a PostingWriter, flushed before the transaction ends (migration 7 says why the index is ours). Times are
 * ISO strings here and milliseconds in the table.
 */
import type { Statement } from 'better-sqlite3';
import { NewestFirst, decodeDeltas, encodeDeltas } from '../core/tm/postings';
import type { Db } from './open';

const cache = new WeakMap<Db, Map<string, Statement>>();
function stmt(db: Db, sql: string): Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

export interface MemoryRow {
  /** The memory's rowid: what units refer to. */
  num: number;
  id: string;
  name: string;
  priority: number;
  penalty: number;
}

export function listMemories(db: Db): MemoryRow[] {
  return stmt(
    db,
    'SELECT rowid AS num, id, name, priority, penalty FROM tm_memories ORDER BY priority, created_at, name',
  ).all() as MemoryRow[];
}

/** Paragraph units per memory (sentence units are derived and not counted). */
export function unitCounts(db: Db): Map<number, number> {
  const rows = stmt(
    db,
    'SELECT memory, COUNT(*) AS n FROM tm_units WHERE parent IS NULL GROUP BY memory',
  ).all() as Array<{ memory: number; n: number }>;
  return new Map(rows.map((r) => [r.memory, r.n]));
}

export function insertMemory(db: Db, m: { id: string; name: string; now: string }): void {
  const next = (stmt(db, 'SELECT COALESCE(MAX(priority), 0) + 1 AS p FROM tm_memories').get() as { p: number }).p;
  stmt(
    db,
    'INSERT INTO tm_memories (id, name, priority, penalty, created_at, changed_at) VALUES (?, ?, ?, 0, ?, ?)',
  ).run(m.id, m.name, next, m.now, m.now);
}

export function updateMemory(
  db: Db,
  num: number,
  patch: { priority?: number | undefined; penalty?: number | undefined },
  now: string,
): void {
  if (patch.priority !== undefined)
    stmt(db, 'UPDATE tm_memories SET priority = ?, changed_at = ? WHERE rowid = ?').run(patch.priority, now, num);
  if (patch.penalty !== undefined)
    stmt(db, 'UPDATE tm_memories SET penalty = ?, changed_at = ? WHERE rowid = ?').run(patch.penalty, now, num);
}

export function disabledMemories(db: Db, documentId: string): Set<number> {
  return new Set(stmt(db, 'SELECT memory FROM tm_disabled WHERE document_id = ?').pluck().all(documentId) as number[]);
}

export function setDisabled(db: Db, documentId: string, memory: number, disabled: boolean): void {
  if (disabled)
    stmt(db, 'INSERT OR IGNORE INTO tm_disabled (document_id, memory) VALUES (?, ?)').run(documentId, memory);
  else stmt(db, 'DELETE FROM tm_disabled WHERE document_id = ? AND memory = ?').run(documentId, memory);
}

/** A unit as read: a sentence unit has its texts cut from its parent's and the parent's origin, author and times. */
export interface UnitRow {
  rowid: number;
  /** A sentence unit's id is its parent's id and its sentence number: `UUID#K`. */
  id: string;
  memory: number;
  parent: number | null;
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

interface ReadRow extends Omit<UnitRow, 'created_at' | 'changed_at'> {
  source_start: number | null;
  source_end: number | null;
  target_start: number | null;
  target_end: number | null;
  created_at: number;
  changed_at: number;
}

const SELECT_UNITS = `
  SELECT u.rowid, COALESCE(u.id, p.id || '#' || u.sentence) AS id, u.memory, u.parent, u.sentence,
         COALESCE(u.source, p.source) AS source, COALESCE(u.target, p.target) AS target,
         u.source_start, u.source_end, u.target_start, u.target_end, u.source_key, u.prev_key, u.next_key, u.tokens,
         COALESCE(u.origin_document, p.origin_document) AS origin_document, COALESCE(u.origin_paragraph, p.origin_paragraph) AS origin_paragraph,
         COALESCE(u.origin_file, p.origin_file) AS origin_file, u.tuid, COALESCE(u.author, p.author) AS author, u.extra,
         COALESCE(u.created_at, p.created_at) AS created_at, COALESCE(u.changed_at, p.changed_at) AS changed_at
  FROM tm_units u LEFT JOIN tm_units p ON p.rowid = u.parent`;

function toUnit(r: ReadRow): UnitRow {
  const { source_start, source_end, target_start, target_end, ...rest } = r;
  const u: UnitRow = {
    ...rest,
    created_at: new Date(r.created_at).toISOString(),
    changed_at: new Date(r.changed_at).toISOString(),
  };
  if (r.parent !== null) {
    u.source = r.source.slice(source_start ?? 0, source_end ?? undefined);
    u.target = r.target.slice(target_start ?? 0, target_end ?? undefined);
  }
  return u;
}

const ms = (iso: string): number => Date.parse(iso);

export interface NewParagraphUnit {
  id: string;
  memory: number;
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
  extra: string | null;
  created_at: string;
  changed_at: string;
  /** Its index terms: normalised stems and `e:` English words. */
  stems: readonly string[];
}

export interface NewSentenceUnit {
  memory: number;
  parent: number;
  sentence: number;
  source_start: number;
  source_end: number;
  target_start: number;
  target_end: number;
  source_key: number;
  tokens: number;
  stems: readonly string[];
}

export function insertParagraphUnit(db: Db, u: NewParagraphUnit, postings: PostingWriter): number {
  const r = stmt(
    db,
    `INSERT INTO tm_units (id, memory, source, target, source_key, prev_key, next_key, tokens, origin_document, origin_paragraph,
       origin_file, tuid, author, extra, created_at, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    u.id,
    u.memory,
    u.source,
    u.target,
    u.source_key,
    u.prev_key,
    u.next_key,
    u.tokens,
    u.origin_document,
    u.origin_paragraph,
    u.origin_file,
    u.tuid,
    u.author,
    u.extra,
    ms(u.created_at),
    ms(u.changed_at),
  );
  const rowid = Number(r.lastInsertRowid);
  postings.add(rowid, u.stems);
  // A local change to a shared memory goes to the team's outbox in the same transaction (migration 13 says why
  // this is not a trigger any more). Sentence units are derived in each workspace and never sent.
  const shared = postings.outboxCollection(db, u.memory);
  if (shared !== null)
    stmt(
      db,
      "INSERT INTO team_outbox (kind, op, entity_id, collection_id, created_at) VALUES ('unit', 'upsert', ?, ?, ?)",
    ).run(u.id, shared, new Date().toISOString());
  return rowid;
}

export function insertSentenceUnit(db: Db, u: NewSentenceUnit, postings: PostingWriter): number {
  const r = stmt(
    db,
    `INSERT INTO tm_units (memory, parent, sentence, source_start, source_end, target_start, target_end, source_key, tokens)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    u.memory,
    u.parent,
    u.sentence,
    u.source_start,
    u.source_end,
    u.target_start,
    u.target_end,
    u.source_key,
    u.tokens,
  );
  const rowid = Number(r.lastInsertRowid);
  postings.add(rowid, u.stems);
  return rowid;
}

/**
 * Deletes a paragraph unit and its sentence units (a re-confirmed row or a re-imported unit is then written again,
 * same id, new rowid). Their rowids stay in posting lists until read; the units are gone.
 */
export function deleteParagraphUnit(db: Db, rowid: number): void {
  stmt(db, 'DELETE FROM tm_units WHERE parent = ?').run(rowid);
  stmt(db, 'DELETE FROM tm_units WHERE rowid = ?').run(rowid);
}

export function unitByOrigin(db: Db, documentId: string, paragraph: number): UnitRow | undefined {
  const r = stmt(
    db,
    `${SELECT_UNITS} WHERE u.origin_document = ? AND u.origin_paragraph = ? AND u.parent IS NULL ORDER BY u.rowid LIMIT 1`,
  ).get(documentId, paragraph) as ReadRow | undefined;
  return r ? toUnit(r) : undefined;
}

/** Paragraph and sentence units with this normalised key. */
export function unitsByKey(db: Db, key: number): UnitRow[] {
  return (stmt(db, `${SELECT_UNITS} WHERE u.source_key = ?`).all(key) as ReadRow[]).map(toUnit);
}

/** Paragraph units with this key in a memory, texts only (the import's duplicate check: no join, no date parsing). */
export function paragraphTextsByKey(
  db: Db,
  memory: number,
  key: number,
): Array<{ rowid: number; id: string; source: string; target: string; tuid: string | null; created_at: string }> {
  const rows = stmt(
    db,
    'SELECT rowid, id, source, target, tuid, created_at FROM tm_units WHERE source_key = ? AND memory = ? AND parent IS NULL',
  ).all(key, memory) as Array<{
    rowid: number;
    id: string;
    source: string;
    target: string;
    tuid: string | null;
    created_at: number;
  }>;
  return rows.map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString() }));
}

/** The keys of a memory's paragraph units (an import asks the table only for the keys it already holds). */
export function paragraphKeys(db: Db, memory: number): Set<number> {
  return new Set(
    stmt(db, 'SELECT source_key FROM tm_units WHERE memory = ? AND parent IS NULL').pluck().all(memory) as number[],
  );
}

export function unitsByRowids(db: Db, rowids: readonly number[]): UnitRow[] {
  if (rowids.length === 0) return [];
  return (
    stmt(db, `${SELECT_UNITS} WHERE u.rowid IN (SELECT value FROM json_each(?))`).all(
      JSON.stringify(rowids),
    ) as ReadRow[]
  ).map(toUnit);
}

/** Token counts of units, for the length bound before any text is read. */
export function tokenCounts(
  db: Db,
  rowids: readonly number[],
): Array<{ rowid: number; tokens: number; memory: number }> {
  if (rowids.length === 0) return [];
  return stmt(db, 'SELECT rowid, tokens, memory FROM tm_units WHERE rowid IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(rowids),
  ) as never;
}

export function unitsOfMemory(db: Db, memory: number): UnitRow[] {
  return (
    stmt(db, `${SELECT_UNITS} WHERE u.memory = ? AND u.parent IS NULL ORDER BY u.rowid`).all(memory) as ReadRow[]
  ).map(toUnit);
}

/** How many units the index lists under a stem (stale rowids included). */
export function stemFrequency(db: Db, stem: string): number {
  return (stmt(db, 'SELECT units FROM tm_postings WHERE stem = ?').pluck().get(stem) as number | undefined) ?? 0;
}

/** The rowids listed under a stem, ascending. */
export function postings(db: Db, stem: string): number[] {
  const blob = stmt(db, 'SELECT list FROM tm_postings WHERE stem = ?').pluck().get(stem) as Buffer | undefined;
  return blob ? decodeDeltas(blob) : [];
}

/** A stem's list to be read from its newest end (an empty one when no unit holds the stem), and its length. */
export function newestPostings(db: Db, stem: string): { list: NewestFirst; units: number } {
  const r = stmt(db, 'SELECT units, last, list FROM tm_postings WHERE stem = ?').get(stem) as
    { units: number; last: number; list: Buffer } | undefined;
  return r
    ? { list: new NewestFirst(r.list, r.last), units: r.units }
    : { list: new NewestFirst(new Uint8Array(0), 0), units: 0 };
}

/**
 * Collects the index terms of units written in one transaction and appends them to their lists once, at `flush`:
 * an import of 100,000 units touches each list once, not once per unit. Terms and rowids are kept in flat arrays
 * (a term's slot and a rowid per posting), not an array per term: an import adds five million postings.
 */
export class PostingWriter {
  private readonly slots = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per slot, the last rowid added: a unit's terms may repeat and count once. */
  private lastOf = new Float64Array(1024).fill(-1);
  private pairSlot = new Int32Array(1 << 14);
  private pairRow = new Float64Array(1 << 14);
  private n = 0;
  /** Per memory: its id when units inserted into it go to the team's outbox, else null (asked once per writer). */
  private readonly outbox = new Map<number, string | null>();
  /**
   * The collection (memory id) a paragraph unit inserted into `memory` is sent to: the memory is shared with the
   * team and no pull is being applied (team_applying). A writer lives for one transaction, so asking once holds.
   */
  outboxCollection(db: Db, memory: number): string | null {
    let id = this.outbox.get(memory);
    if (id === undefined) {
      id =
        (stmt(
          db,
          `SELECT m.id FROM tm_memories m JOIN team_collections c ON c.local_id = m.id
           WHERE m.rowid = ? AND NOT EXISTS (SELECT 1 FROM team_applying)`,
        )
          .pluck()
          .get(memory) as string | undefined) ?? null;
      this.outbox.set(memory, id);
    }
    return id;
  }
  /** Rowids must grow from one call to the next (they do: AUTOINCREMENT). */
  add(rowid: number, stems: readonly string[]): void {
    for (const s of stems) {
      let slot = this.slots.get(s);
      if (slot === undefined) {
        slot = this.terms.push(s) - 1;
        this.slots.set(s, slot);
        if (slot === this.lastOf.length) this.lastOf = grown(this.lastOf, -1);
      } else if (this.lastOf[slot] === rowid) continue;
      this.lastOf[slot] = rowid;
      if (this.n === this.pairSlot.length) {
        this.pairSlot = grown(this.pairSlot, 0);
        this.pairRow = grown(this.pairRow, 0);
      }
      this.pairSlot[this.n] = slot;
      this.pairRow[this.n++] = rowid;
    }
  }
  flush(db: Db): void {
    const k = this.terms.length;
    if (k > 0) {
      // The postings grouped by term (a counting sort: stable, so each term's rowids stay ascending).
      const start = new Int32Array(k + 1);
      for (let i = 0; i < this.n; i++) start[this.pairSlot[i]! + 1]!++;
      for (let t = 0; t < k; t++) start[t + 1]! += start[t]!;
      const at = start.slice(0, k);
      const rows = new Float64Array(this.n);
      for (let i = 0; i < this.n; i++) rows[at[this.pairSlot[i]!]!++] = this.pairRow[i]!;
      // Appending needs only each list's last rowid (its deltas go on from there): asked for all terms at once,
      // then one upsert a term that concatenates in SQLite, without reading the lists out.
      const last = new Map(
        stmt(db, 'SELECT stem, last FROM tm_postings WHERE stem IN (SELECT value FROM json_each(?))')
          .raw()
          .all(JSON.stringify(this.terms)) as Array<[string, number]>,
      );
      const upsert = stmt(
        db,
        `INSERT INTO tm_postings (stem, units, last, list) VALUES (?, ?, ?, ?)
         ON CONFLICT (stem) DO UPDATE SET units = units + excluded.units, last = excluded.last,
           list = CAST(list || excluded.list AS BLOB)`,
      );
      for (let t = 0; t < k; t++) {
        const list = rows.subarray(start[t]!, start[t + 1]!);
        upsert.run(
          this.terms[t]!,
          list.length,
          list[list.length - 1]!,
          encodeDeltas(list, last.get(this.terms[t]!) ?? 0),
        );
      }
    }
    this.slots.clear();
    this.terms.length = 0;
    this.lastOf.fill(-1);
    this.n = 0;
  }
}

function grown<T extends Float64Array | Int32Array>(a: T, fill: number): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  b.fill(fill, a.length);
  return b;
}
