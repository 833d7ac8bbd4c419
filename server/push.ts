/**
 * Applying a workspace's outbox on the server, in one write transaction: every change checked against the
 * pusher's role, terms merged field by field (conflicts recorded, the server's value stands), units keyed by
 * their source in a memory (a different translation of the same source is kept as an alternative).
 * A refused change changes nothing and is answered with its reason.
 */
import type { Message } from '../core/i18n/message';
import { englishText, msg } from '../core/i18n/message';
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { normalizeArabic } from '../core/arabic/normalize';
import { termKey } from '../core/glossary/term-key';
import type { Alternative, Change, PushResult, TermFields } from '../core/team/protocol';
import { mergeTerm } from '../core/team/protocol';
import { pushRows } from './documents';
import { nextRevision } from './store';
import type { User } from './users';

type TermChange = Extract<Change, { kind: 'term' }>;
type UnitChange = Extract<Change, { kind: 'unit' }>;
type RowChange = Extract<Change, { kind: 'paragraph' }>;

interface TermRow extends TermFields {
  id: string;
  collection_id: string;
  key: string;
  author: string;
  deleted: boolean;
}

export async function termApproval(c: pg.ClientBase): Promise<boolean> {
  const r = await c.query<{ value: boolean }>("SELECT value FROM settings WHERE name = 'termApproval'");
  return r.rows[0]?.value === true;
}

async function collectionKinds(c: pg.ClientBase): Promise<Map<string, string>> {
  const r = await c.query<{ id: string; kind: string }>('SELECT id, kind FROM collections');
  return new Map(r.rows.map((x) => [x.id, x.kind]));
}

export async function applyPush(
  c: pg.ClientBase,
  user: User,
  changes: Change[],
  workspace: string | null = null,
): Promise<PushResult[]> {
  const kinds = await collectionKinds(c);
  const approval = user.role === 'admin' ? false : await termApproval(c);
  const results: PushResult[] = [];
  const refuse = (ch: Change, reason: Message): void =>
    void results.push({
      seq: ch.seq,
      id: ch.id,
      status: 'refused',
      reason: englishText(reason),
      reasonMessage: reason,
    });
  const units: UnitChange[] = [];
  const rows: RowChange[] = [];
  for (const ch of changes) {
    if (ch.kind === 'paragraph') {
      rows.push(ch);
      continue;
    }
    const wanted = ch.kind === 'term' ? 'glossary' : 'tm';
    if (user.role === 'viewer') refuse(ch, msg('srvViewer', { user: user.user }));
    else if (kinds.get(ch.collection) !== wanted)
      refuse(ch, msg(ch.kind === 'term' ? 'srvGlossaryNotShared' : 'srvMemoryNotShared', { id: ch.collection }));
    else if (ch.kind === 'term') results.push(approval ? await propose(c, user, ch) : await pushTerm(c, user, ch));
    else units.push(ch);
  }
  results.push(...(await pushUnits(c, user, units)));
  results.push(...(await pushRows(c, user, rows, workspace)));
  return results.sort((a, b) => a.seq - b.seq);
}

async function propose(c: pg.ClientBase, user: User, ch: TermChange): Promise<PushResult> {
  const fields = ch.op === 'upsert' ? ch.fields : {};
  const dup = await c.query(
    "SELECT 1 FROM term_proposals WHERE term_id = $1 AND op = $2 AND fields = $3::jsonb AND author = $4 AND status = 'pending'",
    [ch.id, ch.op, JSON.stringify(fields), user.user],
  );
  if (dup.rowCount === 0) {
    await c.query(
      'INSERT INTO term_proposals (term_id, collection_id, op, fields, author) VALUES ($1, $2, $3, $4, $5)',
      [ch.id, ch.collection, ch.op, JSON.stringify(fields), user.user],
    );
  }
  return {
    seq: ch.seq,
    id: ch.id,
    status: 'proposed',
    reason: englishText(msg('srvProposed')),
    reasonMessage: msg('srvProposed'),
  };
}

const TERM_SELECT = 'SELECT id, collection_id, source, key, target, kind, variants, note, author, deleted FROM terms';
const fieldsOf = (r: TermRow): TermFields => ({
  source: r.source,
  target: r.target,
  kind: r.kind,
  variants: r.variants,
  note: r.note,
});

/** One term change, applied as the user (also used when an admin approves a proposal). */
export async function pushTerm(c: pg.ClientBase, user: User, ch: TermChange): Promise<PushResult> {
  const byId = (await c.query<TermRow>(`${TERM_SELECT} WHERE id = $1`, [ch.id])).rows[0];
  if (ch.op === 'delete') {
    if (byId && !byId.deleted)
      await c.query('UPDATE terms SET deleted = true, rev = $2, updated = now() WHERE id = $1', [
        ch.id,
        await nextRevision(c),
      ]);
    return { seq: ch.seq, id: ch.id, status: 'applied' };
  }
  const key = termKey(ch.fields.source);
  const byKey = (
    await c.query<TermRow>(`${TERM_SELECT} WHERE collection_id = $1 AND key = $2 AND NOT deleted`, [ch.collection, key])
  ).rows[0];
  const current = byId && !byId.deleted ? byId : byKey;
  if (!current) {
    const taken = byId
      ? 'UPDATE terms SET collection_id = $2, source = $3, key = $4, target = $5, kind = $6, variants = $7, note = $8, author = $9, deleted = false, rev = $10, updated = now() WHERE id = $1'
      : 'INSERT INTO terms (id, collection_id, source, key, target, kind, variants, note, author, rev) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)';
    const f = ch.fields;
    await c.query(taken, [
      ch.id,
      ch.collection,
      f.source,
      key,
      f.target,
      f.kind,
      JSON.stringify(f.variants),
      f.note,
      user.user,
      await nextRevision(c),
    ]);
    return { seq: ch.seq, id: ch.id, status: 'applied' };
  }
  // Someone else's term under the same Arabic was never this workspace's base.
  const base = current.id === ch.id ? ch.base : null;
  const { merged, conflicts } = mergeTerm(ch.fields, fieldsOf(current), base);
  const mergedKey = termKey(merged.source);
  if (mergedKey !== current.key) {
    const clash = await c.query(
      `SELECT 1 FROM terms WHERE collection_id = $1 AND key = $2 AND NOT deleted AND id <> $3`,
      [ch.collection, mergedKey, current.id],
    );
    if (clash.rowCount)
      return {
        seq: ch.seq,
        id: ch.id,
        status: 'refused',
        reason: englishText(msg('srvTermTaken', { source: merged.source })),
        reasonMessage: msg('srvTermTaken', { source: merged.source }),
      };
  }
  if (JSON.stringify(merged) !== JSON.stringify(fieldsOf(current))) {
    await c.query(
      'UPDATE terms SET source = $2, key = $3, target = $4, kind = $5, variants = $6, note = $7, rev = $8, updated = now() WHERE id = $1',
      [
        current.id,
        merged.source,
        mergedKey,
        merged.target,
        merged.kind,
        JSON.stringify(merged.variants),
        merged.note,
        await nextRevision(c),
      ],
    );
  }
  for (const k of conflicts) {
    const seen = await c.query(
      'SELECT 1 FROM term_conflicts WHERE term_id = $1 AND field = $2 AND mine = $3::jsonb AND resolved IS NULL',
      [current.id, k.field, JSON.stringify(k.mine)],
    );
    if (!seen.rowCount) {
      await c.query('INSERT INTO term_conflicts (term_id, field, mine, theirs, author) VALUES ($1, $2, $3, $4, $5)', [
        current.id,
        k.field,
        JSON.stringify(k.mine),
        JSON.stringify(k.theirs),
        user.user,
      ]);
    }
  }
  return {
    seq: ch.seq,
    id: current.id,
    status: conflicts.length ? 'conflict' : 'applied',
    ...(conflicts.length
      ? {
          conflicts: conflicts.map((k) => ({
            kind: 'term' as const,
            id: current.id,
            source: current.source,
            field: k.field,
            mine: k.mine,
            theirs: k.theirs,
            kept: 'theirs' as const,
          })),
        }
      : {}),
  };
}

const md5 = (s: string): string => createHash('md5').update(s, 'utf8').digest('hex');

interface UnitRow {
  id: string;
  collection_id: string;
  source: string;
  target: string;
  alternatives: Alternative[];
  deleted: boolean;
}

/**
 * Units in bulk (a first share pushes tens of thousands): one query finds the existing ones by source, one
 * INSERT … unnest adds the new ones; the rare edits and alternatives are updated one by one.
 */
async function pushUnits(c: pg.ClientBase, user: User, changes: UnitChange[]): Promise<PushResult[]> {
  if (changes.length === 0) return [];
  const results: PushResult[] = [];
  const ups = changes.filter((ch): ch is Extract<UnitChange, { op: 'upsert' }> => ch.op === 'upsert');
  const existing = new Map<string, UnitRow>();
  if (ups.length) {
    const r = await c.query<UnitRow>(
      `SELECT id, collection_id, source, target, alternatives, deleted FROM units
       WHERE (collection_id, md5(source)) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [ups.map((u) => u.collection), ups.map((u) => md5(u.source))],
    );
    for (const u of r.rows) existing.set(`${u.collection_id}\u0000${u.source}`, u);
  }
  const inserts: UnitRow[] = [];
  const touched = new Set<UnitRow>();
  for (const ch of changes) {
    if (ch.op === 'delete') {
      await c.query(
        'UPDATE units SET deleted = true, rev = $3, updated = now() WHERE id = $1 AND collection_id = $2 AND NOT deleted',
        [ch.id, ch.collection, await nextRevision(c)],
      );
      results.push({ seq: ch.seq, id: ch.id, status: 'applied' });
      continue;
    }
    const k = `${ch.collection}\u0000${ch.source}`;
    const cur = existing.get(k);
    if (!cur) {
      const row: UnitRow = {
        id: ch.id,
        collection_id: ch.collection,
        source: ch.source,
        target: ch.target,
        alternatives: [],
        deleted: false,
      };
      existing.set(k, row);
      inserts.push(row);
      results.push({ seq: ch.seq, id: ch.id, status: 'applied' });
      continue;
    }
    if (cur.deleted) {
      Object.assign(cur, { deleted: false, target: ch.target, alternatives: [] });
      touched.add(cur);
      results.push({ seq: ch.seq, id: cur.id, status: 'applied' });
    } else if (cur.target === ch.target || cur.alternatives.some((a) => a.target === ch.target)) {
      results.push({ seq: ch.seq, id: cur.id, status: 'applied' });
    } else if (ch.base !== null && ch.base === cur.target) {
      // An edit of the translation this workspace last saw: it replaces it.
      cur.target = ch.target;
      touched.add(cur);
      results.push({ seq: ch.seq, id: cur.id, status: 'applied' });
    } else {
      cur.alternatives = [...cur.alternatives, { target: ch.target, author: user.user }];
      touched.add(cur);
      results.push({
        seq: ch.seq,
        id: cur.id,
        status: 'conflict',
        conflicts: [
          { kind: 'unit', id: cur.id, source: cur.source, mine: ch.target, theirs: cur.target, kept: 'both' },
        ],
      });
    }
  }
  if (inserts.length) {
    await c.query(
      `INSERT INTO units (id, collection_id, source, source_norm, target, alternatives, author, rev)
       SELECT u.id, u.c, u.s, u.n, u.t, u.a::jsonb, $7, nextval('revision')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS u(id, c, s, n, t, a, o) ORDER BY u.o`,
      [
        inserts.map((u) => u.id),
        inserts.map((u) => u.collection_id),
        inserts.map((u) => u.source),
        inserts.map((u) => normalizeArabic(u.source)),
        inserts.map((u) => u.target),
        inserts.map((u) => JSON.stringify(u.alternatives)),
        user.user,
      ],
    );
  }
  const fresh = new Set(inserts);
  for (const u of touched) {
    // A unit added earlier in this same push went in with its final translation and alternatives.
    if (fresh.has(u)) continue;
    await c.query(
      'UPDATE units SET target = $2, alternatives = $3, deleted = $4, rev = $5, updated = now() WHERE id = $1',
      [u.id, u.target, JSON.stringify(u.alternatives), u.deleted, await nextRevision(c)],
    );
  }
  return results;
}
