import { describe, expect, it } from 'vitest';
import { allRows, filteredRows } from './row-order';

describe('row order', () => {
  it('moves within the filtered rows, from a shown or a hidden row', () => {
    const o = filteredRows([2, 5, 9]);
    expect(o.count).toBe(3);
    expect(o.indexAt(1)).toBe(5);
    expect(o.positionOf(9)).toBe(2);
    expect(o.positionOf(4)).toBe(-1);
    expect(o.step(5, 1)).toBe(9);
    expect(o.step(5, -1)).toBe(2);
    expect(o.step(9, 1)).toBe(9);
    expect(o.step(3, 1)).toBe(5);
    expect(o.step(3, -1)).toBe(2);
    expect(o.step(0, -1)).toBe(2);
  });
  it('without a filter is the identity, clamped', () => {
    const o = allRows(4);
    expect(o.step(3, 1)).toBe(3);
    expect(o.step(0, -10)).toBe(0);
    expect(o.positionOf(4)).toBe(-1);
  });
});
