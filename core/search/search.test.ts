import { describe, expect, it } from 'vitest';
import { createFinder, searchParagraphs } from './find';
import { inlineCodeProblem, replaceText } from './replace';
import { SearchSyntaxError } from './types';
import { readShared } from '../../scripts/shared-samples';

const SEED = readShared('samples/seed-ar.txt');
const paragraphs = SEED.split(/\n\s*\n/)
  .map((s) => s.trim())
  .filter(Boolean)
  .map((source, index) => ({ index, source, target: '' }));

const arHits = (query: string, text: string, partial = false): string[] =>
  createFinder(query, 'ar', { partial })
    .ar(text)
    .map((s) => text.slice(s.start, s.end));

describe('Arabic search on the seed article', () => {
  it('finds أفغانستان with its clitics and with a bare alef, as written', () => {
    const { hits } = searchParagraphs(paragraphs, createFinder('أفغانستان', 'both'));
    const written = new Set(hits.map((h) => h.text));
    expect(written).toContain('بأفغانستان');
    expect(written).toContain('افغانستان');
    expect(written).toContain('أفغانستان');
    expect(hits.every((h) => h.side === 'ar')).toBe(true);
    // Offsets are into the stored text.
    for (const h of hits) expect(paragraphs[h.paragraph]!.source.slice(h.start, h.end)).toBe(h.text);
    expect(hits.length).toBe(9);
  });

  it('finds the article form through the query without it and the contracted لل', () => {
    expect(arHits('جوزجان', 'في ولاية الجوزجان وجوزجان ولجوزجان')).toEqual(['الجوزجان', 'وجوزجان', 'ولجوزجان']);
    expect(arHits('العراق', 'قال للعراق وبالعراق والعراقي')).toEqual(['للعراق', 'وبالعراق']);
  });

  it('folds diacritics, tatweel and hamza forms', () => {
    expect(arHits('جوزجان', 'ولاية جَوزجـان')).toEqual(['جَوزجـان']);
    expect(arHits('إرهابيي', 'من ارهابيي التنظيم')).toEqual(['ارهابيي']);
    expect(arHits('الايرانية', 'وكالة تسنيم الإيرانيّة')).toEqual(['الإيرانيّة']);
  });

  it('does not find look-alikes or longer words unless any part of a word is on', () => {
    expect(arHits('جوزجان', 'المنطقة الجوزجانية')).toEqual([]);
    expect(arHits('جوزجان', 'المنطقة الجوزجانية', true)).toEqual(['جوزجان']);
    expect(arHits('سوريا', 'الحكومة السورية')).toEqual([]);
    expect(arHits('طالبان', 'مطالبان')).toEqual([]);
  });

  it('matches several words in a row, the first with its clitics', () => {
    expect(arHits('تنظيم داعش', 'عناصر وتنظيم داعش الإرهابي وتنظيم القاعدة')).toEqual(['وتنظيم داعش']);
    expect(arHits('حبيب الرحمان', SEED)).toEqual(['حبيب الرحمان']);
  });

  it('takes a regular expression on the Arabic as stored', () => {
    expect(arHits('ولاية \\S+', 'في ولاية جوزجان')).toEqual(['ولاية']); // not a regex: the Latin is no Arabic word
    const f = createFinder('ولاية \\S+', 'ar', { regex: true });
    expect(f.ar('في ولاية جوزجان')).toEqual([{ start: 3, end: 15 }]);
  });
});

describe('English search and replace', () => {
  const en = (query: string, text: string, o = {}): string[] =>
    createFinder(query, 'en', o)
      .en(text)
      .map((s) => text.slice(s.start, s.end));

  it('ignores case unless asked, and whole word keeps Kabuli out', () => {
    expect(en('kabul', 'Kabul and KABUL, Kabuli')).toEqual(['Kabul', 'KABUL', 'Kabul']);
    expect(en('kabul', 'Kabul and KABUL, Kabuli', { matchCase: true })).toEqual([]);
    expect(en('Kabul', 'Kabul and KABUL, Kabuli', { wholeWord: true })).toEqual(['Kabul', 'KABUL']);
  });

  it('says which regular expression is wrong', () => {
    expect(() => createFinder('(Taliban', 'en', { regex: true })).toThrow(SearchSyntaxError);
    expect(() => createFinder('(Taliban', 'en', { regex: true })).toThrow(/"\(Taliban" is not valid/);
  });

  it('replaces literally, with $1 in regex mode, and one hit only', () => {
    expect(replaceText('Jowzjan and jowzjan', 'jowzjan', 'Jawzjan $1', {})).toEqual({
      after: 'Jawzjan $1 and Jawzjan $1',
      count: 2,
    });
    expect(replaceText('in Jowzjan province', '(\\w+) province', '$1 Province', { regex: true }).after).toBe(
      'in Jowzjan Province',
    );
    expect(replaceText('a Taliban b Taliban', 'Taliban', 'T', { onlyAt: 12 }).after).toBe('a Taliban b T');
    expect(replaceText('ISIS', 'is', 'X', { wholeWord: true }).count).toBe(0);
  });

  it('refuses a replacement that deletes or doubles an inline code', () => {
    const text = 'the \uE000Taliban\uE001 said';
    expect(inlineCodeProblem(text, replaceText(text, '\uE000Taliban', 'Taliban', {}).after)).toMatch(
      /delete inline code 1/,
    );
    expect(inlineCodeProblem(text, replaceText(text, 'Taliban.', '$&$&', { regex: true }).after)).toMatch(
      /double inline code 2/,
    );
    expect(inlineCodeProblem(text, replaceText(text, 'Taliban', 'the movement', {}).after)).toBeNull();
  });
});
