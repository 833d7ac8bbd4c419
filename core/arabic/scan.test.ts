import { describe, expect, it } from 'vitest';
import { letterOffsets, scanWords } from './scan';

const words = (text: string): string[] => {
  const w = scanWords(text);
  return w.starts.map((s, i) => text.slice(s, w.ends[i]));
};

describe('scanWords', () => {
  it('separates words at spaces, digits, Latin and punctuation', () => {
    expect(words('طهران-سانا')).toEqual(['طهران', 'سانا']);
    expect(words('«دمشق»، حلب؛ ادلب؟ CIA (سي آي ايه) ال13 بغداد:كابل')).toEqual([
      'دمشق',
      'حلب',
      'ادلب',
      'سي',
      'آي',
      'ايه',
      'ال',
      'بغداد',
      'كابل',
    ]);
    expect(words('بغداد\u00A0كابل')).toEqual(['بغداد', 'كابل']);
  });

  it('keeps marks and tatweel inside the word', () => {
    expect(words('ديـر الزّور')).toEqual(['ديـر', 'الزّور']);
    expect(scanWords('ديـر الزّور').keys).toEqual(['دير', 'الزور']);
  });

  it('ignores invisible marks inside a word but not at its edges', () => {
    const text = '\u200Fمی\u200Cرود\u200E بغداد';
    expect(words(text)).toEqual(['می\u200Cرود', 'بغداد']);
    expect(scanWords(text).joined).toEqual([false, true]);
  });

  it('glues a proclitic written apart with tatweel to the next word', () => {
    const text = 'يسمى بـ “التحالف الدولي” وبـ بغداد';
    expect(words(text)).toEqual(['يسمى', 'التحالف', 'الدولي', 'بغداد']);
    // Nothing but space lies between التحالف and الدولي; the quote and the detached ب break the other gaps.
    expect(scanWords(text).joined).toEqual([false, false, true, false]);
  });

  it('marks which words only space separates from the previous one', () => {
    expect(scanWords('دير الزور، حلب').joined).toEqual([false, true, false]);
  });

  it('maps key letters back to their offsets', () => {
    expect(letterOffsets('بِـالعراق')).toEqual([0, 3, 4, 5, 6, 7, 8]);
  });
});
