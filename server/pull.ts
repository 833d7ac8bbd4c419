/**
 * Reading the shared state: incremental pulls by revision (terms, units, document rows and their history
 * interleaved in revision order, cut at a revision so a batch never splits one), and concordance over the memories on the normalised
 * Arabic with pg_trgm (raw Arabic would score أحمد إلى against احمد الى near 0.2).
 */
import type pg from 'pg';
import { normalizeArabic } from '../core/arabic/normalize';
import type { Collection, PullResponse, ServerTerm, ServerUnit, TeamConcordanceHit } from '../core/team/protocol';
import { listDocuments, rowsSince } from './documents';

export async function pull(c: pg.ClientBase, since: number, limit: number, count = true): Promise<PullResponse> {
  const collections = (await c.query<Collection>('SELECT id, kind, name FROM collections ORDER BY created, id')).rows;
  const terms = (
    await c.query<ServerTerm & { rev: string; collection_id: string }>(
      'SELECT id, collection_id, source, target, kind, variants, note, author, deleted, rev FROM terms WHERE rev > $1 ORDER BY rev LIMIT $2',
      [since, limit],
    )
  ).rows.map(({ collection_id, rev, ...t }) => ({ ...t, collection: collection_id, rev: Number(rev) }));
  const units = (
    await c.query<ServerUnit & { rev: string; collection_id: string }>(
      'SELECT id, collection_id, source, target, alternatives, author, deleted, rev FROM units WHERE rev > $1 ORDER BY rev LIMIT $2',
      [since, limit],
    )
  ).rows.map(({ collection_id, rev, ...u }) => ({ ...u, collection: collection_id, rev: Number(rev) }));
  const { rows, history } = await rowsSince(c, since, limit);
  // A full list may have more after its last row: cut every list at the smallest such revision.
  const lists: Array<Array<{ rev: number }>> = [terms, units, rows, history];
  const cut = Math.min(...lists.map((l) => (l.length === limit ? l.at(-1)!.rev : Infinity)));
  const keep = <T extends { rev: number }>(l: T[]): T[] => l.filter((x) => x.rev <= cut);
  const [keptTerms, keptUnits, keptRows, keptHistory] = [keep(terms), keep(units), keep(rows), keep(history)];
  const last = Math.max(since, ...[keptTerms, keptUnits, keptRows, keptHistory].flatMap((l) => l.map((x) => x.rev)));
  const remaining = count
    ? await c.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM terms WHERE rev > $1) + (SELECT count(*) FROM units WHERE rev > $1)
              + (SELECT count(*) FROM doc_rows WHERE rev > $1) + (SELECT count(*) FROM row_history WHERE rev > $1) AS n`,
        [since],
      )
    : null;
  return {
    revision: last,
    more: cut !== Infinity,
    ...(remaining ? { remaining: Number(remaining.rows[0]!.n) } : {}),
    collections,
    terms: keptTerms,
    units: keptUnits,
    documents: await listDocuments(c),
    rows: keptRows,
    history: keptHistory,
  };
}

export async function concordance(c: pg.ClientBase, query: string, limit: number): Promise<TeamConcordanceHit[]> {
  const q = normalizeArabic(query).replace(/\s+/g, ' ').trim();
  if (!q) return [];
  // word_similarity: the query as a phrase inside a longer paragraph; the GIN index serves the <% operator.
  const r = await c.query<{
    id: string;
    collection_id: string;
    source: string;
    target: string;
    alternatives: ServerUnit['alternatives'];
    score: number;
  }>(
    // The index (unit_search) plus the few units pushed since the indexer last ran (search-index.ts).
    `WITH hits AS (
       SELECT unit_id AS id FROM unit_search WHERE $1 <% source_norm
       UNION
       SELECT id FROM units WHERE rev > (SELECT rev FROM search_progress) AND $1 <% source_norm
     )
     SELECT u.id, u.collection_id, u.source, u.target, u.alternatives, word_similarity($1, u.source_norm) AS score
     FROM hits JOIN units u USING (id) WHERE NOT u.deleted ORDER BY score DESC, u.id LIMIT $2`,
    [q, limit],
  );
  return r.rows.map((u) => ({
    id: u.id,
    collection: u.collection_id,
    source: u.source,
    target: u.target,
    alternatives: u.alternatives,
    score: Math.round(u.score * 1000) / 1000,
  }));
}
