/**
 * A word diff of a match's Arabic against the row's Arabic, for the Memory tab: words as written, compared on
 * their normalised form, so a difference of orthography only (diacritics, hamza, alef, tatweel) is marked `ortho`
 * (shown quietly) rather than as a deletion and an insertion. LCS over words; paragraphs are short.
 */
import { normalizeArabic } from '../arabic/normalize';

export type DiffPart = { kind: 'same' | 'ortho' | 'inserted' | 'deleted'; text: string };

const WORDS = /\S+/g;

/** `match`: the unit's Arabic; `current`: the row's. `inserted` are words of the match the row lacks. */
export function wordDiff(match: string, current: string): DiffPart[] {
  const a = match.match(WORDS) ?? [];
  const b = current.match(WORDS) ?? [];
  const key = (w: string): string => normalizeArabic(w).replace(/[^\p{L}\p{N}]/gu, '');
  const ka = a.map(key);
  const kb = b.map(key);
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string): void => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += ` ${text}`;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) {
      push(a[i] === b[j] ? 'same' : 'ortho', a[i]!);
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push('deleted', b[j]!);
      j++;
    } else {
      push('inserted', a[i]!);
      i++;
    }
  }
  return out;
}
