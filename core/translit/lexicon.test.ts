import { describe, it, expect } from 'vitest';
import { transliterate } from './index';
import { lexicon, lookupLexicon } from './lexicon';

const top = (input: string, n = 3, lexiconOn = true): string[] =>
  transliterate(input, { lexicon: lexiconOn })
    .map((c) => c.text)
    .slice(0, n);

describe('honorifics: a closed set, read by rules too', () => {
  it('reads a leading title with the lexicon off', () => {
    expect(top('الملا محمد عمر', 3, false)[0]?.startsWith('Mullah ')).toBe(true);
    expect(top('الشيخ أحمد ياسين', 1, false)[0]?.startsWith('Sheikh ')).toBe(true);
    expect(top('الحاج عبد الله', 1, false)[0]?.startsWith('Haji ')).toBe(true);
    expect(top('مولوي عبد الكبير', 1, false)[0]?.startsWith('Mawlawi ')).toBe(true);
    expect(top('قاري فصيح الدين', 1, false)[0]?.startsWith('Qari ')).toBe(true);
    expect(top('آية الله علي السيستاني', 1, false)[0]?.startsWith('Ayatollah ')).toBe(true);
    expect(top('أم كلثوم', 1, false)[0]?.startsWith('Umm ')).toBe(true);
  });
  it('reads two titles in a row, and a title word later in a name as a name', () => {
    expect(top('الحاج الملا رسول')[0]).toBe('Haji Mullah Rasul');
    expect(top('أمير خان متقي')).toContain('Amir Khan Muttaqi');
  });
  it('keeps a title alone from the lexicon', () => {
    expect(top('الشيخ')[0]).toBe('Sheikh');
  });
});

describe('lexicon: a sample of entries', () => {
  it('has Afghan provinces and districts', () => {
    expect(top('دايكندي')[0]).toBe('Daykundi');
    expect(top('سربل')[0]).toBe('Sar-e Pol');
    expect(top('موسى قلعة')[0]).toBe('Musa Qala');
    expect(top('سبين بولدك')[0]).toBe('Spin Boldak');
  });
  it('has Syrian and Iraqi towns and Iranian cities', () => {
    expect(top('البوكمال')[0]).toBe('Albu Kamal');
    expect(top('رأس العين')[0]).toBe('Ras al-Ain');
    expect(top('تلعفر')[0]).toBe('Tal Afar');
    expect(top('عامرية الفلوجة')[0]).toBe('Amiriyat al-Fallujah');
    expect(top('أرومية')[0]).toBe('Urmia');
    expect(top('خيبر بختونخوا')[0]).toBe('Khyber Pakhtunkhwa');
  });
  it('has organisations and agencies under their English names', () => {
    expect(top('الحشد الشعبي')[0]).toBe('Popular Mobilization Forces');
    expect(top('قوات سوريا الديمقراطية')).toContain('SDF');
    expect(top('اليونيسف')[0]).toBe('UNICEF');
    expect(top('وكالة فرانس برس')[0]).toBe('AFP');
  });
  it('has given, family and tribal names', () => {
    expect(top('قلب الدين حكمتيار')[0]).toBe('Gulbuddin Hekmatyar');
    expect(top('جلال الدين حقاني')[0]).toBe('Jalaluddin Haqqani');
    expect(top('أبو بكر البغدادي')[0]).toBe('Abu Bakr al-Baghdadi');
    expect(top('ملالا يوسفزاي')[0]).toBe('Malala Yousafzai');
    expect(top('عبد الرزاق')[0]).toBe('Abdul Razzaq');
    expect(lookupLexicon('بوبلزاي')?.spellings[0]).toBe('Popalzai');
  });
  it('keeps every entry non-empty', () => {
    for (const [key, entry] of lexicon()) {
      expect(key.length).toBeGreaterThan(0);
      expect(entry.spellings.every((s) => s.trim().length > 0)).toBe(true);
    }
  });
});

describe('Persian-context spellings', () => {
  it('spells shared names the Afghan and Iranian way when another word is Persian', () => {
    expect(top('محمد حسن آخند')[0]).toBe('Mohammad Hasan Akhund');
    expect(top('محمد جواد ظريف')[0]).toBe('Mohammad Javad Zarif');
  });
  it('keeps the Arab spelling first otherwise, with the Persian one in the top 3', () => {
    const got = top('محمد حسن العبيدي');
    expect(got[0]).toBe('Mohammed Hassan al-Obeidi');
    expect(got).toContain('Mohammad Hasan al-Obeidi');
  });
});

describe('rules: initial ʿayn', () => {
  it('offers O and U for initial ʿayn before a consonant', () => {
    expect(top('عمر', 3, false)).toEqual(expect.arrayContaining(['Umar', 'Omar']));
    expect(top('عثمان', 3, false)).toEqual(expect.arrayContaining(['Uthman', 'Othman']));
    expect(top('عراق', 3, false)).toContain('Iraq');
  });
});
