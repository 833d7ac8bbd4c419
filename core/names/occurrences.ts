/**
 * Every occurrence of the discovered names, once the candidates are known: a name found once after a cue
 * (ولاية جوزجان) is also found bare, and behind any proclitic (بأفغانستان, لطالبان, لدير الزور) even when the
 * dictionary lists the cliticised form. Spans start after the clitics, so they sit exactly on the name.
 */
import { keyReadings, readingBaseKey } from '../arabic/clitics';
import type { KeyReading } from '../arabic/clitics';
import { letterOffsets } from '../arabic/scan';
import type { Word } from './words';

export interface NameOccurrence {
  paragraph: number;
  start: number;
  end: number;
}

export interface Found {
  occurrences: NameOccurrence[];
  /** Written forms (marks removed, clitics off), to show the most frequent spelling. */
  forms: Map<string, number>;
}

const RESTORE = { none: '', explicit: '', contracted: 'ا', elided: 'ال' } as const;

/** Candidate keys grouped by their first word, longest first, for one pass over each paragraph. */
export function byFirstWord(keys: Iterable<string>): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const key of keys) {
    const parts = key.split(' ');
    const list = map.get(parts[0] as string) ?? [];
    list.push(parts);
    map.set(parts[0] as string, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

interface Start {
  r: KeyReading;
  list: string[][];
}
const startMemo = new WeakMap<ReadonlyMap<string, string[][]>, Map<string, Start[]>>();

/** The readings of a key that begin a candidate, memoised per key: a document repeats its words. */
function starts(key: string, first: ReadonlyMap<string, string[][]>): Start[] {
  let memo = startMemo.get(first);
  if (!memo) {
    memo = new Map();
    startMemo.set(first, memo);
  }
  let hit = memo.get(key);
  if (!hit) {
    hit = [];
    for (const r of keyReadings(key)) {
      const list = first.get(readingBaseKey(key, r));
      if (list) hit.push({ r, list });
    }
    memo.set(key, hit);
  }
  return hit;
}

/** Adds the occurrences of the candidates in one paragraph to `found` (keyed by the candidate key). */
export function collect(
  text: string,
  paragraph: number,
  words: readonly Word[],
  first: ReadonlyMap<string, string[][]>,
  found: Map<string, Found>,
): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.covered) continue;
    let best: { parts: string[]; prefix: number; restore: string } | undefined;
    for (const { r, list } of starts(w.key, first)) {
      for (const parts of list) {
        if (best && best.parts.length >= parts.length) break;
        const rest = words.slice(i + 1, i + parts.length);
        if (rest.length === parts.length - 1 && rest.every((x, k) => !x.covered && x.key === parts[k + 1])) {
          best = { parts, prefix: r.prefix, restore: RESTORE[r.article] };
          break;
        }
      }
    }
    if (!best) continue;
    const last = words[i + best.parts.length - 1] as Word;
    const start = best.prefix > 0 ? (letterOffsets(text, w.start, w.end)[best.prefix] ?? w.start) : w.start;
    const key = best.parts.join(' ');
    const entry = found.get(key) ?? { occurrences: [], forms: new Map<string, number>() };
    entry.occurrences.push({ paragraph, start, end: last.end });
    const written = [
      best.restore + text.slice(start, w.end),
      ...words.slice(i + 1, i + best.parts.length).map((x) => x.written),
    ]
      .join(' ')
      .replace(/[\u064B-\u065F\u0670\u0640]/g, '');
    entry.forms.set(written, (entry.forms.get(written) ?? 0) + 1);
    found.set(key, entry);
    i += best.parts.length - 1;
  }
}
