/**
 * Shared documents in the workspace (migration 12): which documents are shared and with whom, the server
 * version of each row last synced, the row outbox (filled by triggers), each row's history, and the writes a
 * pull makes to documents and paragraphs (the team feature's one way into those tables: pulled rows keep the
 * team's document ids and must not go back out, so they are written with team_applying set by the caller).
 */
import type { ServerDocument, ServerHistory, ServerRow } from '../core/team/protocol';
import type { Status } from '../core/model';
import type { Message } from '../core/i18n/message';
import { isMessage, msg } from '../core/i18n/message';
import type { Db } from './open';

export interface SharedDocument {
  documentId: string;
  translator: string | null;
  reviewer: string | null;
  sharedBy: string;
}

export function sharedDocument(db: Db, documentId: string): SharedDocument | undefined {
  return db
    .prepare(
      'SELECT document_id AS documentId, translator, reviewer, shared_by AS sharedBy FROM team_documents WHERE document_id = ?',
    )
    .get(documentId) as SharedDocument | undefined;
}

export function sharedDocumentIds(db: Db): string[] {
  return (
    db.prepare('SELECT document_id AS id FROM team_documents ORDER BY document_id').all() as Array<{ id: string }>
  ).map((r) => r.id);
}

/** The document (created empty when this workspace has not got it yet) and its assignment. */
export function upsertSharedDocument(db: Db, d: ServerDocument, now: string): void {
  db.prepare(
    'INSERT OR IGNORE INTO documents (id, title, source_format, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(d.id, d.title, d.sourceFormat, now, now);
  db.prepare(
    `INSERT INTO team_documents (document_id, translator, reviewer, shared_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET translator = excluded.translator, reviewer = excluded.reviewer`,
  ).run(d.id, d.translator, d.reviewer, d.sharedBy);
}

export interface RowBase {
  version: number;
  changedBy: string | null;
  unseen: boolean;
}

export function rowBase(db: Db, documentId: string, index: number): RowBase | undefined {
  const r = db
    .prepare('SELECT version, changed_by AS changedBy, unseen FROM team_rows WHERE document_id = ? AND idx = ?')
    .get(documentId, index) as { version: number; changedBy: string | null; unseen: number } | undefined;
  return r && { version: r.version, changedBy: r.changedBy, unseen: r.unseen === 1 };
}

export function setRowBase(db: Db, documentId: string, index: number, b: RowBase): void {
  db.prepare(
    `INSERT INTO team_rows (document_id, idx, version, changed_by, unseen) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id, idx) DO UPDATE SET version = excluded.version, changed_by = excluded.changed_by, unseen = excluded.unseen`,
  ).run(documentId, index, b.version, b.changedBy, b.unseen ? 1 : 0);
}

/** Every row of a document just shared from here: at the server's version 0, changed by the sharer. */
export function setAllRowBases(db: Db, documentId: string, user: string): void {
  db.prepare(
    'INSERT OR REPLACE INTO team_rows (document_id, idx, version, changed_by, unseen) SELECT document_id, idx, 0, ?, 0 FROM paragraphs WHERE document_id = ?',
  ).run(user, documentId);
}

export function markSeen(db: Db, documentId: string, index: number): boolean {
  return (
    db
      .prepare('UPDATE team_rows SET unseen = 0 WHERE document_id = ? AND idx = ? AND unseen = 1')
      .run(documentId, index).changes > 0
  );
}

/** Rows of a document changed by someone else that its translator has not looked at yet (index from 0). */
export function unseenRows(db: Db, documentId: string): Array<{ index: number; changedBy: string }> {
  return db
    .prepare(
      "SELECT idx AS 'index', changed_by AS changedBy FROM team_rows WHERE document_id = ? AND unseen = 1 AND changed_by IS NOT NULL ORDER BY idx",
    )
    .all(documentId) as Array<{ index: number; changedBy: string }>;
}

export interface RowOutboxRow {
  seq: number;
  documentId: string;
  index: number;
  refused: string | null;
}

export function rowOutbox(db: Db, afterSeq: number, limit: number): RowOutboxRow[] {
  return db
    .prepare(
      "SELECT seq, document_id AS documentId, idx AS 'index', refused FROM team_row_outbox WHERE seq > ? AND refused IS NULL ORDER BY seq LIMIT ?",
    )
    .all(afterSeq, limit) as RowOutboxRow[];
}

/** Rows whose change the server refused (kept, never pushed again), one per row with its latest reason. */
export function refusedRows(db: Db): Array<{ documentId: string; index: number; reason: Message }> {
  const rows = db
    .prepare(
      `SELECT document_id AS documentId, idx AS 'index', refused AS reason FROM team_row_outbox o
       WHERE refused IS NOT NULL AND seq = (SELECT MAX(seq) FROM team_row_outbox WHERE document_id = o.document_id AND idx = o.idx AND refused IS NOT NULL)
       ORDER BY seq`,
    )
    .all() as Array<{ documentId: string; index: number; reason: string }>;
  return rows.map((r) => ({ ...r, reason: parseReason(r.reason) }));
}

export function parseReason(stored: string): Message {
  try {
    const m = JSON.parse(stored) as unknown;
    if (isMessage(m)) return m;
  } catch {
    // Not a stored message: a plain text reason.
  }
  return msg('teamRefused', { detail: stored });
}

export function enqueueRow(db: Db, documentId: string, index: number, now: string): void {
  db.prepare('INSERT INTO team_row_outbox (document_id, idx, created_at) VALUES (?, ?, ?)').run(documentId, index, now);
}

/** Row changes waiting to be pushed (refused ones wait for nothing: they are not counted). */
export function rowPendingCount(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM team_row_outbox WHERE refused IS NULL').get() as { n: number }).n;
}

export function rowRefusedCount(db: Db): number {
  return (
    db
      .prepare(
        'SELECT COUNT(*) AS n FROM (SELECT DISTINCT document_id, idx FROM team_row_outbox WHERE refused IS NOT NULL)',
      )
      .get() as { n: number }
  ).n;
}

/**
 * Grows with every change put in either outbox, and never shrinks (both are AUTOINCREMENT): the background sync
 * compares it with the mark of its last sync, so a change made while a sync was out is never taken as sent.
 */
export function outboxMark(db: Db): number {
  return (
    db
      .prepare(
        "SELECT COALESCE(SUM(seq), 0) AS n FROM sqlite_sequence WHERE name IN ('team_outbox', 'team_row_outbox')",
      )
      .get() as { n: number }
  ).n;
}

/** One document's rows waiting in the outbox (a row changed twice counts once). */
export function rowPendingCountOf(db: Db, documentId: string): number {
  return (
    db.prepare('SELECT COUNT(DISTINCT idx) AS n FROM team_row_outbox WHERE document_id = ?').get(documentId) as {
      n: number;
    }
  ).n;
}

export function rowsPending(db: Db): Set<string> {
  return new Set(
    (
      db
        .prepare('SELECT DISTINCT document_id AS d, idx AS i FROM team_row_outbox WHERE refused IS NULL')
        .all() as Array<{
        d: string;
        i: number;
      }>
    ).map((r) => `${r.d}:${r.i}`),
  );
}

export function removeRowSent(db: Db, documentId: string, index: number, upToSeq: number): void {
  db.prepare('DELETE FROM team_row_outbox WHERE document_id = ? AND idx = ? AND seq <= ?').run(
    documentId,
    index,
    upToSeq,
  );
}

/** The reason is kept as a message (key and values) so it is shown in the UI's language. */
export function markRowRefused(db: Db, documentId: string, index: number, upToSeq: number, reason: Message): void {
  db.prepare('UPDATE team_row_outbox SET refused = ? WHERE document_id = ? AND idx = ? AND seq <= ?').run(
    JSON.stringify(reason),
    documentId,
    index,
    upToSeq,
  );
}

/**
 * A row as the server holds it, written here: the document's revision moves and the row takes it, and the
 * row's local version moves, so an open tab sees it in the change feed and a save typed on the older text
 * gets the conflict picker (issue 10's row versions) instead of overwriting it.
 */
export function writePulledRow(db: Db, row: ServerRow, sourceWords: number, now: string): void {
  db.prepare('UPDATE documents SET updated_at = ?, revision = revision + 1 WHERE id = ?').run(now, row.document);
  const changed = db
    .prepare(
      `UPDATE paragraphs SET target = ?, status = ?, note = ?, origin = COALESCE(?, origin), updated_at = ?, version = version + 1,
         changed_rev = (SELECT revision FROM documents WHERE id = ?)
       WHERE document_id = ? AND idx = ?`,
    )
    .run(row.target, row.status, row.note, row.origin, now, row.document, row.document, row.index).changes;
  if (changed) return;
  db.prepare(
    `INSERT INTO paragraphs (document_id, idx, source, target, status, source_words, role, note, origin, updated_at, changed_rev)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT revision FROM documents WHERE id = ?))`,
  ).run(
    row.document,
    row.index,
    row.source,
    row.target,
    row.status,
    sourceWords,
    row.role == null ? null : JSON.stringify(row.role),
    row.note,
    row.origin,
    now,
    row.document,
  );
}

export interface HistoryEntry {
  kind: 'version' | 'lost' | 'local' | 'refused';
  version: number;
  target: string;
  status: Status;
  author: string;
  at: string;
  /** Why the server refused it (kind `refused`). */
  reason?: Message;
}

/** A history entry from the server, once (its server id). */
export function addServerHistory(db: Db, h: ServerHistory): void {
  db.prepare(
    'INSERT OR IGNORE INTO team_row_history (server_id, document_id, idx, kind, version, target, status, author, at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM documents WHERE id = ?)',
  ).run(h.id, h.document, h.index, h.kind, h.version, h.target, h.status, h.author, h.at, h.document);
}

export function addLocalHistory(db: Db, documentId: string, index: number, e: HistoryEntry): void {
  db.prepare(
    'INSERT INTO team_row_history (document_id, idx, kind, version, target, status, author, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    documentId,
    index,
    e.kind,
    e.version,
    e.target,
    e.status,
    e.author,
    e.at,
    e.reason ? JSON.stringify(e.reason) : null,
  );
}

/** A row's history, oldest first (index from 0). */
export function rowHistory(db: Db, documentId: string, index: number): HistoryEntry[] {
  const rows = db
    .prepare(
      'SELECT kind, version, target, status, author, at, reason FROM team_row_history WHERE document_id = ? AND idx = ? ORDER BY at, id',
    )
    .all(documentId, index) as Array<Omit<HistoryEntry, 'reason'> & { reason: string | null }>;
  return rows.map(({ reason, ...e }) => (reason ? { ...e, reason: JSON.parse(reason) as Message } : e));
}

/** Every text a document's history holds (the randomised test checks no typed text is missing). */
export function historyTexts(db: Db, documentId: string): Array<{ index: number; target: string; kind: string }> {
  return db
    .prepare("SELECT idx AS 'index', target, kind FROM team_row_history WHERE document_id = ?")
    .all(documentId) as Array<{ index: number; target: string; kind: string }>;
}

export function workspaceId(db: Db): string {
  return (db.prepare('SELECT workspace FROM team_identity WHERE id = 1').get() as { workspace: string }).workspace;
}

/** Unlinking: documents and their history stay, as local ones. */
export function unlinkDocuments(db: Db): void {
  db.exec('DELETE FROM team_documents; DELETE FROM team_rows; DELETE FROM team_row_outbox;');
}
