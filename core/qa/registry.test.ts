import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../model';
import { QA_CHECKS, runChecks, runChecksPaced } from './registry';

const ROWS: Paragraph[] = [
  [
    'قال والي جوزجان إن 12 مسلحا قتلوا في مديرية درزاب.',
    'The governor of Jowzjan said 13 militants were killed in Darzab.',
  ],
  ['أعلنت حركة طالبان مسؤوليتها عن الهجوم.', 'The Taliban claimed claimed responsibility for the attack.'],
  ['قال والي جوزجان إن 12 مسلحا قتلوا في مديرية درزاب.', 'Jowzjan governor: 12 militants killed in Darzab.'],
  ['وصل الوفد إلى كابل يوم 3 مارس.', 'The delegation arrived in Kabul on 4 March.'],
].map(([source, target], index) => ({ index, source: source!, target: target!, status: 'translated' }));

const glossary = {
  match: (source: string) =>
    source.includes('طالبان')
      ? [
          {
            start: source.indexOf('طالبان'),
            end: source.indexOf('طالبان') + 6,
            text: 'طالبان',
            term: { id: 't', source: 'طالبان', target: 'Taliban', kind: 'org' as const, variants: [], note: '' },
          },
        ]
      : [],
};

describe('paced QA', () => {
  it('finds the same flags as one block, pausing between slices so other calls get a turn', async () => {
    const context = { settings: { englishVariant: 'en-US' }, glossary } as const;
    const whole = runChecks(QA_CHECKS, ROWS, context);
    expect(whole.map((f) => f.check)).toEqual(expect.arrayContaining(['number', 'repeated-word', 'consistency']));
    let pauses = 0;
    const answered: string[] = [];
    const paced = await runChecksPaced(QA_CHECKS, ROWS, context, {
      sliceMs: 0,
      pause: async () => {
        pauses++;
        answered.push(`save ${pauses}`); // what a save waiting on the thread would do in this turn
        await Promise.resolve();
      },
    });
    expect(paced).toEqual(whole);
    // Every paragraph is a slice here (0 ms): the glossary pre-read and the checks each give way once per row.
    expect(pauses).toBe(ROWS.length * 2);
    expect(answered).toHaveLength(8);
  });

  it('checks only the rows asked for, with the whole document as the context', async () => {
    const context = { settings: { englishVariant: 'en-US' }, glossary } as const;
    const paced = await runChecksPaced(QA_CHECKS, ROWS, context, { pause: async () => undefined, only: [2] });
    expect(paced).toEqual(runChecks(QA_CHECKS, ROWS, context, [2]));
    expect(new Set(paced.map((f) => f.paragraph))).toEqual(new Set([2]));
  });
});
