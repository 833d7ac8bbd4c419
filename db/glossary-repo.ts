/** Glossaries and terms: plain synchronous functions over parameterised SQL; callers own transactions. */
import type { GlossaryTerm, TermKind } from '../core/glossary';
import type { Db } from './open';

export interface GlossaryRow {
  id: string;
  name: string;
  priority: number;
  terms: number;
}

export interface StoredTerm extends GlossaryTerm {
  glossaryId: string;
  key: string;
  useCount: number;
  createdAt: string;
  updatedAt: string;
}

interface TermRow {
  id: string;
  glossary_id: string;
  source: string;
  key: string;
  target: string;
  kind: TermKind;
  variants: string;
  note: string;
  deprecated: string;
  use_count: number;
  created_at: string;
  updated_at: string;
}

const TERM_COLUMNS =
  't.id, t.glossary_id, t.source, t.key, t.target, t.kind, t.variants, t.note, t.deprecated, t.use_count, t.created_at, t.updated_at';

function toTerm(r: TermRow): StoredTerm {
  return {
    id: r.id,
    glossaryId: r.glossary_id,
    source: r.source,
    key: r.key,
    target: r.target,
    kind: r.kind,
    variants: JSON.parse(r.variants) as string[],
    note: r.note,
    ...(r.deprecated !== '[]' ? { deprecated: JSON.parse(r.deprecated) as string[] } : {}),
    useCount: r.use_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listGlossaries(db: Db): GlossaryRow[] {
  return db
    .prepare(
      `SELECT g.id, g.name, g.priority, COUNT(t.id) AS terms
       FROM glossaries g LEFT JOIN terms t ON t.glossary_id = g.id GROUP BY g.id ORDER BY g.priority, g.created_at`,
    )
    .all() as GlossaryRow[];
}

export function insertGlossary(db: Db, g: { id: string; name: string; now: string }): void {
  const next = (db.prepare('SELECT COALESCE(MAX(priority), -1) + 1 AS p FROM glossaries').get() as { p: number }).p;
  db.prepare('INSERT INTO glossaries (id, name, priority, created_at) VALUES (?, ?, ?, ?)').run(
    g.id,
    g.name,
    next,
    g.now,
  );
}

/** The terms of the glossaries enabled for a document (all glossaries without one), highest priority first. */
export function enabledTerms(db: Db, documentId?: string): StoredTerm[] {
  const rows = db
    .prepare(
      `SELECT ${TERM_COLUMNS} FROM terms t JOIN glossaries g ON g.id = t.glossary_id
       WHERE NOT EXISTS (
         SELECT 1 FROM document_glossaries dg
         WHERE dg.document_id = ? AND dg.glossary_id = g.id AND dg.enabled = 0)
       ORDER BY g.priority, g.created_at, t.created_at, t.id`,
    )
    .all(documentId ?? '') as TermRow[];
  return rows.map(toTerm);
}

export function termsOfGlossary(db: Db, glossaryId: string): StoredTerm[] {
  const rows = db
    .prepare(`SELECT ${TERM_COLUMNS} FROM terms t WHERE t.glossary_id = ? ORDER BY t.created_at, t.id`)
    .all(glossaryId) as TermRow[];
  return rows.map(toTerm);
}

export function findTerm(db: Db, id: string): StoredTerm | undefined {
  const row = db.prepare(`SELECT ${TERM_COLUMNS} FROM terms t WHERE t.id = ?`).get(id) as TermRow | undefined;
  return row ? toTerm(row) : undefined;
}

export function findTermByKey(db: Db, glossaryId: string, key: string): StoredTerm | undefined {
  const row = db
    .prepare(`SELECT ${TERM_COLUMNS} FROM terms t WHERE t.glossary_id = ? AND t.key = ?`)
    .get(glossaryId, key) as TermRow | undefined;
  return row ? toTerm(row) : undefined;
}

export interface TermWrite {
  source: string;
  key: string;
  target: string;
  kind: TermKind;
  variants: string[];
  note: string;
  /** Absent: an update keeps the term's deprecated spellings. */
  deprecated?: string[];
}

export function insertTerm(db: Db, t: TermWrite & { id: string; glossaryId: string; now: string }): void {
  db.prepare(
    `INSERT INTO terms (id, glossary_id, source, key, target, kind, variants, note, deprecated, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    t.id,
    t.glossaryId,
    t.source,
    t.key,
    t.target,
    t.kind,
    JSON.stringify(t.variants),
    t.note,
    JSON.stringify(t.deprecated ?? []),
    t.now,
    t.now,
  );
}

export function updateTerm(db: Db, id: string, t: TermWrite & { now: string }): void {
  db.prepare(
    `UPDATE terms SET source = ?, key = ?, target = ?, kind = ?, variants = ?, note = ?, updated_at = ? WHERE id = ?`,
  ).run(t.source, t.key, t.target, t.kind, JSON.stringify(t.variants), t.note, t.now, id);
  if (t.deprecated !== undefined)
    db.prepare('UPDATE terms SET deprecated = ? WHERE id = ?').run(JSON.stringify(t.deprecated), id);
}

export function deleteTerm(db: Db, id: string): void {
  db.prepare('DELETE FROM terms WHERE id = ?').run(id);
}

export function incrementUse(db: Db, id: string): void {
  db.prepare('UPDATE terms SET use_count = use_count + 1 WHERE id = ?').run(id);
}

/** The term list's order: by the Arabic (its key, the article set aside, as dictionaries do) or by the English. */
export type TermOrder = 'ar' | 'en';

function orderBy(order: TermOrder): string {
  const arabic = "CASE WHEN t.key LIKE 'ال%' THEN substr(t.key, 3) ELSE t.key END, t.key";
  return order === 'en' ? 'lower(t.target), t.target, t.key' : `${arabic}, lower(t.target)`;
}

const like = (s: string, anywhere: boolean): string =>
  `${anywhere ? '%' : ''}${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Search by Arabic (normalised like the matcher, through the registered ar_norm: `keys.key` anywhere in a term or
 * a variant, `keys.prefixes` at the start of one, see core/glossary/search-keys.ts) or English (any case), in
 * `order`. An empty query lists every term.
 */
export function searchTerms(
  db: Db,
  q: { query: string; keys: { key: string; prefixes: string[] }; order: TermOrder; limit: number },
): StoredTerm[] {
  const where: string[] = [];
  const params: string[] = [];
  if (q.query.trim()) {
    const arabic = (pattern: string): void => {
      // Variants are a JSON array: a variant begins after a quote.
      where.push("t.key LIKE ? ESCAPE '\\'", "ar_norm(t.variants) LIKE ? ESCAPE '\\'");
      params.push(pattern, pattern.startsWith('%') ? pattern : `%"${pattern}`);
    };
    if (q.keys.key) arabic(like(q.keys.key, true));
    for (const p of q.keys.prefixes) arabic(like(p, false));
    where.push("lower(t.target) LIKE lower(?) ESCAPE '\\'");
    params.push(like(q.query.trim(), true));
  }
  const rows = db
    .prepare(
      `SELECT ${TERM_COLUMNS} FROM terms t
       ${where.length ? `WHERE ${where.join(' OR ')}` : ''}
       ORDER BY ${orderBy(q.order)} LIMIT ?`,
    )
    .all(...params, q.limit) as TermRow[];
  return rows.map(toTerm);
}

export function setDocumentGlossary(db: Db, documentId: string, glossaryId: string, enabled: boolean): void {
  db.prepare(
    `INSERT INTO document_glossaries (document_id, glossary_id, enabled) VALUES (?, ?, ?)
     ON CONFLICT (document_id, glossary_id) DO UPDATE SET enabled = excluded.enabled`,
  ).run(documentId, glossaryId, enabled ? 1 : 0);
}

export function disabledGlossaries(db: Db, documentId: string): string[] {
  return (
    db
      .prepare('SELECT glossary_id FROM document_glossaries WHERE document_id = ? AND enabled = 0')
      .all(documentId) as Array<{
      glossary_id: string;
    }>
  ).map((r) => r.glossary_id);
}

/** The glossary revision, bumped by triggers on every glossary or term write (migration 4). */
export function glossaryRevision(db: Db): string {
  const row = db.prepare("SELECT value FROM revisions WHERE name = 'glossary'").get() as { value: number } | undefined;
  return String(row?.value ?? 0);
}
