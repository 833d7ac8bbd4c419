import { describe, expect, it } from 'vitest';
import { transliterate } from '../index';
import { acronymReadings } from './acronym';

describe('acronyms spelled out in letter names', () => {
  it('reads a run of letter names as the acronym, ambiguous letters both ways', () => {
    expect(acronymReadings(['واي', 'بي', 'جي'])).toEqual(['YBG', 'YPG']);
    expect(acronymReadings(['إن', 'بي', 'سي'])).toContain('NBC');
    expect(acronymReadings(['إم', 'آي', 'تي'])[0]).toBe('MIT');
  });
  it('puts the readings first, within the top three', () => {
    const top = transliterate('بي كي كي')
      .slice(0, 3)
      .map((c) => c.text);
    expect(top).toContain('PKK');
  });
  it('leaves single words and Arabic function words alone', () => {
    expect(acronymReadings(['بي'])).toEqual([]);
    expect(acronymReadings(['في', 'أو'])).toEqual([]);
    expect(acronymReadings(['محمد', 'بي'])).toEqual([]);
  });
});
