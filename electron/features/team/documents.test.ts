/**
 * Shared documents (issue 21) between three workspaces (an admin, a translator, a reviewer) through one team
 * server process and a real PostgreSQL: a shared article reaches the others with its rows, statuses,
 * comments and origins; a reviewer marks a row reviewed and a translator cannot (refused here and by the
 * server); the same row edited offline in two workspaces: the first to reach the server wins, the other text
 * is in the row's history on every side and reported; a tab typing on the older text gets the conflict.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../server/store';
import { clusterUrl } from '../../../server/test/database';
import { SEED } from '../../../scripts/shared-samples';
import { startDesk } from './testing/desk';
import type { ServerProcess } from '../../../server/test/server-process';
import type { App } from '../../app/compose';

const admin = clusterUrl();

describe.skipIf(!admin)('shared documents between workspaces', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-team-docs-'));
  let server: ServerProcess;
  let store: Store;
  const tokens: Record<string, string> = {};
  const apps: App[] = [];
  let a: App; // amina, admin
  let t: App; // omar, translator
  let r: App; // rana, reviewer
  let docId: string;

  beforeAll(async () => {
    const desk = await startDesk({
      admin: admin!,
      database: 'docs',
      dir,
      users: [
        ['amina', 'admin'],
        ['omar', 'translator'],
        ['rana', 'reviewer'],
      ],
      workspaces: [
        ['a', 'amina'],
        ['t', 'omar'],
        ['r', 'rana'],
      ],
    });
    ({ server, store } = desk);
    apps.push(...desk.apps);
    Object.assign(tokens, desk.tokens);
    [a, t, r] = apps as [App, App, App];
  });
  afterAll(async () => {
    for (const app of apps) app.close();
    await server?.stop();
    await store?.close();
  });

  const rowOf = (app: App, index: number) => app.services.documents.paragraphs(docId)[index]!;

  it('shares a document with its rows, statuses, comments and origins; it reaches every linked workspace', async () => {
    const imported = await t.services.documents.import({ fileName: 'seed-ar.txt', bytes: readFileSync(SEED) });
    docId = imported.documentId;
    t.services.documents.updateParagraph({ documentId: docId, index: 0, target: 'Clashes in Jowzjan', confirm: true });
    t.services.documents.updateParagraph({
      documentId: docId,
      index: 1,
      target: 'Taliban fighters attacked',
      origin: 'tm:87',
    });
    t.services.documents.setNote({ documentId: docId, index: 1, note: 'تحقق من التاريخ' });
    expect(await t.services.team.share({ doc: docId })).toEqual({ shared: imported.title });
    expect(t.services.team.status().pending).toBe(0);
    await r.services.team.sync();
    await a.services.team.sync();
    const theirs = t.services.documents.paragraphs(docId);
    for (const app of [a, r]) {
      const got = app.services.documents.paragraphs(docId);
      expect(got.map((p) => [p.source, p.target, p.status, p.note ?? null, p.origin ?? null])).toEqual(
        theirs.map((p) => [p.source, p.target, p.status, p.note ?? null, p.origin ?? null]),
      );
      expect(app.services.documents.require(docId).title).toBe(imported.title);
    }
    expect(rowOf(r, 1)).toMatchObject({
      target: 'Taliban fighters attacked',
      status: 'draft',
      note: 'تحقق من التاريخ',
      origin: 'tm:87',
    });
    expect(r.services.team.document({ documentId: docId })).toMatchObject({
      shared: true,
      translator: 'omar',
      reviewer: null,
      canReview: false,
    });
  });

  it('an admin assigns the reviewer; the translator may not (403)', async () => {
    await expect(t.services.team.assign({ doc: docId, reviewer: 'omar' })).rejects.toThrow(/403.*only admins/);
    await expect(a.services.team.assign({ doc: docId, reviewer: 'nobody' })).rejects.toThrow(/no user nobody/);
    expect(await a.services.team.assign({ doc: docId, reviewer: 'rana' })).toMatchObject({
      translator: 'omar',
      reviewer: 'rana',
    });
    await r.services.team.sync();
    await t.services.team.sync();
    expect(r.services.team.document({ documentId: docId })).toMatchObject({ reviewer: 'rana', canReview: true });
    expect(t.services.team.document({ documentId: docId })).toMatchObject({ reviewer: 'rana', canReview: false });
  });

  it('a confirm in one workspace reaches the other with who changed it, shown until the translator looks', async () => {
    t.services.documents.updateParagraph({
      documentId: docId,
      index: 2,
      target: 'The governor said the province was calm.',
      confirm: true,
    });
    expect(t.services.team.status().pending).toBe(1);
    expect((await t.services.team.sync()).pushed).toBe(1);
    await r.services.team.sync();
    expect(rowOf(r, 2)).toMatchObject({ target: 'The governor said the province was calm.', status: 'translated' });
    expect(r.services.team.document({ documentId: docId }).changed).toContainEqual({ index: 2, changedBy: 'omar' });
    // Rana edits it; Omar sees "changed by rana" until he (the translator) looks at the row.
    r.services.documents.updateParagraph({
      documentId: docId,
      index: 2,
      target: 'The governor said the province is calm.',
      confirm: true,
    });
    await r.services.team.sync();
    await t.services.team.sync();
    expect(t.services.team.document({ documentId: docId }).changed).toEqual([{ index: 2, changedBy: 'rana' }]);
    expect(r.services.team.seen({ documentId: docId, index: 0 })).toEqual({ seen: false });
    expect(t.services.team.seen({ documentId: docId, index: 2 })).toEqual({ seen: true });
    expect(t.services.team.document({ documentId: docId }).changed).toEqual([]);
  });

  it('the reviewer marks a row reviewed; the translator cannot, here or by pushing it to the server', async () => {
    r.services.documents.updateParagraph({ documentId: docId, index: 0, target: rowOf(r, 0).target, review: true });
    expect(rowOf(r, 0).status).toBe('reviewed');
    await r.services.team.sync();
    await t.services.team.sync();
    expect(rowOf(t, 0).status).toBe('reviewed');
    expect(() =>
      t.services.documents.updateParagraph({ documentId: docId, index: 2, target: rowOf(t, 2).target, review: true }),
    ).toThrow(/omar is not the reviewer of this document \(rana is\)/);
    expect(rowOf(t, 2).status).toBe('translated');
    // The server checks it as well, whatever a workspace lets through.
    const res = await fetch(`${server.url}/api/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.omar}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        changes: [
          {
            kind: 'paragraph',
            op: 'upsert',
            seq: 1,
            id: `${docId}:2`,
            collection: docId,
            index: 2,
            fields: { target: rowOf(t, 2).target, status: 'reviewed', note: null, origin: 'typed' },
            base: 2,
          },
        ],
      }),
    });
    expect(await res.json()).toMatchObject({
      results: [{ status: 'refused', reason: expect.stringMatching(/omar is not the reviewer/) as unknown }],
    });
    const onServer = await store.pool.query('SELECT status FROM doc_rows WHERE document_id = $1 AND idx = 2', [docId]);
    expect(onServer.rows).toEqual([{ status: 'translated' }]);
    // An admin may.
    a.services.documents.updateParagraph({
      documentId: docId,
      index: 3,
      target: 'Checked by the desk chief.',
      review: true,
    });
    expect((await a.services.team.sync()).refused).toEqual([]);
    expect(
      (await store.pool.query('SELECT status FROM doc_rows WHERE document_id = $1 AND idx = 3', [docId])).rows,
    ).toEqual([{ status: 'reviewed' }]);
  });

  it('the same row edited offline in two workspaces: the first to arrive wins, the other is in the history and reported', async () => {
    await t.services.team.sync();
    await r.services.team.sync();
    // Both offline (no sync), the reviewer types first by the clock, but the translator's edit reaches the server first.
    r.services.documents.updateParagraph({
      documentId: docId,
      index: 4,
      target: 'Rana: the road to Sheberghan was closed.',
    });
    t.services.documents.updateParagraph({
      documentId: docId,
      index: 4,
      target: 'Omar: the Sheberghan road was shut.',
    });
    expect((await t.services.team.sync()).conflicts).toEqual([]);
    const report = await r.services.team.sync();
    expect(report.conflicts).toEqual([
      {
        kind: 'paragraph',
        id: `${docId}:4`,
        source: rowOf(t, 4).source,
        mine: 'Rana: the road to Sheberghan was closed.',
        theirs: 'Omar: the Sheberghan road was shut.',
        kept: 'theirs',
      },
    ]);
    expect(rowOf(r, 4).target).toBe('Omar: the Sheberghan road was shut.');
    await t.services.team.sync();
    for (const app of [t, r]) {
      const history = app.services.team.history({ documentId: docId, index: 4 });
      expect(history).toContainEqual(
        expect.objectContaining({ kind: 'lost', target: 'Rana: the road to Sheberghan was closed.', author: 'rana' }),
      );
      expect(history).toContainEqual(
        expect.objectContaining({ kind: 'version', target: 'Omar: the Sheberghan road was shut.', author: 'omar' }),
      );
    }
    const lost = await store.pool.query(
      "SELECT target, author FROM row_history WHERE document_id = $1 AND idx = 4 AND kind = 'lost'",
      [docId],
    );
    expect(lost.rows).toEqual([{ target: 'Rana: the road to Sheberghan was closed.', author: 'rana' }]);
  });

  it('a tab still typing on the older text when a newer version arrives gets the conflict, not an overwrite', async () => {
    const before = rowOf(r, 5);
    t.services.documents.updateParagraph({ documentId: docId, index: 5, target: 'Omar’s newer text.' });
    await t.services.team.sync();
    await r.services.team.sync();
    const answer = r.services.documents.updateParagraph({
      documentId: docId,
      index: 5,
      target: 'Rana typed on the old one.',
      baseVersion: before.version,
    });
    expect(answer).toMatchObject({ conflict: true, paragraph: { target: 'Omar’s newer text.' } });
    expect(rowOf(r, 5).target).toBe('Omar’s newer text.');
  });

  it('every workspace ends with the server’s rows', async () => {
    for (const app of apps) await app.services.team.sync();
    const server = (
      await store.pool.query('SELECT idx, target, status FROM doc_rows WHERE document_id = $1 ORDER BY idx', [docId])
    ).rows as Array<{ idx: number; target: string; status: string }>;
    for (const app of apps) {
      expect(
        app.services.documents.paragraphs(docId).map((p) => ({ idx: p.index, target: p.target, status: p.status })),
      ).toEqual(server);
      expect(app.services.team.status().pending).toBe(0);
    }
  });
});
