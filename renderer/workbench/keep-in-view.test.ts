import { describe, expect, it } from 'vitest';
import { placeOffset } from './keep-in-view';

const view = { offset: 1000, size: 600, total: 100_000 };

describe('placeOffset: where a row a jump went to is scrolled', () => {
  it('centres a row for go to and find, and leaves it when it is centred already', () => {
    expect(placeOffset({ start: 5000, end: 5200, last: false }, view, 'center')).toBe(4800);
    expect(placeOffset({ start: 5000, end: 5200, last: false }, { ...view, offset: 4800 }, 'center')).toBeNull();
  });

  it('puts a row taller than the list at its top', () => {
    expect(placeOffset({ start: 5000, end: 5900, last: false }, view, 'center')).toBe(5000);
  });

  it('moves only as far as needed near by, with the start of the next row showing', () => {
    // In view with room for the next row's start: nothing to do.
    expect(placeOffset({ start: 1100, end: 1300, last: false }, view, 'near')).toBeNull();
    // At the bottom edge: up by the row's overflow and the 56 px of the next row.
    expect(placeOffset({ start: 1400, end: 1600, last: false }, view, 'near')).toBe(1056);
    // The last row needs no peek; a row above the list goes to its top.
    expect(placeOffset({ start: 1400, end: 1600, last: true }, view, 'near')).toBeNull();
    expect(placeOffset({ start: 900, end: 1100, last: false }, view, 'near')).toBe(900);
  });

  it('stays within the list: the first rows at 0, the last ones at the end', () => {
    expect(placeOffset({ start: 0, end: 150, last: false }, view, 'center')).toBe(0);
    expect(placeOffset({ start: 99_850, end: 100_000, last: true }, view, 'center')).toBe(99_400);
  });
});
