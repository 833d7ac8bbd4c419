/**
 * Rows confirmed in another workspace and pulled with a shared document feed this workspace's translation
 * memory (issue 21), so the memory offers them in other documents; a row pulled again, changed, or whose unit
 * also came with a shared memory is stored once. One team server process, a real PostgreSQL, real workspaces.
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
const BRIEF = [
  'قال محافظ جوزجان إن الهدوء عاد إلى مدينة شبرغان بعد اشتباكات استمرت يومين.',
  'وأضاف أن قوات الأمن فتحت الطريق الرئيسي المؤدي إلى مزار شريف.',
].join('\n\n');

describe.skipIf(!admin)('confirmed rows from the team feed the local memory', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-team-tm-'));
  let server: ServerProcess;
  let store: Store;
  const apps: App[] = [];
  let a: App; // amina, admin
  let t: App; // omar, translator
  let r: App; // rana, reviewer
  let seedId: string;

  beforeAll(async () => {
    const desk = await startDesk({
      admin: admin!,
      database: 'pulledtm',
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
    [a, t, r] = apps as [App, App, App];
  });
  afterAll(async () => {
    for (const app of apps) app.close();
    await server?.stop();
    await store?.close();
  });

  const units = (app: App): number => app.services.tm.list().reduce((n, m) => n + m.units, 0);
  const offers = (app: App, text: string, target: string) =>
    app.services.tm.lookup({ text }).filter((m) => m.target === target && m.score >= 100);

  it('a row confirmed by the translator is offered by the reviewer’s memory in another document', async () => {
    const imported = await t.services.documents.import({ fileName: 'seed-ar.txt', bytes: readFileSync(SEED) });
    seedId = imported.documentId;
    await t.services.team.share({ doc: seedId });
    await r.services.team.sync();
    expect(units(r)).toBe(0);
    const source = t.services.documents.paragraphs(seedId)[2]!.source;
    t.services.documents.updateParagraph({
      documentId: seedId,
      index: 2,
      target: 'Iran’s Tasnim news agency revealed that US forces carried out an operation.',
      confirm: true,
    });
    // A draft is not a confirmation: it stays out of the memory.
    t.services.documents.updateParagraph({ documentId: seedId, index: 3, target: 'The agency said in a report' });
    await t.services.team.sync();
    await r.services.team.sync();
    expect(units(r)).toBe(1);
    // Another document of Rana's with the same paragraph: the memory offers Omar's translation.
    const other = await r.services.documents.import({
      fileName: 'copy.txt',
      bytes: new TextEncoder().encode(`${source}\n\n${BRIEF}`),
    });
    expect(r.services.documents.paragraphs(other.documentId)[0]!.source).toBe(source);
    expect(
      offers(r, source, 'Iran’s Tasnim news agency revealed that US forces carried out an operation.'),
    ).toHaveLength(1);
  });

  it('a row pulled again or changed is stored once, and a reviewed row feeds it too', async () => {
    const source = t.services.documents.paragraphs(seedId)[2]!.source;
    t.services.documents.setNote({ documentId: seedId, index: 2, note: 'تحقق من اسم الوكالة' });
    await t.services.team.sync();
    await r.services.team.sync();
    expect(units(r)).toBe(1);
    t.services.documents.updateParagraph({
      documentId: seedId,
      index: 2,
      target: 'Iran’s Tasnim agency revealed that US forces had carried out an operation.',
      confirm: true,
    });
    await t.services.team.sync();
    await r.services.team.sync();
    expect(units(r)).toBe(1);
    expect(
      r.services.tm
        .lookup({ text: source })
        .filter((m) => m.score >= 100)
        .map((m) => m.target),
    ).toEqual(['Iran’s Tasnim agency revealed that US forces had carried out an operation.']);
    // Rana's own confirmation of the row (as its reviewer) is stored by her confirm, not again by the pull.
    await a.services.team.sync();
    await a.services.team.assign({ doc: seedId, reviewer: 'rana' });
    await r.services.team.sync();
    r.services.documents.updateParagraph({
      documentId: seedId,
      index: 4,
      target: 'According to Taliban commanders, the operation lasted nearly two months.',
      review: true,
    });
    expect(units(r)).toBe(2);
    await r.services.team.sync();
    await t.services.team.sync();
    await r.services.team.sync();
    expect(units(r)).toBe(2);
    expect(t.services.documents.paragraphs(seedId)[4]!.status).toBe('reviewed');
    expect(
      offers(
        t,
        t.services.documents.paragraphs(seedId)[4]!.source,
        'According to Taliban commanders, the operation lasted nearly two months.',
      ),
    ).toHaveLength(1);
  });

  it('a row whose unit also came with a shared memory is stored once', async () => {
    // Amina (admin) shares her memory and a document; confirming a row puts it in both.
    // (Desk first among her memories: her confirmations go there.)
    a.services.tm.create('Desk');
    for (const m of a.services.tm.list()) a.services.tm.set({ tm: m.name, priority: m.name === 'Desk' ? 1 : 2 });
    expect(a.services.tm.list()[0]!.name).toBe('Desk');
    const brief = await a.services.documents.import({
      fileName: 'brief.txt',
      bytes: new TextEncoder().encode(BRIEF),
    });
    await a.services.team.share({ tm: 'Desk' });
    await a.services.team.share({ doc: brief.documentId });
    a.services.documents.updateParagraph({
      documentId: brief.documentId,
      index: 1,
      target: 'He added that the security forces had opened the main road to Mazar-i-Sharif.',
      confirm: true,
    });
    await a.services.team.sync();
    const before = units(r);
    await r.services.team.sync();
    expect(units(r)).toBe(before + 1);
    expect(r.services.tm.list().find((m) => m.name === 'Desk')?.units).toBe(1);
    const source = a.services.documents.paragraphs(brief.documentId)[1]!.source;
    expect(
      offers(r, source, 'He added that the security forces had opened the main road to Mazar-i-Sharif.'),
    ).toHaveLength(1);
  });
});
