import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open';
import { composeApp, composeServices } from '../../app/compose';
import type { Env } from '../../app/env';

function env(): Env {
  let n = 0;
  return { newId: () => `id-${++n}`, now: () => '2026-01-01T00:00:00.000Z' };
}
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const ARTICLE =
  'قال مسؤولون في ولاية جوزجان إن حركة طالبان هاجمت مديرية درزاب.\n\nوأكدت وزارة الداخلية الأفغانية الهجوم.';
const ENGLISH = 'Officials in Jowzjan said the group attacked Darzab district.';

describe('QA service', () => {
  it('brings an accepted flag back when the paragraph changes', async () => {
    const s = composeServices(openWorkspace(':memory:'), env());
    const { documentId } = await s.documents.import({ fileName: 'a.txt', bytes: enc(ARTICLE) });
    s.glossary.addTerm({ source: 'طالبان', target: 'Taliban', kind: 'org' });
    s.documents.updateParagraph({ documentId, index: 0, target: ENGLISH, confirm: true });
    const [flag] = await s.qa.flags(documentId);
    expect(flag).toMatchObject({
      paragraph: 0,
      check: 'glossary',
      termKey: expect.any(String),
      target: 'Taliban',
      kind: 'org',
      side: 'ar',
    });
    expect(ARTICLE.slice(flag!.start, flag!.end)).toBe('طالبان');
    s.qa.accept({ documentId, paragraph: 0, check: flag!.check, key: flag!.key });
    expect(await s.qa.flags(documentId)).toEqual([]);
    s.documents.updateParagraph({ documentId, index: 0, target: `${ENGLISH} It was repelled.`, confirm: true });
    expect((await s.qa.flags(documentId)).map((f) => f.target)).toEqual(['Taliban']);
  });

  it('keeps the glossary flags accepted before the registry (migration 5), nothing lost', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-qa-')), 'old.sqlite');
    const old = openWorkspace(file, { targetVersion: 4 });
    // A workspace as version 4 wrote it: one document, its first row confirmed.
    const documentId = 'doc-old';
    const now = '2026-01-01T00:00:00.000Z';
    old
      .prepare('INSERT INTO documents (id, title, source_format, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(documentId, 'old', 'txt', now, now);
    const insert = old.prepare(
      'INSERT INTO paragraphs (document_id, idx, source, target, status, source_words, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const [first, second] = ARTICLE.split('\n\n');
    insert.run(documentId, 0, first, 'Officials said the group attacked the district.', 'translated', 10, now);
    insert.run(documentId, 1, second, '', 'untranslated', 5, now);
    old
      .prepare('INSERT INTO qa_accepted (document_id, paragraph, term_key) VALUES (?, 0, ?)')
      .run(documentId, 'طالبان');
    old.close();

    const s = composeServices(openWorkspace(file), env());
    // The terms are added after the upgrade: the accepted flag is keyed by the term's key, not its row.
    s.glossary.addTerm({ source: 'طالبان', target: 'Taliban', kind: 'org' });
    s.glossary.addTerm({ source: 'درزاب', target: 'Darzab', kind: 'place' });
    expect((await s.qa.flags(documentId)).map((f) => f.target)).toEqual(['Darzab']);
  });
});

describe('bad input to the new methods', () => {
  it('answers with a clear message and changes nothing', async () => {
    const app = composeApp({ dbFile: ':memory:', log: () => undefined });
    const { documentId } = await app.services.documents.import({ fileName: 'a.txt', bytes: enc(ARTICLE) });
    const noKey = await app.dispatch('qa.accept', { documentId, paragraph: 0 });
    expect(noKey).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/key/) } });
    expect(await app.dispatch('document.changes', { id: 'nope', since: 0 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'no document with id nope' },
    });
    expect(
      await app.dispatch('paragraph.update', { documentId, index: 0, target: 'x', baseVersion: -1 }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const changes = await app.dispatch('document.changes', { id: documentId, since: 0 });
    expect(changes).toEqual({ ok: true, value: { revision: 0, paragraphs: [] } });
    app.close();
  });
});
