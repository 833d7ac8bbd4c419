/** The one-pass analysis agrees with tokenize + sourceKey, for paragraphs and their sentences, on real and odd text. */
import { describe, expect, it } from 'vitest';
import { analyseText, analyseWithParts } from './analyse';
import { splitArabicSentences } from './sentences';
import { splitSeed } from './testing/seed';
import { arabicTerms, sourceKey, tokenize } from './tokens';
import { readShared } from '../../scripts/shared-samples';

const P = splitSeed(readShared('samples/seed-ar.txt'));
const ODD = [
  'قتل ١٣ شخصا في 2018، و2.5 مليون نزحوا و١٬٢٥٠ جريحا.',
  'وقَّـــع الرئيسُ الاتفاقَ. ثم غادر\u200F إلى باريس؟ نعم!',
  'الو\u0654زير \u0627\u0653خر مرة. ثم عاد.', // combining hamza and madda: NFC composes them
  'زار Café de Flore في باريس. ثم São Paulo.',
  'قال \uE000الرئيس\uE001 إن\u00A0الوضع «صعب». وأضاف: لا.',
  'العدد 1,250.75 أو ٢٫٥ أو 3.\u2000 انتهى.',
  'Ḥadīth الحديث ﷲ ﻻ Ω.',
];

const reference = (text: string) => {
  const tokens = tokenize(text);
  return { key: sourceKey(tokens), count: tokens.length, stems: new Set(arabicTerms(tokens)) };
};
const plain = (a: { key: number; count: number; stems: string[] }) => ({ ...a, stems: new Set(a.stems) });

describe('analyseText and analyseWithParts', () => {
  it('give the key, count and stems tokenize gives, for a paragraph and each of its sentences', () => {
    for (const p of [...P, ...ODD]) {
      expect(plain(analyseText(p)), p).toEqual(reference(p));
      const sentences = splitArabicSentences(p);
      const a = analyseWithParts(p, sentences);
      expect(plain(a.whole), p).toEqual(reference(p));
      expect(a.parts.map(plain), p).toEqual(sentences.map((s) => reference(s.text)));
    }
  });
});
