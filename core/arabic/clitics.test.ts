import { describe, expect, it } from 'vitest';
import { cliticReadings, keyReadings, stripClitics } from './clitics';

const summary = (word: string): string[] =>
  cliticReadings(word).map((r) => `${word.slice(0, r.prefixLength)}+${r.articleForm}+${r.stem}=${r.base}`);

describe('cliticReadings', () => {
  it('gives the bare word first, then every proclitic reading in order', () => {
    expect(summary('وبالعراق')).toEqual([
      '+none+وبالعراق=وبالعراق',
      'و+none+بالعراق=بالعراق',
      'وب+none+العراق=العراق',
      'وب+explicit+عراق=العراق',
    ]);
  });

  it('reads لل as ل + article, and as ل + article + a noun beginning with ل', () => {
    expect(summary('للعراق')).toEqual([
      '+none+للعراق=للعراق',
      'ل+none+لعراق=لعراق',
      'ل+contracted+عراق=العراق',
      'ل+elided+لعراق=اللعراق',
    ]);
    expect(cliticReadings('للاذقية').map((r) => r.base)).toContain('اللاذقية');
    expect(cliticReadings('لله').map((r) => r.base)).toContain('الله');
    expect(cliticReadings('وللعراق').map((r) => r.base)).toContain('العراق');
  });

  it('keeps marks and tatweel with the clitic they follow', () => {
    const r = cliticReadings('وَبِـأَفْغانِسْتانَ').find((x) => x.conjunction === 'و' && x.preposition === 'ب');
    expect(r?.prefixLength).toBe(5);
    expect(r?.stem).toBe('أَفْغانِسْتانَ');
  });

  it('never splits off a stem shorter than two letters', () => {
    expect(keyReadings('وب')).toHaveLength(1);
    expect(keyReadings('بل').map((r) => r.prefix)).toEqual([0]);
    expect(cliticReadings('')).toEqual([]);
  });

  it('reads the article at the start of a word with no other clitic', () => {
    expect(summary('الولاية')).toEqual(['+none+الولاية=الولاية', '+explicit+ولاية=الولاية']);
  });
});

describe('stripClitics', () => {
  it('drops conjunction and preposition, keeps the article, keeps the letters as written', () => {
    expect(stripClitics('بأفغانستان')).toBe('أفغانستان');
    expect(stripClitics('وبأفغانستان')).toBe('أفغانستان');
    expect(stripClitics('فأفغانستان')).toBe('أفغانستان');
    expect(stripClitics('والولاية')).toBe('الولاية');
    expect(stripClitics('بالعراق')).toBe('العراق');
    expect(stripClitics('للعراق')).toBe('العراق');
    expect(stripClitics('وللعراق')).toBe('العراق');
    expect(stripClitics('كالعراق')).toBe('العراق');
    expect(stripClitics('لله')).toBe('الله');
    expect(stripClitics('بِالْعِرَاقِ')).toBe('الْعِرَاقِ');
  });

  it('leaves words alone when a split would be a guess', () => {
    expect(stripClitics('ولاية')).toBe('ولاية');
    expect(stripClitics('بغداد')).toBe('بغداد');
    expect(stripClitics('العراق')).toBe('العراق');
    expect(stripClitics('والدة')).toBe('والدة'); // "mother", not و + ال + دة
    expect(stripClitics('كأس')).toBe('كأس'); // "cup", not ك + أس
    expect(stripClitics(' طالبان ')).toBe('طالبان');
  });
});
