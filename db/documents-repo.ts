/**
 * Documents and paragraphs: plain synchronous functions over parameterised SQL.
 * Callers (the services) own the transactions.
 */
import type { DocumentSummary, InlineCodes, Paragraph, ParagraphOrigin, ParagraphRole, Status } from '../core/model';
import { isParagraphOrigin } from '../core/model';
import type { Db } from './open';

interface SummaryRow {
  id: string;
  title: string;
  source_format: string;
  active_paragraph: number;
  revision: number;
  created_at: string;
  updated_at: string;
  paragraphs: number;
  translated: number;
  words: number;
  words_translated: number;
}

const SUMMARY_SQL = `
  SELECT d.id, d.title, d.source_format, d.active_paragraph, d.revision, d.created_at, d.updated_at,
         COUNT(p.idx) AS paragraphs,
         COALESCE(SUM(p.status IN ('translated', 'reviewed')), 0) AS translated,
         COALESCE(SUM(p.source_words), 0) AS words,
         COALESCE(SUM(CASE WHEN p.status IN ('translated', 'reviewed') THEN p.source_words ELSE 0 END), 0) AS words_translated
  FROM documents d LEFT JOIN paragraphs p ON p.document_id = d.id`;

function toSummary(r: SummaryRow): DocumentSummary & { sourceFormat: string } {
  return {
    id: r.id,
    title: r.title,
    paragraphs: r.paragraphs,
    translated: r.translated,
    words: r.words,
    wordsTranslated: r.words_translated,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    activeParagraph: r.active_paragraph,
    revision: r.revision,
    sourceFormat: r.source_format,
  };
}

export function listDocuments(db: Db): DocumentSummary[] {
  const rows = db.prepare(`${SUMMARY_SQL} GROUP BY d.id ORDER BY d.updated_at DESC`).all() as SummaryRow[];
  return rows.map(toSummary);
}

/** Whether the document exists, without computing its summary (which reads every row's status). */
export function documentExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
}

export function findDocument(db: Db, id: string): (DocumentSummary & { sourceFormat: string }) | undefined {
  const row = db.prepare(`${SUMMARY_SQL} WHERE d.id = ? GROUP BY d.id`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : undefined;
}

export interface NewParagraph {
  source: string;
  target: string;
  status: Status;
  sourceWords: number;
  role?: ParagraphRole | undefined;
  externalId?: string | undefined;
  note?: string | undefined;
  /** Inline codes (XLIFF), stored as JSON and handed back untouched. */
  inline?: InlineCodes | undefined;
}

export function insertDocument(
  db: Db,
  doc: { id: string; title: string; sourceFormat: string; now: string },
  paragraphs: readonly NewParagraph[],
): void {
  db.prepare('INSERT INTO documents (id, title, source_format, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    doc.id,
    doc.title,
    doc.sourceFormat,
    doc.now,
    doc.now,
  );
  const insert = db.prepare(
    `INSERT INTO paragraphs (document_id, idx, source, target, status, source_words, role, external_id, note, inline, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  paragraphs.forEach((p, i) => {
    insert.run(
      doc.id,
      i,
      p.source,
      p.target,
      p.status,
      p.sourceWords,
      p.role ? JSON.stringify(p.role) : null,
      p.externalId ?? null,
      p.note ?? null,
      p.inline === undefined ? null : JSON.stringify(p.inline),
      doc.now,
    );
  });
}

interface ParagraphRow {
  idx: number;
  source: string;
  target: string;
  status: Status;
  role: string | null;
  external_id: string | null;
  note: string | null;
  inline: string | null;
  version: number;
  origin: string | null;
}

const PARAGRAPH_COLUMNS = 'idx, source, target, status, role, external_id, note, inline, version, origin';

function toParagraph(r: ParagraphRow): Paragraph {
  const p: Paragraph = { index: r.idx, source: r.source, target: r.target, status: r.status, version: r.version };
  if (r.inline) p.inline = JSON.parse(r.inline) as InlineCodes;
  if (r.role) p.role = JSON.parse(r.role) as ParagraphRole;
  if (r.external_id !== null) p.externalId = r.external_id;
  if (r.note !== null) p.note = r.note;
  if (isParagraphOrigin(r.origin)) p.origin = r.origin;
  return p;
}

export function listParagraphs(db: Db, documentId: string): Paragraph[] {
  const rows = db
    .prepare(`SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs WHERE document_id = ? ORDER BY idx`)
    .all(documentId) as ParagraphRow[];
  return rows.map(toParagraph);
}

/** Paragraphs `from` (counted from 0) up to `from + count - 1`, in order, over the primary key. */
export function listParagraphRange(db: Db, documentId: string, from: number, count: number): Paragraph[] {
  const rows = db
    .prepare(`SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs WHERE document_id = ? AND idx >= ? AND idx < ? ORDER BY idx`)
    .all(documentId, from, from + count) as ParagraphRow[];
  return rows.map(toParagraph);
}

/**
 * One character per paragraph, in order: `u` untranslated, `d` draft, `t` translated, `r` reviewed (the
 * statuses' first letters). Made by SQLite from the covering index in one string: 100,000 rows in a few milliseconds.
 */
export function statusString(db: Db, documentId: string): string {
  const row = db
    .prepare("SELECT group_concat(substr(status, 1, 1), '' ORDER BY idx) AS s FROM paragraphs WHERE document_id = ?")
    .get(documentId) as { s: string | null };
  return row.s ?? '';
}

export function findParagraph(db: Db, documentId: string, index: number): Paragraph | undefined {
  const row = db
    .prepare(`SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs WHERE document_id = ? AND idx = ?`)
    .get(documentId, index) as ParagraphRow | undefined;
  return row ? toParagraph(row) : undefined;
}

export function updateParagraphTarget(
  db: Db,
  documentId: string,
  index: number,
  target: string,
  status: Status,
  now: string,
  origin?: ParagraphOrigin,
): void {
  // The document's revision moves first; the row takes it as its `changed_rev` (migration 6).
  db.prepare('UPDATE documents SET updated_at = ?, revision = revision + 1 WHERE id = ?').run(now, documentId);
  // Without an origin the row keeps its own (confirming a repetition as it is keeps "repetition").
  db.prepare(
    `UPDATE paragraphs SET target = ?, status = ?, updated_at = ?, version = version + 1,
       changed_rev = (SELECT revision FROM documents WHERE id = ?), origin = COALESCE(?, origin)
     WHERE document_id = ? AND idx = ?`,
  ).run(target, status, now, documentId, origin ?? null, documentId, index);
}

/**
 * The row's comment (the `note` column XLIFF notes fill). The document's revision moves and the row takes it,
 * so other tabs see the comment in the change feed; the row's `version` stays: a comment never makes a save
 * of the English a conflict. An empty comment is stored as NULL.
 */
export function updateParagraphNote(db: Db, documentId: string, index: number, note: string, now: string): void {
  db.prepare('UPDATE documents SET updated_at = ?, revision = revision + 1 WHERE id = ?').run(now, documentId);
  db.prepare(
    `UPDATE paragraphs SET note = ?, updated_at = ?, changed_rev = (SELECT revision FROM documents WHERE id = ?)
     WHERE document_id = ? AND idx = ?`,
  ).run(note.trim() === '' ? null : note, now, documentId, documentId, index);
}

/** Paragraphs changed after a revision of their document, and the document's revision now. */
export function changedSince(db: Db, documentId: string, since: number): { revision: number; paragraphs: Paragraph[] } {
  const doc = db.prepare('SELECT revision FROM documents WHERE id = ?').get(documentId) as
    { revision: number } | undefined;
  const rows = db
    .prepare(`SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs WHERE document_id = ? AND changed_rev > ? ORDER BY idx`)
    .all(documentId, since) as ParagraphRow[];
  return { revision: doc?.revision ?? 0, paragraphs: rows.map(toParagraph) };
}

export function touchDocument(db: Db, documentId: string, now: string): void {
  db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?').run(now, documentId);
}

export function setActiveParagraph(db: Db, documentId: string, index: number): void {
  db.prepare('UPDATE documents SET active_paragraph = ? WHERE id = ?').run(index, documentId);
}

export function renameDocument(db: Db, documentId: string, title: string, now: string): void {
  db.prepare('UPDATE documents SET title = ?, updated_at = ? WHERE id = ?').run(title, now, documentId);
}

export function deleteDocument(db: Db, documentId: string): void {
  db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
}
