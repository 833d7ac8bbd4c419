/** The memory service on a real workspace (SQLite :memory: through composeServices) and the seed article. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/contract';
import { englishText } from '../../../core/i18n/message';
import { MEMOQ_12, OMEGAT_12, XLIFF_20 } from '../../../core/formats/testing/xliff-fixtures';
import { INLINE_TMX, OMEGAT_TMX } from '../../../core/tm/testing/tmx-fixtures';
import { splitSeed } from '../../../core/tm/testing/seed';
import { readShared } from '../../../scripts/shared-samples';
import { openWorkspace } from '../../../db/open';
import { composeServices } from '../../app/compose';
import type { Env } from '../../app/env';

const P = splitSeed(readShared('samples/seed-ar.txt'));
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function testEnv(): Env {
  let n = 0;
  let t = Date.parse('2026-01-01T00:00:00Z');
  return { newId: () => `id-${++n}`, now: () => new Date((t += 1000)).toISOString() };
}

async function setup(paragraphs: string[] = [P[0]!, P[1]!, P[2]!, P[3]!, P[0]!, P[4]!]) {
  const s = composeServices(openWorkspace(':memory:'), testEnv());
  const { documentId } = await s.documents.import({ fileName: 'a.txt', bytes: enc(paragraphs.join('\n\n')) });
  return { s, documentId };
}

describe('tm service', () => {
  it('stores a confirmed row, fills its repetitions, and updates the same unit when it is confirmed again', async () => {
    const { s, documentId } = await setup();
    s.documents.updateParagraph({ documentId, index: 0, target: 'Tasnim: US carried out operation', confirm: true });
    const [main] = s.tm.list();
    expect(main).toMatchObject({ name: 'Main', priority: 1, penalty: 0, units: 1, enabled: true });
    const doc = s.documents.get(documentId);
    expect(doc.paragraphList[0]).toMatchObject({ status: 'translated', origin: 'typed' });
    expect(doc.paragraphList[4]).toMatchObject({
      target: 'Tasnim: US carried out operation',
      status: 'draft',
      origin: 'repetition',
    });
    expect(doc.paragraphList[2]!.target).toBe('');

    const before = s.tm.lookup({ text: P[0]! })[0]!;
    s.documents.updateParagraph({
      documentId,
      index: 0,
      target: 'Tasnim: America carried out an operation',
      confirm: true,
    });
    expect(s.tm.list()[0]!.units).toBe(1);
    const after = s.tm.lookup({ text: P[0]! })[0]!;
    expect(after).toMatchObject({
      score: 100,
      target: 'Tasnim: America carried out an operation',
      unitId: before.unitId,
      origin: { document: documentId, paragraph: 0 },
    });
    // The repetition, a draft already, is not typed over.
    expect(s.documents.get(documentId).paragraphList[4]!.target).toBe('Tasnim: US carried out operation');
  });

  it('leaves repetitions alone when the setting is off', async () => {
    const { s, documentId } = await setup();
    expect(s.tm.setSettings({ repetitions: false })).toEqual({ tmMinScore: 70, maxMatches: 5, repetitions: false });
    s.documents.updateParagraph({ documentId, index: 0, target: 'Tasnim', confirm: true });
    expect(s.documents.get(documentId).paragraphList[4]!.target).toBe('');
  });

  it('offers 99 for orthography alone, 101 for a context match, and puts new numbers into the English', async () => {
    const { s, documentId } = await setup();
    s.documents.updateParagraph({
      documentId,
      index: 3,
      target: 'The agency said in a report published today that in early July 2018 fighting broke out.',
      confirm: true,
    });
    const diacritised = P[3]!.replace('تقرير', 'تَقْرِيرٍ').replace('أنه', 'انه');
    expect(s.tm.lookup({ text: diacritised })[0]!.score).toBe(99);
    const numbers = s.tm.lookup({ text: P[3]!.replace('2018', '2019') })[0]!;
    expect(numbers.score).toBeGreaterThanOrEqual(95);
    expect(numbers.target).toContain('July 2019');
    expect(numbers.placeables).toEqual([{ from: '2018', to: '2019' }]);

    // A second document with the same neighbours around the same paragraph: a context match.
    const other = await s.documents.import({ fileName: 'b.txt', bytes: enc([P[2], P[3], 'فقرة أخرى'].join('\n\n')) });
    const rows = s.tm.lookupDocument({ documentId: other.documentId, paragraphs: [1] });
    expect(rows[0]!.matches[0]!.score).toBe(100); // its next paragraph differs
    const same = await s.documents.import({
      fileName: 'c.txt',
      bytes: enc([P[0], P[1], P[2], P[3], P[0]].join('\n\n')),
    });
    expect(s.tm.lookupDocument({ documentId: same.documentId, paragraphs: [3] })[0]!.matches[0]!.score).toBe(101);
    // The row itself is never its own match.
    expect(s.tm.lookupDocument({ documentId, paragraphs: [3] })[0]!.matches).toEqual([]);
  });

  it('stores sentence pairs and offers them, with an assembled suggestion, when no whole match is good', async () => {
    const two =
      'كشفت وكالة تسنيم الايرانية ان القوات الامريكية نفذت عملية سرية. وقتل على أثرها عدد كبير من عناصر داعش الإرهابي.';
    const { s, documentId } = await setup([two]);
    s.documents.updateParagraph({
      documentId,
      index: 0,
      target:
        'The Iranian Tasnim agency revealed that US forces carried out a secret operation. A large number of ISIS terrorists were killed.',
      confirm: true,
    });
    const other = await s.documents.import({
      fileName: 'b.txt',
      bytes: enc(
        'وقال مسؤول محلي إن الطائرات حلقت فوق القرية طوال الليل. وقتل على أثرها عدد كبير من عناصر داعش الإرهابي.',
      ),
    });
    const [row] = s.tm.lookupDocument({ documentId: other.documentId });
    const sentence = row!.matches.find((m) => m.sentence === 1)!;
    expect(sentence).toMatchObject({
      score: 100,
      target: 'A large number of ISIS terrorists were killed.',
      source: 'وقتل على أثرها عدد كبير من عناصر داعش الإرهابي.',
    });
    expect(row!.assembled).toMatchObject({ target: 'A large number of ISIS terrorists were killed.', sentences: [1] });
    expect(row!.assembled!.coverage).toBeGreaterThan(30);
    expect(row!.assembled!.coverage).toBeLessThan(60);
  });

  it('finds clitic and spelling variants in the concordance, with the hit’s offsets, newest first', async () => {
    const { s, documentId } = await setup();
    s.documents.updateParagraph({ documentId, index: 0, target: 'Tasnim: US operation in Afghanistan', confirm: true });
    s.documents.updateParagraph({
      documentId,
      index: 2,
      target: 'Tasnim revealed a secret operation in northern Afghanistan',
      confirm: true,
    });
    const hits = s.tm.concordance({ query: 'وافغانستان' });
    expect(hits.map((h) => h.source)).toEqual([P[2], P[0]]);
    expect(P[0]!.slice(hits[1]!.start, hits[1]!.end)).toBe('بأفغانستان');
    expect(P[2]!.slice(hits[0]!.start, hits[0]!.end)).toBe('أفغانستان');
    const phrase = s.tm.concordance({ query: 'تنظيم داعش' });
    expect(phrase).toHaveLength(1);
    expect(P[2]!.slice(phrase[0]!.start, phrase[0]!.end)).toBe('تنظيم داعش');
    const en = s.tm.concordance({ query: 'secret OPERATION' });
    expect(en).toHaveLength(1);
    expect(en[0]).toMatchObject({ side: 'en', target: 'Tasnim revealed a secret operation in northern Afghanistan' });
    expect(en[0]!.target.slice(en[0]!.start, en[0]!.end)).toBe('secret operation');
    expect(s.tm.concordance({ query: 'طالبانية' })).toEqual([]);
  });

  it('pre-translates empty rows as drafts and analyses a document by bands', async () => {
    const { s, documentId } = await setup();
    s.tm.import({ fileName: 'omegat.tmx', bytes: enc(OMEGAT_TMX) });
    const fresh = await s.documents.import({ fileName: 'new.txt', bytes: enc([P[0], P[1], P[1], P[5]].join('\n\n')) });
    const analysis = s.tm.analyze(fresh.documentId);
    expect(analysis.bands).toEqual({
      '100': { rows: 2, words: 12 },
      repetition: { rows: 1, words: 2 },
      none: { rows: 1, words: expect.any(Number) },
    });
    expect(analysis.total.rows).toBe(4);
    const r = s.tm.pretranslate({ documentId: fresh.documentId });
    expect(r).toEqual({ filled: 3, bands: { '100': 3 } });
    const rows = s.documents.get(fresh.documentId).paragraphList;
    expect(rows.map((p) => [p.status, p.origin])).toEqual([
      ['draft', 'pretranslated:100'],
      ['draft', 'pretranslated:100'],
      ['draft', 'pretranslated:100'],
      ['untranslated', undefined],
    ]);
    expect(rows[1]!.target).toBe('Tehran, SANA');
    // Nothing is typed over: a second run fills nothing.
    expect(s.tm.pretranslate({ documentId: fresh.documentId }).filled).toBe(0);
    expect(documentId).toBeTruthy();
  });

  it('applies a memory’s penalty and priority, and leaves out a memory switched off for the document', async () => {
    const { s, documentId } = await setup();
    s.tm.import({ fileName: 'omegat.tmx', bytes: enc(OMEGAT_TMX), tm: 'Agency' });
    s.tm.set({ tm: 'Agency', penalty: 5 });
    expect(s.tm.lookup({ text: P[1]! })[0]).toMatchObject({ score: 95, tm: 'Agency' });
    s.tm.set({ tm: 'Agency', documentId, enabled: false });
    expect(s.tm.list(documentId).find((m) => m.name === 'Agency')!.enabled).toBe(false);
    expect(s.tm.lookup({ text: P[1]!, documentId })).toEqual([]);
    expect(s.tm.pretranslate({ documentId }).filled).toBe(0);
    expect(() => s.tm.set({ tm: 'Nope', penalty: 1 })).toThrow(/no translation memory named Nope/);
  });

  it('imports TMX in one transaction: a broken file changes nothing, a re-import updates, skipped units are listed', async () => {
    const { s } = await setup();
    const first = s.tm.import({ fileName: 'omegat.tmx', bytes: enc(OMEGAT_TMX) });
    expect(first).toEqual({ tm: 'Main', added: 2, updated: 0, skipped: 0, errors: [] });
    expect(s.tm.import({ fileName: 'omegat.tmx', bytes: enc(OMEGAT_TMX) })).toMatchObject({ added: 0, updated: 2 });
    const truncated = OMEGAT_TMX.slice(0, OMEGAT_TMX.indexOf('<seg>وكالة'));
    let error: unknown;
    try {
      s.tm.import({ fileName: 'cut.tmx', bytes: enc(truncated), tm: 'Other' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('bad-file');
    expect((error as ApiError).message).toBe('cut.tmx: line 15: the file ends inside a <tu> (is it truncated?)');
    expect(s.tm.list().map((m) => [m.name, m.units])).toEqual([['Main', 2]]);
    const partial = s.tm.import({
      fileName: 'p.tmx',
      bytes: enc(OMEGAT_TMX.replace('<seg>Tehran, SANA</seg>', '<seg> </seg>')),
      tm: 'Partial',
    });
    expect({ ...partial, errors: partial.errors.map(englishText) }).toEqual({
      tm: 'Partial',
      added: 1,
      updated: 0,
      skipped: 1,
      errors: ['p.tmx: line 7: the unit has no English (xml:lang="en…") target; skipped'],
    });
  });

  it('imports XLIFF 1.2 and 2.0 units that have targets, inline codes as placeholders', async () => {
    const { s } = await setup();
    const xliff = s.tm.import({ fileName: 'article.xlf', bytes: enc(OMEGAT_12) });
    expect({ ...xliff, errors: xliff.errors.map(englishText) }).toEqual({
      tm: 'Main',
      added: 3,
      updated: 0,
      skipped: 1,
      errors: ['article.xlf: unit 2: the unit has no target; skipped'],
    });
    expect(s.tm.import({ fileName: 'news.mqxliff', bytes: enc(MEMOQ_12) })).toMatchObject({ added: 2, skipped: 0 });
    const bold = s.tm.lookup({ text: 'قال المتحدث اليوم', min: 50 })[0]!;
    expect(bold).toMatchObject({
      target: 'The \uE000spokesman\uE001 said today\uE002',
      tuid: '1',
      origin: { file: 'news.mqxliff' },
    });
    expect(s.tm.import({ fileName: 'brief.xlf', bytes: enc(XLIFF_20), tm: 'Two' }).added).toBeGreaterThanOrEqual(2);
    expect(s.tm.lookup({ text: 'الجملة الرابعة' })[0]).toMatchObject({ score: 100, target: 'The fourth sentence' });
  });

  it('exports a memory as TMX that imports again with the same units and inline codes', async () => {
    const { s } = await setup();
    s.tm.import({ fileName: 'inline.tmx', bytes: enc(INLINE_TMX) });
    const file = s.tm.export();
    expect(file.fileName).toBe('Main.tmx');
    const again = s.tm.import({ fileName: file.fileName, bytes: file.bytes, tm: 'Copy' });
    expect(again).toMatchObject({ added: 2, skipped: 0 });
    // The same pair in two memories is offered once, from the memory looked up first.
    const a = s.tm.lookup({ text: 'قرية المراشدة بريف دير الزور', min: 50 });
    expect(a.map((m) => [m.tm, m.target])).toEqual([
      ['Main', '\uE000al-Marashida\uE001 village \uE002in rural Deir Ezzor — م'],
    ]);
    expect(s.tm.list().map((m) => [m.name, m.units])).toEqual([
      ['Main', 2],
      ['Copy', 2],
    ]);
    expect(new TextDecoder().decode(file.bytes)).toContain(
      '<bpt i="1">&lt;b&gt;</bpt>طالبان<ept i="1">&lt;/b&gt;</ept>',
    );
  });

  it('adds a document’s confirmed rows to a named memory', async () => {
    const { s, documentId } = await setup();
    s.documents.updateParagraph({ documentId, index: 1, target: 'Tehran, SANA', confirm: true });
    s.documents.updateParagraph({ documentId, index: 2, target: 'Tasnim revealed…' });
    expect(s.tm.addDocument(documentId, 'Archive')).toEqual({
      tm: 'Archive',
      added: 1,
      updated: 0,
      skipped: 0,
      errors: [],
    });
    expect(s.tm.list().map((m) => [m.name, m.units])).toEqual([
      ['Main', 1],
      ['Archive', 1],
    ]);
  });

  it('learns from an accepted review (rows written as translated)', async () => {
    const { s, documentId } = await setup();
    s.documents.writeTargets(documentId, [{ index: 1, target: 'Tehran, SANA', status: 'translated' }]);
    expect(s.tm.lookup({ text: 'طهران - سانا' })[0]).toMatchObject({ score: 99, target: 'Tehran, SANA' });
  });
});
