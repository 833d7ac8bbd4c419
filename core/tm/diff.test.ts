import { describe, expect, it } from 'vitest';
import { wordDiff } from './diff';

describe('word diff', () => {
  it('marks orthography-only differences apart from inserted and deleted words', () => {
    const match = 'وأشارت الوكالة في تقرير نشرته أمس إلى أنه';
    const row = 'واشارت الوكالة في تقرير نشرته اليوم إلى أنّه';
    expect(wordDiff(match, row)).toEqual([
      { kind: 'ortho', text: 'وأشارت' },
      { kind: 'same', text: 'الوكالة في تقرير نشرته' },
      { kind: 'deleted', text: 'اليوم' },
      { kind: 'inserted', text: 'أمس' },
      { kind: 'same', text: 'إلى' },
      { kind: 'ortho', text: 'أنه' },
    ]);
  });
});
