/**
 * Chinese and Korean names: Arabic writes them syllable by syllable (شي جين بينغ, يون سوك يول); each written
 * syllable is read back as the pinyin or Revised/press Korean syllable it stands for, from a table of how Arabic
 * agencies write those syllables (general knowledge of the systems, not of particular people). A word made of
 * several syllables (شنغهاي) is cut into table syllables; a word the table cannot cut, and Japanese names, go
 * through the letter rules.
 */
import { normalizeArabic } from '../../arabic/normalize';
import { spellForeignWord } from './spell';
import { cut, table } from './syllables';
import type { Spelling } from './spell';

export function eastAsianWord(word: string, style: 'chinese' | 'korean' | 'japanese'): Spelling[] {
  if (style === 'japanese') return spellForeignWord(word, 'japanese');
  const key = normalizeArabic(word);
  const parts = cut(key, table(style));
  if (!parts || parts.length === 0) return spellForeignWord(word, 'english');
  let out: Spelling[] = [{ text: '', penalty: 0 }];
  for (const readings of parts) {
    const next: Spelling[] = [];
    for (const s of out) readings.forEach((r, i) => next.push({ text: s.text + r, penalty: s.penalty + i * 0.3 }));
    out = next.sort((a, b) => a.penalty - b.penalty).slice(0, 8);
  }
  return out.map((s) => ({ ...s, text: s.text.charAt(0).toUpperCase() + s.text.slice(1), penalty: s.penalty - 0.3 }));
}
