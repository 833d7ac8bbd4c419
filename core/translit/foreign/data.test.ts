import { describe, expect, it } from 'vitest';
import { transliterate } from '../index';
import { lookupLexicon } from '../lexicon';
import { foreignGivenEntries, foreignWholeEntries } from './lexicon';
import { ORIGINS } from './origin';

const ARABIC_KEY = /^[\u0621-\u063A\u0641-\u064A0-9]+(?:[ -][\u0621-\u063A\u0641-\u064A0-9]+)*$/;
const LATIN = /^[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9'’&.+-]| (?=[A-Za-z\u00C0-\u024F0-9]))*$/;

describe('foreign data tables: every entry is well-formed Arabic → Latin', () => {
  const all = [...foreignWholeEntries(), ...foreignGivenEntries()];
  it('has several thousand entries of every family', () => {
    expect(all.length).toBeGreaterThan(2500);
    for (const o of ORIGINS.filter((x) => x !== 'arabic' && x !== 'persian'))
      expect(all.filter((e) => e.origin === o).length).toBeGreaterThan(50);
  });
  it('keys are Arabic letters (no marks, no Latin), spellings are Latin, none empty or repeated', () => {
    const bad = all.filter(
      (e) =>
        !ARABIC_KEY.test(e.arabic) ||
        e.spellings.length === 0 ||
        e.spellings.some((s) => !LATIN.test(s)) ||
        new Set(e.spellings).size !== e.spellings.length,
    );
    expect(bad.map((e) => `${e.arabic} → ${e.spellings.join('|')}`)).toEqual([]);
  });
  it('a spelling starts with a capital, except particles (von der Leyen, de Mistura, d’Estaing) and -oglu', () => {
    const bad = all.filter((e) =>
      e.spellings.some((s) => !/^\p{Lu}/u.test(s) && !/^(?:von|van|de|d'|le|al-|el-|oglu$|oğlu$)/.test(s)),
    );
    expect(bad.map((e) => `${e.arabic} → ${e.spellings.join('|')}`)).toEqual([]);
  });
  it('every whole entry reaches the lexicon with all its spellings', () => {
    const misses = foreignWholeEntries().filter(
      (e) => !e.spellings.every((s) => lookupLexicon(e.arabic)?.spellings.includes(s)),
    );
    expect(misses.map((e) => e.arabic)).toEqual([]);
  });
});

describe('new public-record entries, composed with given names', () => {
  const top = (s: string, n = 3): string[] =>
    transliterate(s)
      .slice(0, n)
      .map((c) => c.text);
  it('reads European, Turkish, Russian, Hebrew and East Asian names of public record', () => {
    expect(top('فريدريش ميرتس')).toContain('Friedrich Merz');
    expect(top('كريستي نويم')).toContain('Kristi Noem');
    expect(top('هلوسي أكار')).toContain('Hulusi Akar');
    expect(top('سيرغي كيرينكو')).toContain('Sergei Kiriyenko');
    expect(top('شلومو كرعي')).toContain('Shlomo Karhi');
    expect(top('شيغيرو إيشيبا')).toContain('Shigeru Ishiba');
    expect(top('غازي عنتاب')[0]).toBe('Gaziantep');
    expect(top('كروبيفنيتسكي')[0]).toBe('Kropyvnytskyi');
    expect(top('كفار سابا')[0]).toBe('Kfar Saba');
  });
});
