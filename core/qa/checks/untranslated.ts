/**
 * The `untranslated` check: Arabic letters (and Arabic-Indic digits, with a fix) left in the English (Arabic punctuation and invisible marks are the
 * `punctuation` check's), an English identical to the Arabic, and an empty English on a row marked translated.
 */
import { asciiDigits } from '../text/numbers';
import type { QaCheck, QaFlag } from '../types';
import { makeFlag } from './flag';
import { isDone } from '../../model';

const LETTER =
  '\\u0621-\\u063A\\u0641-\\u064A\\u066E-\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
const MARK = '\\u064B-\\u065F\\u0670\\u0640';
/** A run of Arabic words (letters with their marks, spaces between). */
const WORD = `[${LETTER}](?:[${LETTER}]|[${MARK}])*`;
const ARABIC_RUN = new RegExp(`${WORD}(?:\\s+${WORD})*`, 'g');

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Arabic-Indic or Persian digits (with their separators) in the English: the fix writes them in Western digits. */
const ARABIC_DIGITS =
  /[\u0660-\u0669\u06F0-\u06F9](?:[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]*[\u0660-\u0669\u06F0-\u06F9])?/g;

export const untranslatedCheck: QaCheck = {
  id: 'untranslated',
  run(p) {
    if (!isDone(p.status)) return [];
    if (p.target.trim() === '') {
      return [
        makeFlag('untranslated', p, {
          kind: 'empty',
          about: '',
          message: 'the row is marked translated but its English is empty',
        }),
      ];
    }
    if (squash(p.target) === squash(p.source)) {
      return [
        makeFlag('untranslated', p, { kind: 'identical', about: '', message: 'the English is the Arabic, unchanged' }),
      ];
    }
    const flags: QaFlag[] = [];
    for (const m of p.target.matchAll(ARABIC_DIGITS)) {
      const western = asciiDigits(m[0])
        .replace(/\u066C/g, ',')
        .replace(/\u066B/g, '.');
      flags.push(
        makeFlag('untranslated', p, {
          kind: 'digits',
          about: `${m.index}:${m[0]}`,
          message: `Arabic digits in the English: ${m[0]} (${western})`,
          side: 'en',
          start: m.index,
          end: m.index + m[0].length,
          target: m[0],
          params: { fix: western },
          fix: { start: m.index, end: m.index + m[0].length, text: western },
        }),
      );
    }
    for (const m of p.target.matchAll(ARABIC_RUN)) {
      flags.push(
        makeFlag('untranslated', p, {
          kind: 'arabic',
          about: `${m.index}:${m[0]}`,
          message: `Arabic left in the English: ${m[0]}`,
          side: 'en',
          start: m.index,
          end: m.index + m[0].length,
          target: m[0],
        }),
      );
    }
    return flags;
  },
};
