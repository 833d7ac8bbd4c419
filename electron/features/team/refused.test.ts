/**
 * Refused row changes (issue 21) through one team server process and a real PostgreSQL: a viewer's edit and
 * `reviewed` set by someone who stopped being the reviewer while offline are refused by the server; the
 * refusal stays in the outbox, marked (reported on every sync, never pushed again, not counted as pending),
 * the row takes the server's version, and the text typed is kept in the row's history with the reason.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/contract';
import { errorsAr } from '../../../core/i18n/errors-ar';
import type { Message } from '../../../core/i18n/message';
import { englishText, fillMessage } from '../../../core/i18n/message';
import type { Store } from '../../../server/store';
import { clusterUrl } from '../../../server/test/database';
import { SEED } from '../../../scripts/shared-samples';
import { startDesk } from './testing/desk';
import type { ServerProcess } from '../../../server/test/server-process';
import type { App } from '../../app/compose';

const admin = clusterUrl();
/** A message as the Arabic UI formats it (renderer/shared/error-text.ts, without i18next). */
const arabic = (m: Message): string => fillMessage(errorsAr[m.key], m.values, arabic);

describe.skipIf(!admin)('row changes the team server refuses', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-team-refused-'));
  let server: ServerProcess;
  let store: Store;
  const apps: App[] = [];
  let a: App; // amina, admin
  let t: App; // omar, translator
  let v: App; // vera, viewer
  let docId: string;
  const pushes = (): number => server.logs.filter((l) => l.includes('/api/push')).length;

  beforeAll(async () => {
    const desk = await startDesk({
      admin: admin!,
      database: 'refused',
      dir,
      users: [
        ['amina', 'admin'],
        ['omar', 'translator'],
        ['rana', 'reviewer'],
        ['vera', 'viewer'],
      ],
      workspaces: [
        ['a', 'amina'],
        ['t', 'omar'],
        ['v', 'vera'],
      ],
    });
    ({ server, store } = desk);
    apps.push(...desk.apps);
    [a, t, v] = apps as [App, App, App];
    const imported = await t.services.documents.import({ fileName: 'seed-ar.txt', bytes: readFileSync(SEED) });
    docId = imported.documentId;
    t.services.documents.updateParagraph({ documentId: docId, index: 0, target: 'Tasnim news agency', confirm: true });
    await t.services.team.share({ doc: docId });
    await v.services.team.sync();
    await a.services.team.sync();
  });
  afterAll(async () => {
    for (const app of apps) app.close();
    await server?.stop();
    await store?.close();
  });

  const rowOf = (app: App, index: number) => app.services.documents.paragraphs(docId)[index]!;
  const onServer = async (index: number) =>
    (await store.pool.query('SELECT target, status FROM doc_rows WHERE document_id = $1 AND idx = $2', [docId, index]))
      .rows[0] as { target: string; status: string };

  it('a viewer’s edit is refused: reported, the row takes the server’s text, the typed text is in the history', async () => {
    v.services.documents.updateParagraph({ documentId: docId, index: 0, target: 'Vera: Tasnim agency says' });
    expect(v.services.team.status().pending).toBe(1);
    const report = await v.services.team.sync();
    expect(report.refused).toEqual([
      {
        kind: 'paragraph',
        id: `${docId}:0`,
        reason: 'vera is a viewer: viewers read only',
        message: { key: 'srvViewer', values: { user: 'vera' } },
      },
    ]);
    expect(report.pushed).toBe(0);
    expect(await onServer(0)).toEqual({ target: 'Tasnim news agency', status: 'translated' });
    expect(rowOf(v, 0)).toMatchObject({ target: 'Tasnim news agency', status: 'translated' });
    expect(v.services.team.history({ documentId: docId, index: 0 })).toContainEqual(
      expect.objectContaining({
        kind: 'refused',
        target: 'Vera: Tasnim agency says',
        author: 'vera',
        reason: expect.objectContaining({ key: expect.any(String) as unknown }) as unknown,
      }),
    );
    // Kept in the outbox, marked: not pending, not pushed again, reported on the next sync too.
    expect(v.services.team.status()).toMatchObject({ pending: 0, refused: 1 });
    const before = pushes();
    expect(before).toBeGreaterThan(0);
    expect((await v.services.team.sync()).refused).toEqual(report.refused);
    expect(pushes()).toBe(before);
  });

  it('the reasons come as codes with their values: the Arabic UI says them in Arabic, the CLI in English', async () => {
    const report = await v.services.team.sync();
    const reason = report.refused[0]!.message!;
    expect(reason).toEqual({ key: 'srvViewer', values: { user: 'vera' } });
    expect(englishText(reason)).toBe(report.refused[0]!.reason);
    expect(arabic(reason)).toBe('vera قارئ: القرّاء يقرؤون فقط');
    const kept = v.services.team.history({ documentId: docId, index: 0 }).find((h) => h.kind === 'refused');
    expect(kept?.reason).toEqual(reason);
    // A request the server answers 403 (a translator assigning a reviewer): the same in both languages.
    const refusal = await t.services.team.assign({ doc: docId, reviewer: 'rana' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ApiError);
    const e = refusal as ApiError;
    expect(e.message).toBe('the team server answered 403: omar is a translator: only admins do this');
    expect(e.details.map(arabic)).toEqual(['أجاب خادم الفريق بالرمز 403: omar مترجم: لا يفعل هذا إلا المشرفون']);
    // Every key the server uses has its Arabic (the type checks the keys; here: no English left in them).
    for (const [key, text] of Object.entries(errorsAr))
      if (key.startsWith('srv')) expect(text, key).toMatch(/[\u0600-\u06FF]/);
  });

  it('a refused row still takes later versions from the team', async () => {
    t.services.documents.updateParagraph({ documentId: docId, index: 0, target: 'Tasnim agency: a US operation' });
    await t.services.team.sync();
    await v.services.team.sync();
    expect(rowOf(v, 0).target).toBe('Tasnim agency: a US operation');
    expect(v.services.team.history({ documentId: docId, index: 0 }).map((h) => h.target)).toContain(
      'Vera: Tasnim agency says',
    );
  });

  it('reviewed set offline by a reviewer unassigned meanwhile is refused; a later accepted edit clears the mark', async () => {
    t.services.documents.updateParagraph({
      documentId: docId,
      index: 2,
      target: 'Iran’s Tasnim agency revealed',
      confirm: true,
    });
    await a.services.team.assign({ doc: docId, reviewer: 'omar' });
    await t.services.team.sync();
    expect(t.services.team.document({ documentId: docId }).canReview).toBe(true);
    // Omar reviews offline; meanwhile the admin gives the document to Rana.
    await a.services.team.assign({ doc: docId, reviewer: 'rana' });
    t.services.documents.updateParagraph({
      documentId: docId,
      index: 2,
      target: 'Iran’s Tasnim agency has revealed',
      review: true,
    });
    const report = await t.services.team.sync();
    expect(report.refused).toEqual([
      {
        kind: 'paragraph',
        id: `${docId}:2`,
        reason:
          'omar is not the reviewer of this document (rana is): only its reviewer or an admin marks a row reviewed',
        message: { key: 'reviewNotReviewer', values: { user: 'omar', reviewer: 'rana' } },
      },
    ]);
    expect(await onServer(2)).toEqual({ target: 'Iran’s Tasnim agency revealed', status: 'translated' });
    expect(rowOf(t, 2)).toMatchObject({ target: 'Iran’s Tasnim agency revealed', status: 'translated' });
    expect(t.services.team.history({ documentId: docId, index: 2 })).toContainEqual(
      expect.objectContaining({ kind: 'refused', target: 'Iran’s Tasnim agency has revealed', status: 'reviewed' }),
    );
    expect(t.services.team.status()).toMatchObject({ pending: 0, refused: 1 });
    // He types the correction again as a translation: taken, and the refusal is done with.
    t.services.documents.updateParagraph({
      documentId: docId,
      index: 2,
      target: 'Iran’s Tasnim agency has revealed',
      confirm: true,
    });
    const next = await t.services.team.sync();
    expect(next).toMatchObject({ pushed: 1, refused: [] });
    expect(await onServer(2)).toEqual({ target: 'Iran’s Tasnim agency has revealed', status: 'translated' });
    expect(t.services.team.status()).toMatchObject({ pending: 0, refused: 0 });
  });
});
