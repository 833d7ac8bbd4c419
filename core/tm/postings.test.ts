import { describe, expect, it } from 'vitest';
import { NewestFirst, decodeDeltas, encodeDeltas, matchingAll, newestInAll } from './postings';

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

  it('reads a list from its newest end and finds the same rowids in every group, newest first', () => {
    const list = (rowids: number[]): NewestFirst => {
      const half = Math.floor(rowids.length / 2);
      const bytes = new Uint8Array([
        ...encodeDeltas(rowids.slice(0, half), 0),
        ...encodeDeltas(rowids.slice(half), rowids[half - 1] ?? 0),
      ]);
      return new NewestFirst(bytes, rowids.at(-1) ?? 0);
    };
    const big = [1, 2, 130, 20_000, 3_000_000, 3_000_001, 9_999_999_999];
    expect([...newestInAll([[list(big)]])]).toEqual([...big].reverse());
    const groups = () => [[list([5, 7, 8])], [list([1, 5, 9]), list([2, 7])], [list([3, 5, 7, 9])]];
    expect([...newestInAll(groups())]).toEqual([7, 5]);
    expect([...newestInAll([[list([])], [list([1])]])]).toEqual([]);
  });
});
