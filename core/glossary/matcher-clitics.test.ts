/** The proclitic rules of the matcher, on real Arabic. */
import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex } from './build-index';
import { matchText } from './matcher';
import { makeTerms } from './test-terms';

const index = buildGlossaryIndex(
  makeTerms([
    ['العراق', 'Iraq', 'place'],
    ['اللاذقية', 'Latakia', 'place'],
    ['الله', 'God', 'term'],
    ['سورية', 'Syria', 'place'],
    ['كابل', 'Kabul', 'place'],
    ['ولاية', 'province', 'term'],
    ['ملا', 'Mullah', 'title'],
    ['بغداد', 'Baghdad', 'place'],
    ['وردك', 'Wardak', 'place'],
    ['بلخ', 'Balkh', 'place'],
    ['كرمان', 'Kerman', 'place'],
    ['رمان', 'pomegranate', 'term'],
    ['عمر', 'Omar', 'person'],
    ['أمل', 'Amal', 'person'],
    ['آب', 'August', 'date'],
    ['أفغانستان', 'Afghanistan', 'place'],
    ['لبنان', 'Lebanon', 'place'],
  ]),
);

/** `span@start` of every match. */
const spans = (text: string): string[] => matchText(index, text).map((m) => `${m.text}@${m.start}`);

describe('proclitics', () => {
  it('takes و/ف, then ب/ل/ك, then the article, in that order', () => {
    expect(spans('بالعراق')).toEqual(['العراق@1']);
    expect(spans('وبالعراق')).toEqual(['العراق@2']);
    expect(spans('فالعراق')).toEqual(['العراق@1']);
    expect(spans('كالعراق')).toEqual(['العراق@1']);
    expect(spans('وبأفغانستان')).toEqual(['أفغانستان@2']);
    expect(spans('فأفغانستان')).toEqual(['أفغانستان@1']);
    expect(spans('بوالعراق')).toEqual([]); // ب before و is not an order Arabic writes
  });

  it('reads لل as ل + ال, and ل + ال + ل as لل too, the span starting at the second ل', () => {
    expect(spans('للعراق')).toEqual(['لعراق@1']);
    expect(spans('وللعراق')).toEqual(['لعراق@2']);
    expect(spans('للاذقية')).toEqual(['لاذقية@1']);
    expect(spans('لله')).toEqual(['له@1']);
    expect(spans('للبنان')).toEqual(['لبنان@1']); // ل + لبنان, no article
  });

  it('keeps diacritics and tatweel of the clitics outside the span', () => {
    expect(spans('وَبِـالْعِرَاقِ')).toEqual(['الْعِرَاقِ@5']);
    expect(spans('الـعراق')).toEqual(['الـعراق@0']);
  });

  it('never gives a proper name an article it does not have', () => {
    expect(spans('الصحف السورية')).toEqual([]); // "Syrian"
    expect(spans('مد الكابل')).toEqual([]); // "the cable"
    expect(spans('بالسورية')).toEqual([]);
  });

  it('lets common terms take the article, the span excluding it', () => {
    expect(spans('والولاية')).toEqual(['ولاية@3']);
    expect(spans('الولاية')).toEqual(['ولاية@2']);
    expect(spans('للولاية')).toEqual(['ولاية@2']);
    expect(spans('قال الملا')).toEqual(['ملا@6']);
  });

  it('prefers the whole word when it is itself a term', () => {
    expect(spans('ولاية')).toEqual(['ولاية@0']);
    expect(spans('بغداد')).toEqual(['بغداد@0']);
    expect(spans('ببغداد')).toEqual(['بغداد@1']);
    expect(spans('وردك')).toEqual(['وردك@0']);
    expect(spans('بلخ')).toEqual(['بلخ@0']);
    expect(matchText(index, 'كرمان').map((m) => m.term.target)).toEqual(['Kerman']); // not ك + رمان
    expect(matchText(index, 'ورمان').map((m) => m.term.target)).toEqual(['pomegranate']);
  });

  it('gives short person names only و/ف', () => {
    expect(spans('وعمر')).toEqual(['عمر@1']);
    expect(spans('فعمر')).toEqual(['عمر@1']);
    expect(spans('توفي بعمر 80 عاما')).toEqual([]); // "at the age of"
    expect(spans('لعمر')).toEqual([]);
    expect(spans('عمرو بن العاص')).toEqual([]); // Amr, not عمر + و
  });

  it('attaches ك only to article terms or terms of four letters or more', () => {
    expect(spans('بشكل كامل')).toEqual([]); // "complete", not ك + أمل
    expect(spans('وأمل')).toEqual(['أمل@1']);
    expect(spans('كبغداد')).toEqual(['بغداد@1']);
  });

  it('matches two-letter terms only with their hamza or madda as written', () => {
    expect(spans('في آب الماضي')).toEqual(['آب@3']);
    expect(spans('وآب')).toEqual(['آب@1']);
    expect(spans('فتح الباب')).toEqual([]);
    expect(spans('باب')).toEqual([]);
    expect(spans('اب')).toEqual([]);
    expect(spans('أب')).toEqual([]); // "father"
  });

  it('strips no suffix', () => {
    expect(spans('الجيش العراقي')).toEqual([]);
    expect(spans('البغدادي')).toEqual([]);
    expect(spans('الأفغانية')).toEqual([]);
  });
});
