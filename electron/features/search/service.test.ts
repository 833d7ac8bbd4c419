import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/contract';
import { openWorkspace } from '../../../db/open';
import type { Env } from '../../app/env';
import { composeServices } from '../../app/compose';
import { readSample } from '../../../scripts/shared-samples';

const seed = readSample('seed-ar.txt');

function env(): Env {
  let n = 0;
  let t = Date.parse('2026-01-01T00:00:00Z');
  return { newId: () => `id-${++n}`, now: () => new Date((t += 1000)).toISOString() };
}

async function seeded() {
  const s = composeServices(openWorkspace(':memory:'), env());
  const { documentId: id } = await s.documents.import({ fileName: 'seed-ar.txt', bytes: seed });
  s.documents.updateParagraph({
    documentId: id,
    index: 0,
    target: 'Tasnim: America rescued ISIS leaders in Afghanistan',
    confirm: true,
  });
  s.documents.updateParagraph({ documentId: id, index: 3, target: 'Clashes in Jowzjan province, in Afghanistan.' });
  return { s, id };
}

describe('search service over the stored document', () => {
  it('finds the Arabic with clitics and the English on both sides', async () => {
    const { s, id } = await seeded();
    const r = s.search.find({ documentId: id, query: 'أفغانستان', side: 'both' });
    expect(r.hits.map((h) => h.text)).toContain('بأفغانستان');
    expect(r.hits.map((h) => h.text)).toContain('افغانستان');
    expect(r.paragraphs[0]).toBe(0);
    const en = s.search.find({ documentId: id, query: 'afghanistan', side: 'en' });
    expect(en.hits.map((h) => [h.paragraph, h.text])).toEqual([
      [0, 'Afghanistan'],
      [3, 'Afghanistan'],
    ]);
    expect(s.search.find({ documentId: id, query: 'afghanistan', side: 'en', matchCase: true }).total).toBe(0);
    expect(() => s.search.find({ documentId: id, query: '(a', side: 'en', regex: true })).toThrow(ApiError);
  });

  it('replaces all in one transaction, confirmed rows become drafts, and restore undoes and redoes it', async () => {
    const { s, id } = await seeded();
    const revision = s.documents.require(id).revision;
    const dry = s.search.replace({ documentId: id, find: 'Afghanistan', with: 'Afghanistan (AF)', dryRun: true });
    expect(dry.changed.map((c) => c.index)).toEqual([0, 3]);
    expect(s.documents.require(id).revision).toBe(revision); // nothing written
    const r = s.search.replace({ documentId: id, find: 'Afghanistan', with: 'Afghanistan (AF)' });
    expect(r.changed[0]).toMatchObject({ index: 0, statusBefore: 'translated', status: 'draft' });
    expect(r.stored.map((p) => p.target)).toEqual([
      'Tasnim: America rescued ISIS leaders in Afghanistan (AF)',
      'Clashes in Jowzjan province, in Afghanistan (AF).',
    ]);
    expect(s.documents.changes(id, revision).paragraphs.map((p) => p.index)).toEqual([0, 3]);

    const undo = s.search.restore(
      id,
      r.changed.map((c) => ({ index: c.index, expected: c.after, target: c.before, status: c.statusBefore })),
    );
    expect(undo.changed).toHaveLength(2);
    const after = s.documents.paragraphs(id);
    expect(after[0]).toMatchObject({
      target: 'Tasnim: America rescued ISIS leaders in Afghanistan',
      status: 'translated',
    });
    expect(after[3]).toMatchObject({ target: 'Clashes in Jowzjan province, in Afghanistan.', status: 'draft' });

    // A row changed since is left alone and said so.
    s.documents.updateParagraph({ documentId: id, index: 3, target: 'Clashes in Jowzjan.' });
    const redo = s.search.restore(
      id,
      r.changed.map((c) => ({ index: c.index, expected: c.before, target: c.after, status: c.status })),
    );
    expect(redo.changed.map((c) => c.index)).toEqual([0]);
    expect(redo.refused).toEqual([{ index: 3, reason: 'the row was changed since the replacement', code: 'changed' }]);
  });

  it('replaces one hit, takes $1 with a regex, and refuses to lose an inline code', async () => {
    const { s, id } = await seeded();
    s.documents.updateParagraph({ documentId: id, index: 5, target: 'Taliban and Taliban \uE000fighters' });
    const one = s.search.replace({ documentId: id, find: 'Taliban', with: 'the Taliban', paragraph: 5, start: 12 });
    expect(one.changed[0]!.after).toBe('Taliban and the Taliban \uE000fighters');
    const re = s.search.replace({ documentId: id, find: '(\\w+) province', with: '$1 Province', regex: true });
    expect(re.changed[0]!.after).toBe('Clashes in Jowzjan Province, in Afghanistan.');
    const refused = s.search.replace({ documentId: id, find: 'Taliban \uE000', with: 'Taliban ' });
    expect(refused.changed).toEqual([]);
    expect(refused.refused).toEqual([
      { index: 5, reason: 'the replacement would delete inline code 1', code: 'inline-code' },
    ]);
  });

  it('sees rows changed since its last search (its texts follow the change feed)', async () => {
    const { s, id } = await seeded();
    expect(s.search.find({ documentId: id, query: 'Kunduz', side: 'en' }).total).toBe(0);
    s.documents.updateParagraph({ documentId: id, index: 7, target: 'Fighting in Kunduz' });
    expect(s.search.find({ documentId: id, query: 'Kunduz', side: 'en' }).paragraphs).toEqual([7]);
    expect((await s.search.filter(id, 'draft')).paragraphs).toEqual([3, 7]);
    s.search.replace({ documentId: id, find: 'Kunduz', with: 'Kondoz' });
    expect(s.search.find({ documentId: id, query: 'Kondoz', side: 'en' }).paragraphs).toEqual([7]);
  });

  it('filters by status, hits and QA', async () => {
    const { s, id } = await seeded();
    expect((await s.search.filter(id, 'translated')).paragraphs).toEqual([0]);
    expect((await s.search.filter(id, 'draft')).paragraphs).toEqual([3]);
    expect((await s.search.filter(id, 'untranslated')).paragraphs).toHaveLength(8);
    expect((await s.search.filter(id, 'hit', { query: 'جوزجان', side: 'ar' })).paragraphs).toEqual([3, 6]);
    expect((await s.search.filter(id, 'qa')).paragraphs).toEqual([]);
  });

  it('keeps the repetitions the memory filled that wait for their own confirmation', async () => {
    const s = composeServices(openWorkspace(':memory:'), env());
    const p = seed
      .toString('utf8')
      .split(/\n\s*\n/)
      .map((x) => x.trim())
      .filter(Boolean);
    const text = [p[0], p[1], p[0], p[2], p[0]].join('\n\n');
    const { documentId: id } = await s.documents.import({ fileName: 'repeats.txt', bytes: Buffer.from(text) });
    expect((await s.search.filter(id, 'repetition')).paragraphs).toEqual([]);
    s.documents.updateParagraph({
      documentId: id,
      index: 0,
      target: 'Tasnim: America rescued ISIS leaders in Afghanistan',
      confirm: true,
    });
    expect((await s.search.filter(id, 'repetition')).paragraphs).toEqual([2, 4]);
    // Confirmed as it is, or typed over: no longer waiting.
    s.documents.updateParagraph({
      documentId: id,
      index: 2,
      target: 'Tasnim: America rescued ISIS leaders in Afghanistan',
      confirm: true,
    });
    s.documents.updateParagraph({ documentId: id, index: 4, target: 'Tasnim: the US rescued ISIS leaders' });
    expect((await s.search.filter(id, 'repetition')).paragraphs).toEqual([]);
    expect((await s.search.filter(id, 'translated')).paragraphs).toEqual([0, 2]);
  });
});
