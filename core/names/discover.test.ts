import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { arabicDictionary } from '../../electron/features/names/arabic-dictionary';
import { buildGlossaryIndex } from '../glossary/build-index';
import { discoverNames, wordListFrom } from './index';
import type { NameCandidate } from './index';
import { SEED } from '../../scripts/shared-samples';

function seedParagraphs(): string[] {
  const path = SEED;
  return readFileSync(path, 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').join(' ').trim())
    .filter(Boolean);
}

const find = (found: NameCandidate[], text: string): NameCandidate | undefined => found.find((c) => c.text === text);
const texts = (found: NameCandidate[]): string[] => found.map((c) => c.text);

describe('discoverNames', () => {
  it('lists جوزجان and درزاب in the seed article with an empty glossary', () => {
    const found = texts(discoverNames(seedParagraphs(), { wordList: arabicDictionary() }));
    expect(found).toContain('جوزجان');
    expect(found).toContain('درزاب');
  });

  it('uses cue words, also behind a clitic, and finds the bare and cliticised forms', () => {
    const wordList = wordListFrom(['مدينة', 'ولاية', 'في', 'قتل', 'رجل']);
    const para = 'قتل رجل في مدينة درزاب وبولاية هرزان وبدرزاب';
    const found = discoverNames([para], { wordList });
    const darzab = find(found, 'درزاب');
    expect(darzab?.kind).toBe('place');
    expect(darzab?.occurrences.map((o) => para.slice(o.start, o.end))).toEqual(['درزاب', 'درزاب']);
    expect(find(found, 'هرزان')?.kind).toBe('place');
  });

  it('takes a dictionary word after a strong cue, but not an adjective or a preposition', () => {
    const dict = arabicDictionary();
    const found = texts(
      discoverNames(['أعلنت حركة طالبان وكالة تسنيم الإيرانية', 'نقلوا إلى منطقة آمنة من سجن لحركة'], {
        wordList: dict,
      }),
    );
    expect(found).toEqual(expect.arrayContaining(['طالبان', 'تسنيم']));
    expect(found).not.toContain('آمنة');
    expect(found).not.toContain('الإيرانية');
    // With a small list: نور is a dictionary word and a given name, here the name of an agency.
    const small = discoverNames(['قالت وكالة نور إن'], { wordList: wordListFrom(['قالت', 'وكالة', 'نور']) });
    expect(small.map((c) => [c.text, c.kind])).toEqual([['نور', 'org']]);
  });

  it('reads a definite place after ريف and بلدة, and keeps دير الزور whole behind a clitic', () => {
    const para = 'قرب بلدة الشعفة في ريف دير الزور الجنوبي ثم لدير الزور';
    const found = discoverNames([para], { wordList: arabicDictionary() });
    expect(find(found, 'الشعفة')?.kind).toBe('place');
    const deir = find(found, 'دير الزور');
    expect(deir?.occurrences.map((o) => para.slice(o.start, o.end))).toEqual(['دير الزور', 'دير الزور']);
  });

  it('keeps X الله together, and skips pious phrases', () => {
    const found = discoverNames(['قال حكمت الله إن شاء الله'], { wordList: wordListFrom(['قال', 'حكمة', 'شاء']) });
    expect(texts(found)).toEqual(['حكمت الله']);
    expect(found[0]?.suggestion).toBe('Hikmatullah');
    expect(found[0]?.kind).toBe('person');
  });

  it('finds أبو X and عبد الX names and lists a place nisba after a name as its own entry', () => {
    const dict = arabicDictionary();
    const found = texts(
      discoverNames(['قتل أبو مصعب العيساوي في غارة', 'هرب المدعو أمين الله الأوزبكستاني من السجن'], {
        wordList: dict,
      }),
    );
    expect(found).toEqual(expect.arrayContaining(['أبو مصعب العيساوي', 'أمين الله', 'الأوزبكستاني']));
    const abd = discoverNames(['وقال الملا عبد الغني برادر إن الحركة'], { wordList: dict });
    expect(texts(abd)).toContain('عبد الغني برادر');
  });

  it('records spans on the name itself, after the clitics', () => {
    const para = 'عاد إلى أفغانستان ثم بأفغانستان ولطالبان';
    const found = discoverNames([para], { wordList: arabicDictionary() });
    const spans = (t: string): string[] => (find(found, t)?.occurrences ?? []).map((o) => para.slice(o.start, o.end));
    expect(spans('أفغانستان')).toEqual(['أفغانستان', 'أفغانستان']);
    expect(spans('طالبان')).toEqual(['طالبان']);
    expect(find(found, 'طالبان')?.occurrences[0]?.start).toBe(para.indexOf('لطالبان') + 1);
  });

  it('never lists dismissed names or names the glossary covers', () => {
    const wordList = wordListFrom(['مدينة', 'في', 'قتل', 'رجل', 'و']);
    const para = 'قتل رجل في مدينة درزاب وفي مدينة هرزان';
    expect(texts(discoverNames([para], { wordList, dismissed: ['درزاب'] }))).toEqual(['هرزان']);
    const glossaryIndex = buildGlossaryIndex([
      { id: '1', source: 'هرزان', target: 'Harzan', kind: 'place', variants: [], note: '' },
    ]);
    expect(texts(discoverNames([para], { wordList, glossaryIndex }))).toEqual(['درزاب']);
  });

  it('assigns kinds from cues and the lexicon', () => {
    const found = discoverNames(['هاجم تنظيم داعش قرية المراشدة قرب طهران وأصيب المدعو ننغيالي'], {
      wordList: arabicDictionary(),
    });
    const kinds = Object.fromEntries(found.map((c) => [c.text, c.kind]));
    expect(kinds).toMatchObject({ داعش: 'org', المراشدة: 'place', طهران: 'place', ننغيالي: 'person' });
  });
});
