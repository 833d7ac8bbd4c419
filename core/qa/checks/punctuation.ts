/**
 * The `punctuation` check of the English: Arabic punctuation left in it (with its fix), unbalanced brackets and
 * quotes, doubled spaces, invisible direction/joining marks and tatweel, and end punctuation the Arabic has and
 * the English lacks.
 */
import type { Paragraph } from '../../model';
import type { QaCheck, QaFlag } from '../types';
import { checkable, makeFlag } from './flag';

const ARABIC_PUNCT: Readonly<Record<string, string>> = { '،': ',', '؛': ';', '؟': '?', '«': '“', '»': '”', '٪': '%' };
const INVISIBLE = /[\u200C-\u200F\u061C\u202A-\u202E\u2066-\u2069\u0640]+/g;
const NAMES: Readonly<Record<string, string>> = {
  '\u200C': 'U+200C',
  '\u200D': 'U+200D',
  '\u200E': 'U+200E',
  '\u200F': 'U+200F',
  '\u061C': 'U+061C',
  '\u0640': 'tatweel',
};
const codeName = (c: string): string => NAMES[c] ?? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const PAIRS: ReadonlyArray<[string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['“', '”'],
];
const CLOSERS = /[\s"”’'»)\]\u200C-\u200F\u061C\u202A-\u202E\u2066-\u2069]+$/;
const END_MARKS: Readonly<Record<string, string>> = { '.': '.', '!': '!', '?': '?', '؟': '?', ':': ':', '…': '…' };

/** The first bracket without its partner, or undefined when they balance. */
function unbalanced(text: string, open: string, close: string): number | undefined {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) stack.push(i);
    else if (text[i] === close && stack.pop() === undefined) return i;
  }
  return stack[0];
}

function endFlag(p: Paragraph): QaFlag | undefined {
  const ar = p.source.replace(CLOSERS, '');
  const mark = END_MARKS[ar.at(-1) ?? ''];
  if (!mark) return undefined;
  const en = p.target.replace(CLOSERS, '');
  const last = en.at(-1) ?? '';
  if (!/[\p{L}\p{N}]/u.test(last)) return undefined;
  return makeFlag('punctuation', p, {
    kind: 'end',
    about: mark,
    message: `the Arabic ends with “${ar.at(-1)}”, the English has no end punctuation`,
    side: 'en',
    start: en.length - 1,
    end: en.length,
    source: ar.at(-1)!,
    fix: { start: en.length, end: en.length, text: mark },
  });
}

export const punctuationCheck: QaCheck = {
  id: 'punctuation',
  run(p) {
    // An English that is the Arabic unchanged is the `untranslated` check's; its punctuation is not a problem of its own.
    if (!checkable(p) || p.target.replace(/\s+/g, ' ').trim() === p.source.replace(/\s+/g, ' ').trim()) return [];
    const t = p.target;
    const flags: QaFlag[] = [];
    for (let i = 0; i < t.length; i++) {
      const fix = ARABIC_PUNCT[t[i]!];
      if (fix === undefined) continue;
      // "word ، word": the space before the Arabic comma goes with it.
      const from = t[i - 1] === ' ' && ',;?”%'.includes(fix) ? i - 1 : i;
      flags.push(
        makeFlag('punctuation', p, {
          kind: 'arabic',
          about: `${i}`,
          message: `Arabic punctuation “${t[i]}” in the English: “${fix}”`,
          side: 'en',
          start: i,
          end: i + 1,
          target: t[i]!,
          params: { fix },
          fix: { start: from, end: i + 1, text: fix },
        }),
      );
    }
    for (const m of t.matchAll(INVISIBLE)) {
      const names = [...new Set([...m[0]].map(codeName))].join(', ');
      flags.push(
        makeFlag('punctuation', p, {
          kind: 'invisible',
          about: `${m.index}`,
          message: `invisible marks in the English (${names})`,
          side: 'en',
          start: m.index,
          end: m.index + m[0].length,
          target: names,
          params: { marks: names },
          fix: { start: m.index, end: m.index + m[0].length, text: '' },
        }),
      );
    }
    for (const m of t.matchAll(/(?<=\S) {2,}(?=\S)/g)) {
      flags.push(
        makeFlag('punctuation', p, {
          kind: 'spaces',
          about: `${m.index}`,
          message: 'a doubled space in the English',
          side: 'en',
          start: m.index,
          end: m.index + m[0].length,
          fix: { start: m.index, end: m.index + m[0].length, text: ' ' },
        }),
      );
    }
    for (const [open, close] of PAIRS) {
      const at = unbalanced(t, open, close);
      if (at === undefined) continue;
      flags.push(
        makeFlag('punctuation', p, {
          kind: 'unbalanced',
          about: open,
          message: `“${t[at]}” without its partner in the English`,
          side: 'en',
          start: at,
          end: at + 1,
          target: t[at]!,
        }),
      );
    }
    const quotes = [...t.matchAll(/"/g)];
    if (quotes.length % 2 === 1) {
      const at = quotes.at(-1)!.index;
      flags.push(
        makeFlag('punctuation', p, {
          kind: 'unbalanced',
          about: '"',
          message: '“"” without its partner in the English',
          side: 'en',
          start: at,
          end: at + 1,
          target: '"',
        }),
      );
    }
    const end = endFlag(p);
    if (end) flags.push(end);
    return flags;
  },
};
