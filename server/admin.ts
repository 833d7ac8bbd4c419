/** What only admins do over HTTP: share a collection, the approval setting, proposals and term conflicts. */
import type { Message } from '../core/i18n/message';
import { englishText, msg } from '../core/i18n/message';
import type pg from 'pg';
import type { TeamConflictView, TeamResolved, TermFields } from '../core/team/protocol';
import { termKey } from '../core/glossary/term-key';
import { pushTerm } from './push';
import { nextRevision } from './store';
import type { User } from './users';

/** A refusal: its HTTP status and why, as a message (key and values) so a workspace shows it in its UI's language. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: Message,
  ) {
    super(englishText(reason));
  }
}

export async function share(
  c: pg.ClientBase,
  user: User,
  input: { kind: 'glossary' | 'tm'; id: string; name: string },
): Promise<{ shared: string; id: string }> {
  const same = await c.query<{ id: string }>('SELECT id FROM collections WHERE kind = $1 AND name = $2', [
    input.kind,
    input.name,
  ]);
  const found = same.rows[0];
  if (found && found.id !== input.id)
    throw new HttpError(
      409,
      msg(input.kind === 'tm' ? 'srvMemoryNameTaken' : 'srvGlossaryNameTaken', { name: input.name }),
    );
  if (!found) {
    await c.query('INSERT INTO collections (id, kind, name, shared_by, rev) VALUES ($1, $2, $3, $4, $5)', [
      input.id,
      input.kind,
      input.name,
      user.user,
      await nextRevision(c),
    ]);
  }
  return { shared: input.name, id: input.id };
}

export async function setSettings(
  c: pg.ClientBase,
  input: { termApproval: boolean },
): Promise<{ termApproval: boolean }> {
  await c.query(
    "INSERT INTO settings (name, value) VALUES ('termApproval', $1) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    [JSON.stringify(input.termApproval)],
  );
  return input;
}

export interface Proposal {
  id: number;
  termId: string;
  collection: string;
  op: 'upsert' | 'delete';
  fields: TermFields | Record<string, never>;
  author: string;
}

export async function listProposals(c: pg.ClientBase): Promise<Proposal[]> {
  const r = await c.query<{
    id: string;
    term_id: string;
    collection_id: string;
    op: 'upsert' | 'delete';
    fields: Proposal['fields'];
    author: string;
  }>("SELECT id, term_id, collection_id, op, fields, author FROM term_proposals WHERE status = 'pending' ORDER BY id");
  return r.rows.map((p) => ({
    id: Number(p.id),
    termId: p.term_id,
    collection: p.collection_id,
    op: p.op,
    fields: p.fields,
    author: p.author,
  }));
}

export async function decideProposal(
  c: pg.ClientBase,
  id: number,
  approve: boolean,
): Promise<{ id: number; status: string }> {
  const r = await c.query<{
    term_id: string;
    collection_id: string;
    op: 'upsert' | 'delete';
    fields: TermFields;
    author: string;
    role: User['role'] | null;
  }>(
    "SELECT p.term_id, p.collection_id, p.op, p.fields, p.author, u.role FROM term_proposals p LEFT JOIN users u ON u.name = p.author WHERE p.id = $1 AND p.status = 'pending'",
    [id],
  );
  const p = r.rows[0];
  if (!p) throw new HttpError(404, msg('srvNoProposal', { id }));
  if (approve) {
    // Applied as its author, merged like any push (no base: what the author saw is not known any more).
    const author: User = { user: p.author, role: p.role ?? 'translator' };
    const result =
      p.op === 'delete'
        ? await pushTerm(c, author, { kind: 'term', op: 'delete', seq: 0, id: p.term_id, collection: p.collection_id })
        : await pushTerm(c, author, {
            kind: 'term',
            op: 'upsert',
            seq: 0,
            id: p.term_id,
            collection: p.collection_id,
            fields: p.fields,
            base: null,
          });
    if (result.status === 'refused')
      throw new HttpError(409, result.reasonMessage ?? msg('teamRefused', { detail: result.reason ?? 'refused' }));
  }
  await c.query('UPDATE term_proposals SET status = $2 WHERE id = $1', [id, approve ? 'approved' : 'rejected']);
  return { id, status: approve ? 'approved' : 'rejected' };
}

export async function listConflicts(c: pg.ClientBase): Promise<TeamConflictView[]> {
  const r = await c.query<{
    id: string;
    term_id: string;
    field: string;
    mine: unknown;
    theirs: unknown;
    author: string;
    source: string;
    target: string;
  }>(
    `SELECT k.id, k.term_id, k.field, k.mine, k.theirs, k.author, t.source, t.target
     FROM term_conflicts k JOIN terms t ON t.id = k.term_id WHERE k.resolved IS NULL ORDER BY k.id`,
  );
  return r.rows.map((k) => ({
    id: Number(k.id),
    termId: k.term_id,
    source: k.source,
    target: k.target,
    field: k.field,
    mine: k.mine,
    theirs: k.theirs,
    author: k.author,
  }));
}

/** An admin or the term's author picks; `mine` writes the kept value into the term (a new revision). */
export async function resolveConflict(
  c: pg.ClientBase,
  user: User,
  id: number,
  pick: 'mine' | 'theirs',
): Promise<TeamResolved> {
  const r = await c.query<{ term_id: string; field: string; mine: string; term_author: string }>(
    'SELECT k.term_id, k.field, k.mine, t.author AS term_author FROM term_conflicts k JOIN terms t ON t.id = k.term_id WHERE k.id = $1 AND k.resolved IS NULL',
    [id],
  );
  const k = r.rows[0];
  if (!k) throw new HttpError(404, msg('srvNoConflict', { id }));
  if (user.role !== 'admin' && user.user !== k.term_author)
    throw new HttpError(403, msg('srvPickerOnly', { author: k.term_author }));
  if (pick === 'mine') {
    const value = k.field === 'variants' ? JSON.stringify(k.mine.split('|').filter(Boolean)) : k.mine;
    const column = { source: 'source', target: 'target', kind: 'kind', variants: 'variants', note: 'note' }[k.field];
    if (!column) throw new HttpError(400, msg('srvUnknownField', { field: k.field }));
    const key = column === 'source' ? ', key = $4' : '';
    const params = [k.term_id, value, await nextRevision(c), ...(key ? [termKey(k.mine)] : [])];
    await c.query(
      `UPDATE terms SET ${column} = $2${column === 'variants' ? '::jsonb' : ''}${key}, rev = $3, updated = now() WHERE id = $1`,
      params,
    );
  }
  await c.query('UPDATE term_conflicts SET resolved = $2 WHERE id = $1', [id, pick]);
  return { id, kept: pick };
}
