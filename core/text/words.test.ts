import { describe, expect, it } from 'vitest';
import { countWords } from './words';

// The definition the scan must keep: runs of letters, marks and digits.
const byRegex = (text: string): number => text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;

describe('countWords', () => {
  const samples = [
    '',
    '   ',
    'كشفت وكالة تسنيم الإيرانية، أن القوات نفذت عمليةً سريةً عام 2018.',
    'قالَ الرَّئيسُ: «لا»؛ ثم غادر… وماذا بعد؟',
    'الـــحـــرب ١٩٤٨ و٢٠٢٣',
    'Tasnim (Iran) said: "two-thirds" of 1,000 people — left.',
    '𝐀𝐁 math letters, 😀 emoji 😀x, and a lone \uD800 surrogate \uDC00 here',
    'ﻛﺸﻔﺖ presentation forms ﷲ',
    'a\u200Cb zero-width\u200Dnon-joiner\tand\ttabs\nlines',
  ];
  it('counts as the Unicode-class definition does, in Arabic, English and beyond the BMP', () => {
    for (const s of samples) expect(countWords(s), s).toBe(byRegex(s));
  });
  it('counts an Arabic sentence with punctuation and diacritics', () => {
    expect(countWords('قالَ الرَّئيسُ: «لا»؛ ثم غادر')).toBe(5);
  });
});
