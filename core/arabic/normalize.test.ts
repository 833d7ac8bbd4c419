import { describe, expect, it } from 'vitest';
import { normalizeArabic, stripArabicMarks } from './normalize';
import { scanWords } from './scan';

describe('normalizeArabic', () => {
  it('folds hamza forms of alef, alef maqsura, ta marbuta and Persian letters', () => {
    expect(normalizeArabic('أفغانستان')).toBe('افغانستان');
    expect(normalizeArabic('إدلب')).toBe('ادلب');
    expect(normalizeArabic('آب')).toBe('اب');
    expect(normalizeArabic('ٱلله')).toBe('الله');
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
    expect(normalizeArabic('حماة')).toBe('حماه');
    expect(normalizeArabic('کابل')).toBe('كابل'); // Persian kaf U+06A9
    expect(normalizeArabic('ولایت')).toBe('ولايت'); // Persian yeh U+06CC
    expect(normalizeArabic('خانۀ')).toBe('خانه');
  });

  it('removes diacritics, Quranic marks and tatweel', () => {
    expect(normalizeArabic('دِمَشْقُ')).toBe('دمشق');
    expect(normalizeArabic('الزّور')).toBe('الزور');
    expect(normalizeArabic('ديـــر')).toBe('دير');
    expect(normalizeArabic('الرَّحْمٰن')).toBe('الرحمن');
    expect(normalizeArabic('ٱلْكِتَٰبُ ۚ')).toBe('الكتب ');
  });

  it('converts Arabic-Indic and Persian digits and drops invisible marks', () => {
    expect(normalizeArabic('٢٠١٨ و۱۳۹۷')).toBe('2018 و1397');
    expect(normalizeArabic('\u200Fبغداد\u200E \u2067كابل\u2069')).toBe('بغداد كابل');
    expect(normalizeArabic('می\u200Cرود')).toBe('ميرود');
  });

  it('applies NFC first: a decomposed hamza composes before folding', () => {
    expect(normalizeArabic('\u0627\u0654\u0645\u064A\u0646')).toBe('امين'); // ا + hamza above = أمين
    expect(normalizeArabic('\u0648\u0654')).toBe('ؤ'); // و + hamza above = ؤ, not folded
    expect(stripArabicMarks('\u0627\u0655\u062F\u0644\u0628')).toBe('إدلب');
  });

  it('agrees with the one-pass scanner on every word', () => {
    const samples = [
      'وَبِأَفْغانِسْتانَ ديـر الزّور للعراق \u0627\u0654مين \u064A\u0654\u0633 \u0648\u0654\u0645 کابل حماة ٱلله',
      'مُصْطَفَى \u0627\u064E\u0654حمد \u0627\u0640\u0654 می\u200Cرود الرَّحْمٰن غزنى ۀ',
    ];
    for (const text of samples) {
      const { starts, ends, keys } = scanWords(text);
      keys.forEach((key, i) => {
        expect(key).toBe(normalizeArabic(text.slice(starts[i], ends[i])));
        expect(stripArabicMarks(text.slice(starts[i], ends[i])).length).toBe(key.length);
      });
    }
  });
});
