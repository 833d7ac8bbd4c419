import { describe, expect, it } from 'vitest';
import { parseDocHash, rowHref } from './row-url';

describe('row addresses', () => {
  it('reads a document and a row counted from 1', () => {
    expect(parseDocHash('#/doc/abc')).toEqual({ documentId: 'abc', row: undefined });
    expect(parseDocHash('#/doc/abc/row/5000')).toEqual({ documentId: 'abc', row: 5000 });
    expect(parseDocHash('#/doc/a%2Fb/row/1')).toEqual({ documentId: 'a/b', row: 1 });
  });
  it('ignores row 0 and refuses other addresses', () => {
    expect(parseDocHash('#/doc/abc/row/0')).toEqual({ documentId: 'abc', row: undefined });
    expect(parseDocHash('#/doc/abc/row/x')).toBeNull();
    expect(parseDocHash('#/docs')).toBeNull();
    expect(parseDocHash('')).toBeNull();
  });
  it('writes the row from an index counted from 0, and reads it back', () => {
    expect(rowHref('abc', 4999)).toBe('#/doc/abc/row/5000');
    expect(parseDocHash(rowHref('تقرير', 0))).toEqual({ documentId: 'تقرير', row: 1 });
  });
});
