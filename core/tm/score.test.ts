/** The memory's score on real Arabic: the seed article's paragraphs and variants of them. */
import { describe, expect, it } from 'vitest';
import { placeNumbers } from './placeables';
import { bandOf, scoreTokens } from './score';
import { splitSeed } from './testing/seed';
import { readShared } from '../../scripts/shared-samples';
import { tokenize } from './tokens';

const P = splitSeed(readShared('samples/seed-ar.txt'));
const score = (unit: string, text: string): number =>
  scoreTokens(tokenize(text), tokenize(unit), unit.trim() === text.trim())!.score;

describe('score', () => {
  it('scores identical text 100', () => {
    expect(score(P[3]!, P[3]!)).toBe(100);
  });

  it('scores differences of orthography alone 99 or more, never 100', () => {
    const plain = 'وأشارت الوكالة في تقرير نشرته اليوم إلى أنه';
    const variants = [
      'وَأَشَارَتِ الوَكَالَةُ فِي تَقْرِيرٍ نَشَرَتْهُ اليَوْمَ إِلَى أَنَّهُ', // full diacritics
      'واشارت الوكالة في تقرير نشرته اليوم الى انه', // hamza and alef forms dropped
      'وأشارت الوكالـــة في تقرير نشرتـه اليوم إلى أنه', // tatweel
      'وأشارت الوكالة في تقرير نشرته اليوم إلي أنه', // ya for alef maqsura
      'وأشارت الوكالة، في تقرير نشرته اليوم، إلى أنه', // punctuation
    ];
    for (const v of variants) {
      const s = score(plain, v);
      expect(s, v).toBeGreaterThanOrEqual(99);
      expect(s, v).toBeLessThan(100);
    }
    // Raw tokens would have scored a fully diacritised sentence near 0; normalised it is the same sentence.
    expect(score(P[2]!, P[2]!.replace(/ة/g, 'ه').replace(/[أإ]/g, 'ا'))).toBe(99);
  });

  it('counts a changed proclitic on one word as a small difference', () => {
    // بأفغانستان → في أفغانستان would be a new word; وأفغانستان/لأفغانستان are clitic changes.
    expect(score(P[0]!, P[0]!.replace('بأفغانستان', 'لأفغانستان'))).toBeGreaterThanOrEqual(90);
    expect(score(P[2]!, P[2]!.replace('لإنقاذ', 'وإنقاذ'))).toBeGreaterThanOrEqual(97);
    expect(score('هجوم هجين على القوات', 'هجوم وهجين على القوات')).toBeGreaterThanOrEqual(90);
    expect(score('هجوم هجين على القوات', 'هجوم بهجين على القوات')).toBeGreaterThanOrEqual(90);
    // A different word is a full edit: clitic folding does not make شمال the same as جنوب.
    expect(score(P[2]!, P[2]!.replace('شمال', 'جنوب'))).toBeLessThan(score(P[2]!, P[2]!.replace('شمال', 'وشمال')));
  });

  it('treats numbers as placeables: 95–99, the new numbers put into the English', () => {
    const unit = 'قتل 13 شخصا وأصيب 1,250 آخرون في تفجير بمدينة درزاب';
    const text = 'قتل ١٤ شخصا وأصيب ١٬٣٠٠ آخرون في تفجير بمدينة درزاب';
    const s = scoreTokens(tokenize(text), tokenize(unit), false)!;
    expect(s.score).toBeGreaterThanOrEqual(95);
    expect(s.score).toBeLessThanOrEqual(99);
    expect(s.swaps).toEqual([
      { from: '13', to: '14' },
      { from: '1250', to: '1300' },
    ]);
    const placed = placeNumbers('13 people were killed and 1,250 others wounded in a bombing in Darzab', s.swaps);
    expect(placed.target).toBe('14 people were killed and 1,300 others wounded in a bombing in Darzab');
    expect(placed.placed).toHaveLength(2);
    // The same value in either script is no difference at all.
    expect(score('في ليلة ال13 من الشهر', 'في ليلة ال١٣ من الشهر')).toBe(99);
    expect(score('بلغ العدد 1,250', 'بلغ العدد ١٬٢٥٠')).toBe(99);
  });

  it('scores unrelated paragraphs on the same topic below 70', () => {
    // Paragraphs 2–9 all speak of داعش, القوات, طالبان, أفغانستان, سورية; none is a translation of another.
    for (let i = 2; i < P.length; i++) {
      for (let j = 2; j < P.length; j++) {
        if (i !== j) expect(score(P[i]!, P[j]!), `${i} vs ${j}`).toBeLessThan(70);
      }
    }
  });

  it('drops with each changed word, and a longer unit pays for its extra words', () => {
    const base = P[3]!;
    const words = base.split(' ');
    const one = [...words];
    one[5] = 'أمس';
    const three = [...one];
    three[10] = 'الماضي';
    three[15] = 'الحالي';
    expect(score(base, one.join(' '))).toBeGreaterThan(score(base, three.join(' ')));
    expect(score(`${base} ${P[2]}`, base)).toBeLessThan(60);
  });

  it('puts scores into bands', () => {
    expect([101, 100, 99, 95, 94, 85, 84, 75, 74, 50, 49].map(bandOf)).toEqual([
      'context',
      '100',
      '95-99',
      '95-99',
      '85-94',
      '85-94',
      '75-84',
      '75-84',
      '50-74',
      '50-74',
      'none',
    ]);
    expect(bandOf(undefined)).toBe('none');
  });
});
