/**
 * Latin acronyms spelled out in Arabic letter names (بي كي كي → PKK, واي بي جي → YPG, إن بي سي → NBC): a name
 * every word of which is a letter's name is read as the acronym, its ambiguous letters (بي: B or P; اي: I or E)
 * both ways, best first. A general rule of how Arabic writes acronyms, no list of acronyms. Pure.
 */
import { normalizeArabic } from '../../arabic/normalize';

/** Letter names on normalised keys (أ إ آ → ا), each with its letters and penalties. */
const LETTERS: Readonly<Record<string, ReadonlyArray<[string, number]>>> = {
  بي: [
    ['B', 0],
    ['P', 0.05],
  ],
  سي: [['C', 0]],
  دي: [['D', 0]],
  اي: [
    ['I', 0],
    ['E', 0.2],
  ],
  ايه: [['A', 0]],
  اف: [['F', 0]],
  جي: [['G', 0]],
  اتش: [['H', 0]],
  ايتش: [['H', 0]],
  جاي: [['J', 0]],
  جيه: [['J', 0]],
  كي: [['K', 0]],
  كاي: [['K', 0.1]],
  ال: [['L', 0]],
  ام: [['M', 0]],
  ان: [['N', 0]],
  او: [['O', 0]],
  كيو: [['Q', 0]],
  ار: [['R', 0]],
  اس: [['S', 0]],
  تي: [['T', 0]],
  يو: [['U', 0]],
  في: [['V', 0]],
  دبليو: [['W', 0]],
  دابليو: [['W', 0]],
  اكس: [['X', 0]],
  واي: [['Y', 0]],
  زد: [['Z', 0]],
};

/** Words that are also common Arabic words (في, أو, إن, ال): an acronym needs at least one letter name besides them. */
const ARABIC_TOO = new Set(['في', 'او', 'ان', 'ال', 'اي', 'ايه']);

/** The acronym readings of a name, best first; [] when it is not a run of two or more letter names. */
export function acronymReadings(words: readonly string[], limit = 4): string[] {
  const keys = words.map((w) => normalizeArabic(w));
  if (keys.length < 2 || keys.some((k) => !LETTERS[k]) || keys.every((k) => ARABIC_TOO.has(k))) return [];
  let beam: Array<[string, number]> = [['', 0]];
  for (const k of keys) {
    const next: Array<[string, number]> = [];
    for (const [t, p] of beam) for (const [l, q] of LETTERS[k]!) next.push([t + l, p + q]);
    beam = next.sort((a, b) => a[1] - b[1]).slice(0, 8);
  }
  return beam.slice(0, limit).map(([t]) => t);
}
