import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../core/model';
import type { JournalEntry } from './journal';
import { planReplay } from './journal-replay';

const rows: Paragraph[] = [
  { index: 0, source: 'طهران-سانا', target: 'Tehran-SANA', status: 'translated', version: 3 },
  { index: 1, source: 'اشتباكات في ولاية جوزجان', target: 'Clashes in Jowzjan', status: 'draft', version: 5 },
  { index: 2, source: 'مديرية درزاب', target: '', status: 'untranslated', version: 0 },
];
const entry = (
  index: number,
  target: string,
  baseVersion: number | undefined,
  over: Partial<JournalEntry> = {},
): JournalEntry => ({
  documentId: 'd',
  index,
  target,
  confirm: false,
  baseVersion,
  tab: 'dead-tab',
  seq: 1,
  at: 0,
  ...over,
});

describe('planReplay', () => {
  it('replays text typed on the stored version, drops what landed, and never overwrites newer text', () => {
    const plan = planReplay(
      [
        entry(0, 'Tehran-SANA', 2), // saved before the crash
        entry(1, 'Clashes in Jowzjan province', 4), // typed on version 4; version 5 was saved elsewhere since
        entry(2, 'Darzab district', 0), // never reached the server
      ],
      rows,
      new Set(),
    );
    expect(plan.drop.map((e) => e.index)).toEqual([0]);
    expect(plan.replay.map((e) => [e.index, e.target])).toEqual([[2, 'Darzab district']]);
    expect(plan.conflicts.map((c) => [c.entry.target, c.theirs.target])).toEqual([
      ['Clashes in Jowzjan province', 'Clashes in Jowzjan'],
    ]);
  });

  it('leaves the entries of a tab that is still open alone, and replays a missing confirm', () => {
    const plan = planReplay(
      [entry(2, 'Darzab', 0, { tab: 'open-tab' }), entry(1, 'Clashes in Jowzjan', 4, { confirm: true })],
      rows,
      new Set(['open-tab']),
    );
    expect(plan.replay.map((e) => [e.index, e.confirm])).toEqual([[1, true]]);
    expect(plan.conflicts).toEqual([]);
  });

  it('replays text whose earlier save landed while the answer was lost in the crash', () => {
    const plan = planReplay(
      [entry(1, 'Clashes in Jowzjan province, officials said', 4, { sent: 'Clashes in Jowzjan' })],
      rows,
      new Set(),
    );
    expect(plan.replay.map((e) => e.target)).toEqual(['Clashes in Jowzjan province, officials said']);
  });
});
