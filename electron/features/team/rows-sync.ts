/**
 * Rows of shared documents in a sync (issue 21). A change is the row's state when pushed, with the server
 * version it was typed on (its base). The server's answer moves the base (taken) or, when another text reached
 * the server first, puts the server's row here (the text that lost is in the row's history, on the server and
 * here, and reported). A pulled row never overwrites one with a change still waiting: the push decides it.
 */
import type { Message } from '../../../core/i18n/message';
import type { Conflict, PushResult, ServerDocument, ServerHistory, ServerRow } from '../../../core/team/protocol';
import { isDone } from '../../../core/model';
import { countWords } from '../../../core/text/words';
import * as documentsRepo from '../../../db/documents-repo';
import type { Db } from '../../../db/open';
import * as repo from '../../../db/team-rows-repo';
import * as teamRepo from '../../../db/team-repo';
import type { Env } from '../../app/env';

export type RowChange = {
  kind: 'paragraph';
  op: 'upsert';
  seq: number;
  id: string;
  collection: string;
  index: number;
  fields: { target: string; status: ServerRow['status']; note: string | null; origin: string | null };
  base: number;
};

export const rowId = (documentId: string, index: number): string => `${documentId}:${index}`;

/** One change per row (its latest outbox entry), or null for a row that is gone (its document deleted here). */
export function rowChange(db: Db, r: repo.RowOutboxRow): RowChange | null {
  const p = documentsRepo.findParagraph(db, r.documentId, r.index);
  if (!p || !repo.sharedDocument(db, r.documentId)) return null;
  return {
    kind: 'paragraph',
    op: 'upsert',
    seq: r.seq,
    id: rowId(r.documentId, r.index),
    collection: r.documentId,
    index: r.index,
    fields: { target: p.target, status: p.status, note: p.note ?? null, origin: p.origin ?? null },
    base: repo.rowBase(db, r.documentId, r.index)?.version ?? 0,
  };
}

/** A row that came from the team as translated or reviewed: the memory gets it (`TeamDeps.onRowsConfirmed`). */
export interface ConfirmedRow {
  documentId: string;
  index: number;
}

export interface RowReport {
  pushed: number;
  refused: Array<{ kind: 'paragraph'; id: string; reason: string; message?: Message }>;
  conflicts: Conflict[];
}

/** Applies the server's answers to pushed rows; call inside a write transaction. */
export function applyRowResults(
  db: Db,
  env: Env,
  me: string,
  changes: RowChange[],
  results: PushResult[],
  report: RowReport,
  confirmed: ConfirmedRow[] = [],
): void {
  const bySeq = new Map(changes.map((c) => [c.seq, c]));
  for (const res of results) {
    const ch = bySeq.get(res.seq);
    if (!ch) continue;
    if (res.status === 'refused') {
      if (refused(db, env, me, ch, res)) confirmed.push({ documentId: ch.collection, index: ch.index });
      continue;
    }
    const row = res.row;
    if (!row) continue;
    if (res.status === 'applied') {
      repo.removeRowSent(db, ch.collection, ch.index, ch.seq);
      repo.setRowBase(db, ch.collection, ch.index, { version: row.version, changedBy: row.changedBy, unseen: false });
      report.pushed += 1;
      continue;
    }
    // Another text reached the server first and stands: it is put here. What was typed here is kept in the
    // row's history (the pushed text as the server recorded it; a text typed since the push, locally).
    const now = env.now();
    const local = documentsRepo.findParagraph(db, ch.collection, ch.index);
    if (res.lost) repo.addServerHistory(db, res.lost);
    if (local && local.target !== ch.fields.target && local.target !== row.target && local.target.trim() !== '') {
      repo.addLocalHistory(db, ch.collection, ch.index, {
        kind: 'local',
        version: row.version,
        target: local.target,
        status: local.status,
        author: me,
        at: now,
      });
    }
    teamRepo.setApplying(db, true);
    repo.writePulledRow(db, row, countWords(row.source), now);
    teamRepo.setApplying(db, false);
    if (isDone(row.status)) confirmed.push({ documentId: ch.collection, index: ch.index });
    repo.removeRowSent(db, ch.collection, ch.index, Number.MAX_SAFE_INTEGER);
    repo.setRowBase(db, ch.collection, ch.index, {
      version: row.version,
      changedBy: row.changedBy,
      unseen: row.changedBy !== me,
    });
    report.pushed += 1;
    for (const k of res.conflicts ?? []) report.conflicts.push(k);
  }
}

/**
 * A refused change is not pushed again (the same answer would come back): its outbox rows stay, marked with the
 * reason, and are reported on every sync (until a later change of the row is taken, or `team leave`). The row
 * takes the server's version, and what was typed is kept in the row's history: the pushed text as `refused`
 * (with the reason), and a text typed since the push as `local`.
 */
function refused(db: Db, env: Env, me: string, ch: RowChange, res: PushResult): boolean {
  const reason = res.reasonMessage ?? repo.parseReason(res.reason ?? 'refused');
  const now = env.now();
  const row = res.row;
  repo.markRowRefused(db, ch.collection, ch.index, Number.MAX_SAFE_INTEGER, reason);
  const local = documentsRepo.findParagraph(db, ch.collection, ch.index);
  const version = row?.version ?? repo.rowBase(db, ch.collection, ch.index)?.version ?? 0;
  if (ch.fields.target.trim() !== '')
    repo.addLocalHistory(db, ch.collection, ch.index, {
      kind: 'refused',
      version,
      target: ch.fields.target,
      status: ch.fields.status,
      author: me,
      at: now,
      reason,
    });
  if (!row || !local) return false;
  if (local.target !== ch.fields.target && local.target !== row.target && local.target.trim() !== '')
    repo.addLocalHistory(db, ch.collection, ch.index, {
      kind: 'local',
      version,
      target: local.target,
      status: local.status,
      author: me,
      at: now,
    });
  const same = local.target === row.target && local.status === row.status && (local.note ?? null) === row.note;
  if (!same) {
    teamRepo.setApplying(db, true);
    repo.writePulledRow(db, row, countWords(row.source), now);
    teamRepo.setApplying(db, false);
  }
  repo.setRowBase(db, ch.collection, ch.index, {
    version: row.version,
    changedBy: row.changedBy,
    unseen: row.version > 0 && row.changedBy !== me,
  });
  return !same && isDone(row.status);
}

/** A pulled batch's documents, rows and history; call inside the pull's transaction with team_applying set. */
export function applyPulledRows(
  db: Db,
  env: Env,
  me: string,
  batch: { documents: ServerDocument[]; rows: ServerRow[]; history: ServerHistory[] },
  confirmed: ConfirmedRow[] = [],
): number {
  const now = env.now();
  for (const d of batch.documents) repo.upsertSharedDocument(db, d, now);
  const pending = repo.rowsPending(db);
  let pulled = 0;
  for (const row of batch.rows) {
    if (pending.has(rowId(row.document, row.index))) continue;
    const base = repo.rowBase(db, row.document, row.index);
    const here = documentsRepo.findParagraph(db, row.document, row.index);
    if (base && here && base.version >= row.version) continue;
    const same = here && here.target === row.target && here.status === row.status && (here.note ?? null) === row.note;
    if (!same) repo.writePulledRow(db, row, countWords(row.source), now);
    if (isDone(row.status)) confirmed.push({ documentId: row.document, index: row.index });
    repo.setRowBase(db, row.document, row.index, {
      version: row.version,
      changedBy: row.changedBy,
      unseen: row.version > 0 && row.changedBy !== me,
    });
    pulled += 1;
  }
  for (const h of batch.history) repo.addServerHistory(db, h);
  return pulled;
}
