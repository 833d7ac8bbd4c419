import { describe, expect, it } from 'vitest';
import { decodeDeltas, encodeDeltas, matchingAll } from './postings';

describe('posting lists', () => {
  it('round-trips ascending rowids, appended after a last one', () => {
    const a = [1, 2, 130, 20_000, 3_000_000];
    const more = [3_000_001, 9_999_999_999];
    const bytes = new Uint8Array([...encodeDeltas(a, 0), ...encodeDeltas(more, 3_000_000)]);
    expect(decodeDeltas(bytes)).toEqual([...a, ...more]);
  });

  it('finds the rowids in every group, newest first', () => {
    expect(
      matchingAll([
        [
          [1, 5, 9],
          [2, 7],
        ],
        [[5, 7, 8]],
        [[3, 5, 7, 9]],
      ]),
    ).toEqual([7, 5]);
    expect(matchingAll([[[4, 6]]])).toEqual([6, 4]);
  });
});
