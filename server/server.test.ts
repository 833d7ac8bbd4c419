import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, PullResponse, PushResult, TermFields } from '../core/team/protocol';
import { createTeamServer } from './http';
import { applyPush } from './push';
import { indexChunk } from './search-index';
import type { Store } from './store';
import { openStore } from './store';
import { clusterUrl, createDatabase } from './test/database';
import { addUser, hashToken, listUsers, removeUser } from './users';

const admin = clusterUrl();

describe.skipIf(!admin)('team server over a real PostgreSQL', () => {
  let url: string;
  let store: Store;
  let base: string;
  let server: ReturnType<typeof createTeamServer>;
  const tokens: Record<string, string> = {};
  const logs: string[] = [];

  beforeAll(async () => {
    url = await createDatabase(admin!, 'server');
    store = await openStore(url);
    server = createTeamServer(store, { log: (l) => (process.env.DEBUG_TEAM ? console.log(l) : logs.push(l)) });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const [name, role] of [
      ['amina', 'admin'],
      ['omar', 'translator'],
      ['vera', 'viewer'],
    ] as const)
      tokens[name] = (await addUser(store, name, role)).token;
  });
  afterAll(async () => {
    server?.close();
    await store?.close();
  });

  const call = async (
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
  ): Promise<{ status: number; json: unknown }> => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await r.json();
    if (process.env.DEBUG_TEAM) console.log(method, path, r.status, JSON.stringify(json));
    return { status: r.status, json };
  };
  const count = async (table: string): Promise<number> =>
    Number((await store.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

  it('keeps only the hash of a token, lists and removes users', async () => {
    const rows = await store.pool.query('SELECT token_hash FROM users WHERE name = $1', ['omar']);
    expect(rows.rows[0].token_hash).toBe(hashToken(tokens.omar!));
    expect(JSON.stringify(rows.rows)).not.toContain(tokens.omar);
    await expect(addUser(store, 'omar', 'admin')).rejects.toThrow(/already a user omar/);
    await expect(addUser(store, 'x', 'boss')).rejects.toThrow(
      /--role must be one of admin, translator, reviewer, viewer/,
    );
    const { token } = await addUser(store, 'temp', 'reviewer');
    expect((await listUsers(store)).map((u) => [u.user, u.role])).toContainEqual(['temp', 'reviewer']);
    expect(await removeUser(store, 'temp')).toEqual({ removed: 'temp' });
    expect((await call('GET', '/api/me', token)).status).toBe(401);
  });

  it('answers 401 without a valid token and 403 to a forbidden action, changing nothing', async () => {
    expect((await call('GET', '/api/me', undefined)).status).toBe(401);
    expect((await call('GET', '/api/pull', 'dgt_wrong')).status).toBe(401);
    const before = await count('collections');
    const r = await call('POST', '/api/share', tokens.omar, { kind: 'glossary', id: 'g-x', name: 'Names' });
    expect(r.status).toBe(403);
    expect(await count('collections')).toBe(before);
    expect((await call('PUT', '/api/settings', tokens.vera, { termApproval: true })).status).toBe(403);
    expect(logs.some((l) => JSON.parse(l).user === 'omar' && JSON.parse(l).status === 403)).toBe(true);
  });

  it('shares a glossary, merges terms field by field and records a conflict; viewers are refused', async () => {
    expect(
      (await call('POST', '/api/share', tokens.amina, { kind: 'glossary', id: 'g1', name: 'Desk names' })).json,
    ).toEqual({ shared: 'Desk names', id: 'g1' });
    const f: TermFields = { source: 'جوزجان', target: 'Jowzjan', kind: 'place', variants: [], note: '' };
    const push = async (token: string, changes: Change[]): Promise<PushResult[]> =>
      ((await call('POST', '/api/push', token, { changes })).json as { results: PushResult[] }).results;
    expect(
      await push(tokens.omar!, [
        { kind: 'term', op: 'upsert', seq: 1, id: 't1', collection: 'g1', fields: f, base: null },
      ]),
    ).toEqual([{ seq: 1, id: 't1', status: 'applied' }]);
    // Omar changes the note, Amina the English, both from the same base: merged without a conflict.
    await push(tokens.omar!, [
      { kind: 'term', op: 'upsert', seq: 2, id: 't1', collection: 'g1', fields: { ...f, note: 'province' }, base: f },
    ]);
    await push(tokens.amina!, [
      { kind: 'term', op: 'upsert', seq: 1, id: 't1', collection: 'g1', fields: { ...f, target: 'Jawzjan' }, base: f },
    ]);
    const pulled = (await call('GET', '/api/pull?since=0', tokens.vera)).json as PullResponse;
    expect(pulled.terms).toHaveLength(1);
    expect(pulled.terms[0]).toMatchObject({ id: 't1', target: 'Jawzjan', note: 'province', author: 'omar' });
    // Both change the English: a conflict, the server's value stands.
    const r = await push(tokens.omar!, [
      {
        kind: 'term',
        op: 'upsert',
        seq: 3,
        id: 't1',
        collection: 'g1',
        fields: { ...f, note: 'province', target: 'Jozjan' },
        base: { ...f, note: 'province' },
      },
    ]);
    expect(r[0]).toMatchObject({
      status: 'conflict',
      conflicts: [
        {
          kind: 'term',
          id: 't1',
          source: f.source,
          field: 'target',
          mine: 'Jozjan',
          theirs: 'Jawzjan',
          kept: 'theirs',
        },
      ],
    });
    const conflicts = (await call('GET', '/api/conflicts', tokens.vera)).json as Array<{ id: number; mine: string }>;
    expect(conflicts).toMatchObject([{ mine: 'Jozjan', source: f.source, target: 'Jawzjan' }]);
    // Vera is neither admin nor the author; Omar (the author) picks his.
    expect(
      (await call('POST', `/api/conflicts/${conflicts[0]!.id}/resolve`, tokens.vera, { pick: 'mine' })).status,
    ).toBe(403);
    expect(
      (await call('POST', `/api/conflicts/${conflicts[0]!.id}/resolve`, tokens.omar, { pick: 'mine' })).json,
    ).toMatchObject({ kept: 'mine' });
    const after = (await call('GET', `/api/pull?since=${pulled.revision}`, tokens.vera)).json as PullResponse;
    expect(after.terms[0]).toMatchObject({ target: 'Jozjan' });

    const before = await store.pool.query('SELECT rev FROM terms');
    const refused = await push(tokens.vera!, [
      { kind: 'term', op: 'upsert', seq: 9, id: 't1', collection: 'g1', fields: { ...f, target: 'X' }, base: f },
    ]);
    expect(refused).toEqual([
      {
        seq: 9,
        id: 't1',
        status: 'refused',
        reason: 'vera is a viewer: viewers read only',
        reasonMessage: { key: 'srvViewer', values: { user: 'vera' } },
      },
    ]);
    expect((await store.pool.query('SELECT rev FROM terms')).rows).toEqual(before.rows);
  });

  it('puts a translator’s term aside for approval when the admin asks for it', async () => {
    expect((await call('PUT', '/api/settings', tokens.amina, { termApproval: true })).status).toBe(200);
    const f = { source: 'مزار شريف', target: 'Mazar-i-Sharif', kind: 'place', variants: [], note: '' };
    const r = (
      await call('POST', '/api/push', tokens.omar, {
        changes: [{ kind: 'term', op: 'upsert', seq: 1, id: 't2', collection: 'g1', fields: f, base: null }],
      })
    ).json as { results: PushResult[] };
    expect(r.results[0]!.status).toBe('proposed');
    expect(await count("terms WHERE id = 't2'")).toBe(0);
    const proposals = (await call('GET', '/api/proposals', tokens.amina)).json as Array<{ id: number }>;
    expect((await call('POST', `/api/proposals/${proposals[0]!.id}/approve`, tokens.amina)).status).toBe(200);
    expect(await count("terms WHERE id = 't2'")).toBe(1);
    await call('PUT', '/api/settings', tokens.amina, { termApproval: false });
  });

  it('keeps both translations of one source and finds units on the normalised Arabic', async () => {
    await call('POST', '/api/share', tokens.amina, { kind: 'tm', id: 'm1', name: 'Desk memory' });
    const source = 'قال أحمد إلى الصحفيين إن الاجتماع انتهى';
    const push = async (token: string, target: string, id: string): Promise<PushResult[]> =>
      (
        (
          await call('POST', '/api/push', token, {
            changes: [{ kind: 'unit', op: 'upsert', seq: 1, id, collection: 'm1', source, target, base: null }],
          })
        ).json as { results: PushResult[] }
      ).results;
    expect((await push(tokens.omar!, 'Ahmed told reporters the meeting was over', 'u1'))[0]!.status).toBe('applied');
    const second = await push(tokens.amina!, 'Ahmad told journalists that the meeting had ended', 'u2');
    expect(second[0]).toMatchObject({
      status: 'conflict',
      id: 'u1',
      conflicts: [{ kind: 'unit', source, kept: 'both' }],
    });
    // The same translation again (a retry after a lost answer) adds nothing.
    await push(tokens.amina!, 'Ahmad told journalists that the meeting had ended', 'u2');
    const units = (await store.pool.query('SELECT target, alternatives FROM units')).rows;
    expect(units).toEqual([
      {
        target: 'Ahmed told reporters the meeting was over',
        alternatives: [{ target: 'Ahmad told journalists that the meeting had ended', author: 'amina' }],
      },
    ]);
    const raw = await store.pool.query('SELECT similarity($1, $2) AS s', ['أحمد إلى', 'احمد الى']);
    expect(raw.rows[0].s).toBeLessThan(0.5);
    const hits = (await call('GET', `/api/concordance?q=${encodeURIComponent('احمد الى')}`, tokens.vera))
      .json as Array<{ id: string; score: number }>;
    expect(hits[0]).toMatchObject({ id: 'u1' });
    expect(hits[0]!.score).toBeGreaterThan(0.9);
  });

  it('finds a pushed unit in the concordance before and after the index has caught up with it', async () => {
    const source = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق';
    const change: Change = {
      seq: 1,
      kind: 'unit',
      op: 'upsert',
      id: 'lavrov-1',
      collection: 'm1',
      source,
      target: 'Russian Foreign Minister Sergei Lavrov arrived in Damascus',
      base: null,
    };
    const c = await store.pool.connect();
    try {
      // Pushed straight into the store, so no indexer has run for it yet: it is found in the tail.
      await c.query('BEGIN');
      await applyPush(c, { user: 'omar', role: 'translator' }, [change]);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
    const find = async () =>
      (await call('GET', `/api/concordance?q=${encodeURIComponent('سيرغي لافروف')}`, tokens.vera)).json as Array<{
        id: string;
      }>;
    expect((await find()).map((h) => h.id)).toContain('lavrov-1');
    while ((await indexChunk(store)) > 0);
    const indexed = await store.pool.query('SELECT 1 FROM unit_search WHERE unit_id = $1', ['lavrov-1']);
    expect(indexed.rowCount).toBe(1);
    expect((await find()).map((h) => h.id)).toContain('lavrov-1');
  });

  it('refuses a database migrated by a newer server', async () => {
    const other = await createDatabase(admin!, 'newer');
    const c = new pg.Client({ connectionString: other });
    await c.connect();
    await c.query('CREATE TABLE dragoman_schema (version integer NOT NULL); INSERT INTO dragoman_schema VALUES (99)');
    await c.end();
    await expect(openStore(other)).rejects.toThrow(/newer Dragoman team server \(schema 99, this one knows 3\)/);
  });
});
