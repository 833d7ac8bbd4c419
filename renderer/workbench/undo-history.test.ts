import { describe, expect, it } from 'vitest';
import { typedChange, UndoHistory } from './undo-history';

function type(h: UndoHistory, index: number, from: string, text: string): string {
  let cur = from;
  for (const c of text) {
    const next = cur + c;
    h.text(index, cur, next);
    cur = next;
  }
  return cur;
}

describe('UndoHistory', () => {
  it('undoes typing a word at a time, and an insert as one step', () => {
    const h = new UndoHistory();
    let s = type(h, 0, '', 'Clashes in');
    h.text(0, s, `${s} Jowzjan`); // Alt+1 inserted a term
    s = `${s} Jowzjan`;
    s = type(h, 0, s, ' province');
    expect(h.undo()).toMatchObject({ before: 'Clashes in Jowzjan', after: 'Clashes in Jowzjan province' });
    expect(h.undo()).toMatchObject({ before: 'Clashes in', after: 'Clashes in Jowzjan', typing: false });
    expect(h.undo()).toMatchObject({ before: 'Clashes ', after: 'Clashes in' });
    expect(h.undo()).toMatchObject({ before: '', after: 'Clashes ' });
    expect(h.undo()).toBeUndefined();
    expect(h.redo()).toMatchObject({ after: 'Clashes ' });
  });

  it('keeps rows apart and clears the redo list on a new step', () => {
    const h = new UndoHistory();
    type(h, 0, '', 'ab');
    type(h, 1, '', 'cd');
    expect(h.undo()).toMatchObject({ index: 1 });
    h.push({ kind: 'status', index: 0, target: 'ab', before: 'draft', after: 'translated' });
    expect(h.redo()).toBeUndefined();
    expect(h.undo()).toMatchObject({ kind: 'status' });
    expect(h.undo()).toMatchObject({ index: 0, after: 'ab' });
  });

  it('tells a keystroke from a bigger edit', () => {
    expect(typedChange('Kabl', 'Kabul')).toEqual({ char: 'u', inserted: true });
    expect(typedChange('Kabul', 'Kabl')).toEqual({ char: 'u', inserted: false });
    expect(typedChange('Kabul', 'Kabul city')).toBeNull();
  });
});
