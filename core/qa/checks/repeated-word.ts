/** The `repeated-word` check: a word written twice (the the, and and), whatever the case; "had had", "that that" are English. */
import type { QaCheck, QaFlag } from '../types';
import { checkable, makeFlag } from './flag';

const REPEAT = /\b([A-Za-z]+(?:['’][A-Za-z]+)?)(\s+)\1\b/gi;
const ALLOWED = new Set(['had', 'that', 'is']);

export const repeatedWordCheck: QaCheck = {
  id: 'repeated-word',
  run(p) {
    if (!checkable(p)) return [];
    const flags: QaFlag[] = [];
    for (const m of p.target.matchAll(REPEAT)) {
      const word = m[1]!;
      if (ALLOWED.has(word.toLowerCase())) continue;
      const second = m.index + word.length;
      flags.push(
        makeFlag('repeated-word', p, {
          kind: 'repeated',
          about: `${m.index}:${word.toLowerCase()}`,
          message: `“${word}” written twice`,
          side: 'en',
          start: m.index,
          end: m.index + m[0].length,
          target: m[0],
          params: { word },
          fix: { start: second, end: second + m[2]!.length + word.length, text: '' },
        }),
      );
    }
    return flags;
  },
};
