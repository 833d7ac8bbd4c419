/**
 * Foreign names in Arabic news, found whole and with their family: a title or a nationality adjective before them,
 * foreign given names the dictionary lists (سيرغي, أولاف), a given name that reads as an Arabic word (غير Geir),
 * and a nom de guerre with its nisba (أبو محمد الجولاني). The real AyaSpell dictionary, no glossary.
 */
import { describe, expect, it } from 'vitest';
import { arabicDictionary } from '../../electron/features/names/arabic-dictionary';
import { discoverNames } from './index';

const PARAGRAPHS = [
  'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار، فيما أكد المتحدث باسم الكرملين ديمتري بيسكوف أن الرئيس فلاديمير بوتين سيلتقي نظيره التركي رجب طيب أردوغان في سوتشي.',
  'وأعلن وزير الخارجية التركي هاكان فيدان أن أنقرة تدعم جهود المبعوث الأممي غير بيدرسون، بينما زار المستشار الألماني أولاف شولتس العاصمة البولندية وارسو.',
  'وقال أبو محمد الجولاني إن قواته دخلت حلب، في حين التقى الرئيس الفرنسي إيمانويل ماكرون بوزير الخارجية الأمريكي أنتوني بلينكن.',
];

describe('discoverNames: foreign names', () => {
  const found = discoverNames(PARAGRAPHS, { wordList: arabicDictionary() });
  const byText = new Map(found.map((c) => [c.text, c]));

  it('keeps a foreign name whole, with its given name (Sergei Lavrov, Geir Pedersen, Olaf Scholz)', () => {
    for (const name of [
      'سيرغي لافروف',
      'ديمتري بيسكوف',
      'فلاديمير بوتين',
      'رجب طيب أردوغان',
      'غير بيدرسون',
      'أولاف شولتس',
      'إيمانويل ماكرون',
      'أنتوني بلينكن',
    ])
      expect(byText.has(name), name).toBe(true);
    expect(byText.has('بيدرسون')).toBe(false);
  });

  it('keeps a nom de guerre with its nisba: أبو محمد الجولاني is one name', () => {
    expect(byText.get('أبو محمد الجولاني')?.kind).toBe('person');
    expect(byText.has('الجولاني')).toBe(false);
  });

  it('gives each name its family and the English press spelling', () => {
    expect(byText.get('سيرغي لافروف')).toMatchObject({
      suggestion: 'Sergei Lavrov',
      origin: 'russian',
      kind: 'person',
    });
    expect(byText.get('رجب طيب أردوغان')).toMatchObject({ suggestion: 'Recep Tayyip Erdogan', origin: 'turkish' });
    expect(byText.get('أولاف شولتس')).toMatchObject({ suggestion: 'Olaf Scholz', origin: 'european' });
    expect(byText.get('غير بيدرسون')?.origin).toBe('european');
    expect(byText.get('موسكو')).toMatchObject({ suggestion: 'Moscow', kind: 'place', origin: 'russian' });
    expect(byText.get('أبو محمد الجولاني')?.origin).toBe('arabic');
  });
});
