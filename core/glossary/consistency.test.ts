import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex } from './build-index';
import { checkConsistency } from './consistency';
import { matchText } from './matcher';
import { preferredTarget, targetAlternatives } from './target';
import { termKey } from './term-key';
import { makeTerms } from './test-terms';

describe('targets', () => {
  it('prefers the first alternative', () => {
    expect(preferredTarget('ISIS|Daesh')).toBe('ISIS');
    expect(preferredTarget(' Kabul ')).toBe('Kabul');
    expect(preferredTarget('')).toBe('');
    expect(targetAlternatives('ISIS | Daesh||Islamic State')).toEqual(['ISIS', 'Daesh', 'Islamic State']);
  });
});

describe('termKey', () => {
  it('normalises, splits joined theophoric names and collapses space', () => {
    expect(termKey('  أمين   الله ')).toBe('امين الله');
    expect(termKey('عبدالله')).toBe('عبد الله');
    expect(termKey('حكمتالله')).toBe('حكمت الله');
    expect(termKey('عبدالرحمن')).toBe('عبد الرحمن');
    expect(termKey('بالله')).toBe('بالله');
    expect(termKey('ديـر الزّور')).toBe('دير الزور');
    expect(termKey('سي-آي-ايه')).toBe('سي اي ايه');
  });
});

describe('checkConsistency', () => {
  const index = buildGlossaryIndex(
    makeTerms([
      ['جوزجان', 'Jowzjan', 'place'],
      ['داعش', 'ISIS|Daesh|Islamic State', 'org'],
      ['الولايات المتحدة', 'United States', 'place'],
      ['القاعدة', "al-Qa'ida|al-Qaeda", 'org'],
    ]),
  );
  const ar = 'قاتل داعش في ولاية جوزجان، والولايات المتحدة تراقب داعش والقاعدة';
  const missing = (en: string): string[] =>
    checkConsistency(matchText(index, ar), en).map((t) => preferredTarget(t.target));

  it('accepts any alternative, whole words, case-insensitive', () => {
    expect(missing("Daesh fought in Jowzjan's districts as the united states and al-Qaeda watched")).toEqual([]);
    expect(missing('The islamic state fought in JOWZJAN; the United\nStates and al-Qa’ida watched')).toEqual([]);
  });

  it('lists each missing term once, in order of appearance', () => {
    expect(missing('Fighters in Jowzjani villages; the US watched')).toEqual([
      'ISIS',
      'Jowzjan',
      'United States',
      "al-Qa'ida",
    ]);
    expect(missing('ISISes in Jowzjan, United States, al-Qaeda')).toEqual(['ISIS']);
  });
});
