/** Sentence splitting on real news text: the seed article, and English with abbreviations and numbers. */
import { describe, expect, it } from 'vitest';
import { sentencePairs, splitArabicSentences, splitEnglishSentences } from './sentences';
import { splitSeed } from './testing/seed';
import { readShared } from '../../scripts/shared-samples';

const P = splitSeed(readShared('samples/seed-ar.txt'));
const texts = (s: ReturnType<typeof splitArabicSentences>): string[] => s.map((x) => x.text);

describe('Arabic sentences', () => {
  it('ends at . ؟ ! with the closing quote kept, not inside numbers', () => {
    const p =
      'وقالت الوزارة إن 2.5 مليون شخص نزحوا. هل يعود النازحون؟ وأضاف المتحدث: “لن نسمح بذلك!” وبلغ العدد ١٬٢٥٠.';
    expect(texts(splitArabicSentences(p))).toEqual([
      'وقالت الوزارة إن 2.5 مليون شخص نزحوا.',
      'هل يعود النازحون؟',
      'وأضاف المتحدث: “لن نسمح بذلك!”',
      'وبلغ العدد ١٬٢٥٠.',
    ]);
  });

  it('keeps the seed article’s long sentences whole (their quotes end with .” and ”.)', () => {
    expect(splitArabicSentences(P[2]!)).toHaveLength(1);
    expect(texts(splitArabicSentences(P[4]!))).toEqual([P[4]]);
    const two = `${P[2]} ${P[3]}`;
    expect(texts(splitArabicSentences(two))).toEqual([P[2], P[3]]);
  });

  it('splits a headline at its line ends', () => {
    expect(texts(splitArabicSentences('وكالة تسنيم: أمريكا نفذت عملية\nطهران-سانا'))).toEqual([
      'وكالة تسنيم: أمريكا نفذت عملية',
      'طهران-سانا',
    ]);
  });

  it('gives offsets into the paragraph', () => {
    const p = 'الجملة الأولى.  والجملة الثانية؟';
    for (const s of splitArabicSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('English sentences', () => {
  it('does not end after abbreviations, initials or inside numbers', () => {
    const e =
      'The U.S. Central Intelligence Agency moved 2.5 million dollars, Dr. Ahmad said. No. 3 on the list, J. Smith, was freed on Oct. 7 at 10 a.m. Local time. Was it the first time? It was not!';
    expect(texts(splitEnglishSentences(e))).toEqual([
      'The U.S. Central Intelligence Agency moved 2.5 million dollars, Dr. Ahmad said.',
      'No. 3 on the list, J. Smith, was freed on Oct. 7 at 10 a.m. Local time.',
      'Was it the first time?',
      'It was not!',
    ]);
  });

  it('keeps a closing quote with its sentence and needs a capital after the stop', () => {
    expect(
      texts(
        splitEnglishSentences(
          'He said: “It lasted two months.” Then the U.S. forces bombed the area. e.g. not a split.',
        ),
      ),
    ).toEqual(['He said: “It lasted two months.”', 'Then the U.S. forces bombed the area. e.g. not a split.']);
  });
});

describe('sentence pairs', () => {
  it('pairs sentences only when both sides have the same number', () => {
    const ar = 'كشفت وكالة تسنيم عن العملية. وقتل عدد كبير من عناصر داعش.';
    expect(
      sentencePairs(ar, 'Tasnim revealed the operation. A large number of ISIS members were killed.').map((p) => [
        p.source.text,
        p.target.text,
      ]),
    ).toEqual([
      ['كشفت وكالة تسنيم عن العملية.', 'Tasnim revealed the operation.'],
      ['وقتل عدد كبير من عناصر داعش.', 'A large number of ISIS members were killed.'],
    ]);
    expect(
      sentencePairs(ar, 'Tasnim revealed the operation, in which a large number of ISIS members were killed.'),
    ).toEqual([]);
    expect(sentencePairs(P[2]!, 'One sentence.')).toEqual([]);
  });
});
