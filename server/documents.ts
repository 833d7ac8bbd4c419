/**
 * Shared documents on the server (issue 21): sharing one with all its rows, assigning its translator and
 * reviewer, applying pushed rows against the version they were typed on, and each row's history.
 *
 * Conflicts: a pushed row applies only if it names the version the row is at (or versions since then came from
 * the same workspace: its own earlier push whose answer was lost). Otherwise the text already on the server
 * stands — the order in which edits reach the server decides, never a client's clock — and the pushed text is
 * kept in the row's history as `lost` and reported. Only the document's reviewer or an admin may mark a row
 * `reviewed`; the check is made here on every push, whatever the workspace let through.
 */
import type { Message } from '../core/i18n/message';
import { englishText, msg } from '../core/i18n/message';
import type pg from 'pg';
import type {
  Change,
  PushResult,
  ServerDocument,
  ServerHistory,
  ServerRow,
  SharedDocumentBody,
} from '../core/team/protocol';
import { HttpError } from './admin';
import { nextRevision } from './store';
import type { User } from './users';

type RowChange = Extract<Change, { kind: 'paragraph' }>;

interface DocRow {
  id: string;
  title: string;
  source_format: string;
  translator: string | null;
  reviewer: string | null;
  shared_by: string;
}

const toDocument = (d: DocRow): ServerDocument => ({
  id: d.id,
  title: d.title,
  sourceFormat: d.source_format,
  translator: d.translator,
  reviewer: d.reviewer,
  sharedBy: d.shared_by,
});

export async function listDocuments(c: pg.ClientBase): Promise<ServerDocument[]> {
  const r = await c.query<DocRow>(
    'SELECT id, title, source_format, translator, reviewer, shared_by FROM documents ORDER BY created, id',
  );
  return r.rows.map(toDocument);
}

const ROW_COLUMNS = 'document_id, idx, source, role, target, status, note, origin, version, changed_by, rev';
interface RowRecord {
  document_id: string;
  idx: number;
  source: string;
  role: unknown;
  target: string;
  status: ServerRow['status'];
  note: string | null;
  origin: string | null;
  version: number;
  changed_by: string;
  rev: string;
}
const toRow = (r: RowRecord): ServerRow => ({
  document: r.document_id,
  index: r.idx,
  source: r.source,
  role: r.role,
  target: r.target,
  status: r.status,
  note: r.note,
  origin: r.origin,
  version: r.version,
  changedBy: r.changed_by,
  rev: Number(r.rev),
});

const HISTORY_COLUMNS = 'id, document_id, idx, kind, version, target, status, author, at, rev';
interface HistoryRecord {
  id: string;
  document_id: string;
  idx: number;
  kind: 'version' | 'lost';
  version: number;
  target: string;
  status: ServerHistory['status'];
  author: string;
  at: Date;
  rev: string;
}
const toHistory = (h: HistoryRecord): ServerHistory => ({
  id: Number(h.id),
  document: h.document_id,
  index: h.idx,
  kind: h.kind,
  version: h.version,
  target: h.target,
  status: h.status,
  author: h.author,
  at: h.at.toISOString(),
  rev: Number(h.rev),
});

/** Rows and history entries after a revision, in revision order (for the pull). */
export async function rowsSince(
  c: pg.ClientBase,
  since: number,
  limit: number,
): Promise<{ rows: ServerRow[]; history: ServerHistory[] }> {
  const rows = (
    await c.query<RowRecord>(`SELECT ${ROW_COLUMNS} FROM doc_rows WHERE rev > $1 ORDER BY rev LIMIT $2`, [since, limit])
  ).rows.map(toRow);
  const history = (
    await c.query<HistoryRecord>(`SELECT ${HISTORY_COLUMNS} FROM row_history WHERE rev > $1 ORDER BY rev LIMIT $2`, [
      since,
      limit,
    ])
  ).rows.map(toHistory);
  return { rows, history };
}

export async function rowHistory(c: pg.ClientBase, documentId: string, index: number): Promise<ServerHistory[]> {
  const r = await c.query<HistoryRecord>(
    `SELECT ${HISTORY_COLUMNS} FROM row_history WHERE document_id = $1 AND idx = $2 ORDER BY id`,
    [documentId, index],
  );
  return r.rows.map(toHistory);
}

/**
 * Shares a document with its rows as the workspace holds them (version 0; each text with one in its history).
 * Anyone who writes may share (not viewers); a translator who shares becomes its translator. Sharing the same
 * document again (a retry whose answer was lost) changes nothing.
 */
export async function shareDocument(
  c: pg.ClientBase,
  user: User,
  body: SharedDocumentBody,
  workspace: string | null,
): Promise<{ shared: string; id: string }> {
  if (user.role === 'viewer') throw new HttpError(403, msg('srvViewer', { user: user.user }));
  const found = await c.query('SELECT 1 FROM documents WHERE id = $1', [body.id]);
  if (found.rowCount) return { shared: body.title, id: body.id };
  const translator = user.role === 'translator' ? user.user : null;
  await c.query(
    'INSERT INTO documents (id, title, source_format, translator, shared_by, rev) VALUES ($1, $2, $3, $4, $5, $6)',
    [body.id, body.title, body.sourceFormat, translator, user.user, await nextRevision(c)],
  );
  const rows = [...body.rows].sort((a, b) => a.index - b.index);
  if (new Set(rows.map((r) => r.index)).size !== rows.length) throw new HttpError(400, msg('srvTwoRowsOneIndex'));
  await c.query(
    `INSERT INTO doc_rows (document_id, idx, source, role, target, status, note, origin, changed_by, workspace, rev)
     SELECT $1, r.i, r.s, r.r::jsonb, r.t, r.st, r.n, r.o, $2, $3, nextval('revision')
     FROM unnest($4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[]) WITH ORDINALITY AS r(i, s, r, t, st, n, o, ord) ORDER BY r.ord`,
    [
      body.id,
      user.user,
      workspace,
      rows.map((r) => r.index),
      rows.map((r) => r.source),
      rows.map((r) => (r.role === undefined || r.role === null ? null : JSON.stringify(r.role))),
      rows.map((r) => r.target),
      rows.map((r) => r.status),
      rows.map((r) => r.note),
      rows.map((r) => r.origin),
    ],
  );
  await c.query(
    `INSERT INTO row_history (document_id, idx, kind, version, target, status, author, workspace, rev)
     SELECT document_id, idx, 'version', 0, target, status, changed_by, workspace, nextval('revision') FROM doc_rows
     WHERE document_id = $1 AND target <> '' ORDER BY idx`,
    [body.id],
  );
  return { shared: body.title, id: body.id };
}

async function userExists(c: pg.ClientBase, name: string): Promise<boolean> {
  return ((await c.query('SELECT 1 FROM users WHERE name = $1', [name])).rowCount ?? 0) > 0;
}

/** Admins assign a document's translator and reviewer (null: nobody). */
export async function assign(
  c: pg.ClientBase,
  id: string,
  input: { translator?: string | null | undefined; reviewer?: string | null | undefined },
): Promise<ServerDocument> {
  const doc = (
    await c.query<DocRow>(
      'SELECT id, title, source_format, translator, reviewer, shared_by FROM documents WHERE id = $1',
      [id],
    )
  ).rows[0];
  if (!doc) throw new HttpError(404, msg('srvNoSharedDocument', { id }));
  for (const name of [input.translator, input.reviewer]) {
    if (name && !(await userExists(c, name))) throw new HttpError(400, msg('srvNoUser', { name }));
  }
  const translator = input.translator === undefined ? doc.translator : input.translator;
  const reviewer = input.reviewer === undefined ? doc.reviewer : input.reviewer;
  await c.query('UPDATE documents SET translator = $2, reviewer = $3, rev = $4 WHERE id = $1', [
    id,
    translator,
    reviewer,
    await nextRevision(c),
  ]);
  return toDocument({ ...doc, translator, reviewer });
}

/** May this user mark rows of the document reviewed? null if so, else why not. */
export function reviewRefusal(user: User, doc: { reviewer: string | null }): Message | null {
  if (user.role === 'admin' || user.user === doc.reviewer) return null;
  return doc.reviewer
    ? msg('reviewNotReviewer', { user: user.user, reviewer: doc.reviewer })
    : msg('reviewNoReviewer', { user: user.user });
}

/** Applies pushed rows in order (the write lock is held: versions and revisions move one push at a time). */
export async function pushRows(
  c: pg.ClientBase,
  user: User,
  changes: RowChange[],
  workspace: string | null,
): Promise<PushResult[]> {
  if (changes.length === 0) return [];
  const docs = new Map(
    (
      await c.query<DocRow>(
        'SELECT id, title, source_format, translator, reviewer, shared_by FROM documents WHERE id = ANY($1)',
        [[...new Set(changes.map((ch) => ch.collection))]],
      )
    ).rows.map((d) => [d.id, d]),
  );
  const results: PushResult[] = [];
  for (const ch of changes) {
    const doc = docs.get(ch.collection);
    const row = doc
      ? (
          await c.query<RowRecord>(`SELECT ${ROW_COLUMNS} FROM doc_rows WHERE document_id = $1 AND idx = $2`, [
            ch.collection,
            ch.index,
          ])
        ).rows[0]
      : undefined;
    // A refusal carries the row as it stands here: the workspace takes it (keeping what was typed in its history).
    const refuse = (reason: Message): void =>
      void results.push({
        seq: ch.seq,
        id: ch.id,
        status: 'refused',
        reason: englishText(reason),
        reasonMessage: reason,
        ...(row ? { row: toRow(row) } : {}),
      });
    if (user.role === 'viewer') {
      refuse(msg('srvViewer', { user: user.user }));
      continue;
    }
    if (!doc) {
      refuse(msg('srvDocNotShared', { id: ch.collection }));
      continue;
    }
    if (!row) {
      refuse(msg('srvNoParagraph', { title: doc.title, index: ch.index }));
      continue;
    }
    const f = ch.fields;
    const review = f.status === 'reviewed' && row.status !== 'reviewed' ? reviewRefusal(user, doc) : null;
    if (review) {
      refuse(review);
      continue;
    }
    if (row.target === f.target && row.status === f.status && row.note === f.note) {
      results.push({ seq: ch.seq, id: ch.id, status: 'applied', row: toRow(row) });
      continue;
    }
    let current = row.version === ch.base || row.target === f.target;
    if (!current && ch.base < row.version && workspace) {
      // The versions since the base are this workspace's own (a push whose answer it never got): not a conflict.
      const since = await c.query<{ own: boolean | null }>(
        "SELECT bool_and(workspace IS NOT DISTINCT FROM $4) AS own FROM row_history WHERE document_id = $1 AND idx = $2 AND kind = 'version' AND version > $3",
        [ch.collection, ch.index, ch.base, workspace],
      );
      current = since.rows[0]?.own === true;
    }
    const rev = await nextRevision(c);
    if (!current) {
      const lost = await c.query<HistoryRecord>(
        `INSERT INTO row_history (document_id, idx, kind, version, target, status, author, workspace, rev) VALUES ($1, $2, 'lost', $3, $4, $5, $6, $7, $8) RETURNING ${HISTORY_COLUMNS}`,
        [ch.collection, ch.index, row.version, f.target, f.status, user.user, workspace, rev],
      );
      results.push({
        seq: ch.seq,
        id: ch.id,
        status: 'conflict',
        row: toRow(row),
        lost: toHistory(lost.rows[0]!),
        conflicts: [
          { kind: 'paragraph', id: ch.id, source: row.source, mine: f.target, theirs: row.target, kept: 'theirs' },
        ],
      });
      continue;
    }
    const updated = await c.query<RowRecord>(
      `UPDATE doc_rows SET target = $3, status = $4, note = $5, origin = $6, version = version + 1, changed_by = $7, workspace = $8, rev = $9, updated = now()
       WHERE document_id = $1 AND idx = $2 RETURNING ${ROW_COLUMNS}`,
      [ch.collection, ch.index, f.target, f.status, f.note, f.origin, user.user, workspace, rev],
    );
    const after = updated.rows[0]!;
    await c.query(
      "INSERT INTO row_history (document_id, idx, kind, version, target, status, author, workspace, rev) VALUES ($1, $2, 'version', $3, $4, $5, $6, $7, $8)",
      [ch.collection, ch.index, after.version, f.target, f.status, user.user, workspace, rev],
    );
    results.push({ seq: ch.seq, id: ch.id, status: 'applied', row: toRow(after) });
  }
  return results;
}
