import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { arabicDictionary } from '../../electron/services/arabic-dictionary';
import { discoverNames, wordListFrom } from './index';

function seedParagraphs(): string[] {
  const path = fileURLToPath(new URL('../../../shared/samples/seed-ar.txt', import.meta.url));
  return readFileSync(path, 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').join(' ').trim())
    .filter(Boolean);
}

describe('discoverNames', () => {
  it('lists جوزجان and درزاب in the seed article with an empty glossary', async () => {
    const wordList = arabicDictionary();
    const found = discoverNames(seedParagraphs(), { wordList }).map((c) => c.text);
    expect(found).toContain('جوزجان');
    expect(found).toContain('درزاب');
  });
  it('uses cue words, strips clitics, records offsets and drops dismissed names', () => {
    const wordList = wordListFrom(['مدينة', 'في', 'قتل', 'رجل']);
    const para = 'قتل رجل في مدينة درزاب وبدرزاب';
    const found = discoverNames([para], { wordList });
    const darzab = found.find((c) => c.text === 'درزاب');
    expect(darzab?.kind).toBe('place');
    expect(darzab?.occurrences).toHaveLength(2);
    const first = darzab?.occurrences[0];
    expect(para.slice(first?.start, first?.end)).toBe('درزاب');
    expect(discoverNames([para], { wordList, dismissed: ['درزاب'] }).some((c) => c.text === 'درزاب')).toBe(false);
  });
  it('keeps X الله together', () => {
    const found = discoverNames(['قال حكمت الله'], { wordList: wordListFrom(['قال', 'حكمة']) });
    expect(found[0]?.text).toBe('حكمت الله');
    expect(found[0]?.suggestion).toBe('Hikmatullah');
  });
});
