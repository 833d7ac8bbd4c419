import { describe, expect, it } from 'vitest';
import { consistencyCheck } from '../../../core/qa/checks/consistency';
import { spellingCheck } from '../../../core/qa/checks/spelling';
import { flagsOf, para } from '../../../core/qa/checks/test-helpers';
import { englishSpeller, hasBritishDictionary } from './speller';

const AR = 'قال والي جوزجان إن المسلحين هاجموا مديرية شبرغان وقتلوا ثلاثة من عناصر الخدمات.';
const words = (en: string, extra: Parameters<typeof flagsOf>[3] = {}) =>
  flagsOf(spellingCheck, AR, en, { speller: englishSpeller(), ...extra }).map((f) => f.target);

describe('spelling check with dictionary-en', () => {
  it('flags misspellings with a suggestion, and not the names no dictionary has', () => {
    expect(
      words('The goverenor of Jowzjan said militants attacked Sheberghan and killed three servises staff.'),
    ).toEqual(['goverenor', 'servises']);
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

describe('spelling check in British English (dictionary-en-gb)', () => {
  const gb = (en: string) =>
    flagsOf(spellingCheck, AR, en, { speller: englishSpeller('en-GB'), settings: { englishVariant: 'en-GB' } }).map(
      (f) => f.target,
    );
  it.skipIf(!hasBritishDictionary())('flags US spellings, takes British and Oxford -ize ones', () => {
    expect(englishSpeller('en-GB').variant).toBe('en-GB');
    expect(gb('the colour of the flag; the centre of the programme; 45,000 tonnes; kilometres')).toEqual([]);
    expect(gb('the color of the flag at the center')).toEqual(['color', 'center']);
    expect(gb('the talks were organized to analyze the defence budget')).toEqual([]);
    expect(gb('the goverenor said')).toEqual(['goverenor']);
  });
});

describe('spelling check on capitalised words', () => {
  const flagged = (ar: string, en: string) =>
    flagsOf(spellingCheck, ar, en, { speller: englishSpeller() }).map((f) => f.target);
  it('flags a capitalised slip from a dictionary word', () => {
    expect(
      flagged(
        'قصفت القوات الحكومية قرية كفرنبل يوم الثلاثاء.',
        'Goverment forces shelled the village of Kafr Nabl on Tuesday.',
      ),
    ).toEqual(['Goverment']);
    expect(
      flagged(
        'وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة.',
        'Russian Foriegn Minister Sergei Lavrov said Moscow was ready.',
      ),
    ).toEqual(['Foriegn']);
    expect(flagged('وأجريت الانتخابات في شباط ٢٠٢٤.', 'The elections were held in Febuary 2024.')).toEqual(['Febuary']);
  });
  it('takes the names of the Arabic as the translator spells them, even one slip from a dictionary word', () => {
    // Shia is one letter from "Shea", Adha from "Aha": the Arabic has شياع, الأضحى.
    expect(
      flagged(
        'وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة.',
        'Russian Foreign Minister Sergei Lavrov said Moscow was ready.',
      ),
    ).toEqual([]);
    expect(
      flagged(
        'وقال رئيس الوزراء محمد شياع السوداني إن العراق لن يكون ساحة.',
        'Prime Minister Mohammed Shia al-Sudani said Iraq would not be an arena.',
      ),
    ).toEqual([]);
    expect(flagged('وأعلنت السلطات موعد عيد الأضحى.', 'The authorities announced the date of Eid al-Adha.')).toEqual(
      [],
    );
    // Without its Arabic the same word is a slip.
    expect(
      flagged(
        'وقال رئيس الوزراء محمد السوداني إن العراق لن يكون ساحة.',
        'Prime Minister Mohammed Shia al-Sudani said Iraq would not be an arena.',
      ),
    ).toEqual(['Shia']);
  });
});
