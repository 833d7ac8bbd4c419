/** Tokens, stems and keys of the memory, on the seed article. */
import { describe, expect, it } from 'vitest';
import { bareForms } from './tokens';
import { analyseText } from './analyse';
import { arabicTerms, indexStem, sourceKey, textKey, tokenize } from './tokens';
import { splitSeed } from './testing/seed';
import { readShared } from '../../scripts/shared-samples';
import { normalizeArabic } from '../arabic/normalize';

const P = splitSeed(readShared('samples/seed-ar.txt'));

describe('tokens', () => {
  it('normalises words and reads numbers in either script', () => {
    expect(tokenize('وَقَّعَ أحمد ١٬٢٥٠ و2.5 و١٣').map((t) => [t.kind, t.norm])).toEqual([
      ['word', 'وقع'],
      ['word', 'احمد'],
      ['number', '1250'],
      ['word', 'و'],
      ['number', '2.5'],
      ['word', 'و'],
      ['number', '13'],
    ]);
  });

  it('indexes هجين, وهجين, بهجين and الهجين under one stem, found from each other’s bare forms', () => {
    const stems = ['هجين', 'وهجين', 'بهجين', 'والهجين', 'بالهجين'].map(indexStem);
    expect(new Set(stems)).toEqual(new Set(['هجين']));
    for (const w of ['ولايه', 'والولايه', 'للعراق', 'العراق', 'بافغانستان', 'افغانستان']) {
      const other = w.startsWith('و') || w.startsWith('ب') || w.startsWith('ل') ? w.replace(/^(و|ب|ل)+/, '') : `و${w}`;
      expect(bareForms(w), w).toContain(indexStem(other.length >= 3 ? other : w));
    }
  });

  it('computes the shortest bare form directly, as bareForms would', () => {
    const words = [...new Set(normalizeArabic(P.join(' ')).match(/[\u0621-\u064A]+/g)!)];
    for (const w of words) {
      const shortest = bareForms(w).reduce((a, b) => (b.length < a.length ? b : a));
      expect(indexStem(w), w).toBe(shortest);
    }
  });

  it('analyses a text for storage exactly as tokenize + sourceKey do', () => {
    for (const p of [...P, 'قتل ١٣ شخصا في 2018، و2.5 مليون نزحوا']) {
      const tokens = tokenize(p);
      const a = analyseText(p);
      expect(a.key).toBe(sourceKey(tokens));
      expect(a.count).toBe(tokens.length);
      expect(new Set(a.stems)).toEqual(new Set(arabicTerms(tokens)));
    }
  });

  it('gives texts that differ in orthography, punctuation or digit script one key, and others another', () => {
    expect(textKey('أمريكا نفذت عملية في ١٣ تموز')).toBe(textKey('امريكا نفذت، عملية في 13 تموز.'));
    expect(textKey('أمريكا نفذت عملية')).not.toBe(textKey('أمريكا نفذت عمليات'));
    expect(Number.isSafeInteger(textKey(P[5]!))).toBe(true);
  });
});
