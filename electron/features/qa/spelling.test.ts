import { describe, expect, it } from 'vitest';
import { consistencyCheck } from '../../../core/qa/checks/consistency';
import { spellingCheck } from '../../../core/qa/checks/spelling';
import { flagsOf, para } from '../../../core/qa/checks/test-helpers';
import { englishSpeller } from './speller';

const AR = 'قال والي جوزجان إن المسلحين هاجموا مديرية شبرغان وقتلوا ثلاثة من عناصر الخدمات.';
const words = (en: string, extra: Parameters<typeof flagsOf>[3] = {}) =>
  flagsOf(spellingCheck, AR, en, { speller: englishSpeller(), ...extra }).map((f) => f.target);

describe('spelling check with dictionary-en', () => {
  it('flags misspellings with a suggestion, and not the names no dictionary has', () => {
    expect(words('The goverenor of Jowzjan said militants attacked Sheberghan and killed three servises staff.')).toEqual(['goverenor', 'servises']);
    const [flag] = flagsOf(spellingCheck, AR, 'The goverenor said', { speller: englishSpeller() });
    expect(flag!.message).toContain('governor');
    expect(flag!.fix).toEqual({ start: 4, end: 13, text: 'governor' });
    expect(words('Ahmad al-Shuhayl, the governor of Jowzjan, said the Taliban attacked Sheberghan.')).toEqual([]);
  });
  it('takes the glossary English and the personal word list as correct', () => {
    expect(words('the mujahideen and the madrasa', { knownWords: new Set(['mujahideen', 'madrasa']) })).toEqual([]);
  });
  it('follows the English variant: colour passes in en-GB only', () => {
    expect(words('the colour of the flag was organised')).toEqual(['colour', 'organised']);
    expect(words('the colour of the flag was organised', { settings: { englishVariant: 'en-GB' } })).toEqual([]);
  });
});

describe('consistency check', () => {
  it('flags the same Arabic translated differently, hamza and diacritics aside', () => {
    const paragraphs = [
      para('أكدت وزارة الداخلية الهجوم.', 'The interior ministry confirmed the attack.', 0),
      para('قال مسؤولون إن الهجوم صد.', 'Officials said the attack was repelled.', 1),
      para('اكدت وزارة الداخليّة الهجوم', 'The Ministry of Interior confirmed the attack.', 2),
      para('أكدت وزارة الداخلية الهجوم.', 'The interior ministry confirmed the attack.', 3),
    ];
    const ctx = { paragraphs, settings: {}, memo: new Map() };
    const flags = paragraphs.flatMap((p) => consistencyCheck.run(p, ctx));
    expect(flags.map((f) => [f.paragraph, f.source])).toEqual([[2, 'The interior ministry confirmed the attack.']]);
  });
});

describe('spelling check on news English', () => {
  it('knows typographic apostrophes and the words of the region’s news', () => {
    expect(words('The jirga didn’t endorse the mujahideen or the peshmerga, officials said.')).toEqual([]);
  });
});
