/**
 * Readings of one Arabic-script word: which letters are vowels, and which short vowels the script leaves unwritten.
 * Marks in the text are obeyed; where there are none the rules below pick likely readings, each with a penalty,
 * so the schemes can offer the ambiguous alternatives (Jawzjan / Juzjan) in a sensible order.
 */
import { CONSONANTS, SHADDA, SUPERSCRIPT_ALEF, markedVowel, toLetters } from './phonemes';
import type { Reading, Unit, Vowel } from './phonemes';

interface Slot {
  c: string;
  gem: boolean;
  /** Vowel written by a mark, or 'none' for sukun. */
  marked?: Vowel | 'none';
  /** Long vowel written by a following letter: ا, و, ي, or ى. */
  long?: 'aa' | 'w' | 'y' | 'maq';
  /** Vowel choices for a word-initial alif (أ could be a or u, إ is i). */
  initial?: string;
}

const ALIFS = 'اأإآٱ';
const MAX_READINGS = 10;

function buildSlots(word: string): Slot[] {
  const letters = toLetters(word);
  const slots: Slot[] = [];
  letters.forEach((l, i) => {
    const last = slots[slots.length - 1];
    const next = letters[i + 1]?.ch ?? '';
    const gem = l.marks.includes(SHADDA);
    if (i === 0 && ALIFS.includes(l.ch)) {
      slots.push({ c: "'", gem: false, marked: markedVowel(l.marks), initial: l.ch, ...(l.ch === 'آ' ? { long: 'aa' } : {}) });
      return;
    }
    if ((l.ch === 'ا' || l.ch === 'ٱ') && last && last.long === undefined) {
      last.long = 'aa';
      return;
    }
    if (l.ch === 'ى' && last && last.long === undefined) {
      last.long = 'maq';
      return;
    }
    if ((l.ch === 'و' || l.ch === 'ي' || l.ch === 'ی') && last && last.long === undefined && !gem) {
      const own = markedVowel(l.marks);
      // A glide before a vowel letter, with its own vowel, or after a consonant with sukun is a consonant (Diwan, Ruwayd).
      const consonantal = (own !== undefined && own !== 'none') || (next !== '' && 'اىةأ'.includes(next)) || last.marked === 'none';
      if (!consonantal) {
        // After a marked fatha it is a diphthong (zayd); otherwise a long vowel or a diphthong, chosen in readWord.
        last.long = l.ch === 'و' ? 'w' : 'y';
        return;
      }
    }
    const c = CONSONANTS[l.ch] ?? '';
    if (c === '') return;
    const slot: Slot = { c, gem, marked: markedVowel(l.marks) };
    if (l.marks.includes(SUPERSCRIPT_ALEF)) slot.long = 'aa';
    slots.push(slot);
  });
  // The letter before ة carries a: -a, -ah, -at. In -iyya the ي is consonantal and the letter before it has ī.
  slots.forEach((s, i) => {
    if (s.c !== 'p') return;
    const before = slots[i - 1];
    if (before && before.long === undefined && before.marked === undefined) before.marked = 'a';
    const before2 = slots[i - 2];
    if (before && before.c === 'y' && before2 && before2.long === undefined && before2.marked === undefined) before2.long = 'y';
  });
  return slots;
}

interface Choice {
  options: Array<{ penalty: number; apply: (units: Unit[]) => void }>;
}

/** Readings of one word, most likely first. */
export function readWord(word: string): Reading[] {
  const slots = buildSlots(word);
  if (slots.length === 0) return [];
  const base: Unit[] = slots.map((s) => ({ c: s.c, v: '', gem: s.gem }));
  const extras = new Map<number, Unit>(); // diphthong glides inserted after a slot
  const choices: Choice[] = [];
  const unknown: boolean[] = [];

  slots.forEach((s, i) => {
    const u = base[i] as Unit;
    unknown[i] = false;
    if (s.c === 'p') return;
    if (s.long === 'aa') u.v = 'aa';
    else if (s.long === 'maq') u.v = 'aa_maqsura';
    else if (s.long === 'w' || s.long === 'y') {
      const longV: Vowel = s.long === 'w' ? 'uu' : 'ii';
      const glide = s.long;
      // A long vowel in a closed syllable before another consonant is rare: there the letter is a diphthong (Jawzjan).
      const closed = i + 2 < slots.length && slots[i + 1]?.long === undefined && slots[i + 1]?.marked === undefined && slots[i + 1]?.c !== 'p';
      const end = i === slots.length - 1;
      const diph = closed ? 0 : end ? 1.2 : 0.6;
      const lng = closed ? 0.6 : 0;
      const markedA = s.marked === 'a';
      if (markedA) {
        u.v = 'a';
        extras.set(i, { c: glide, v: '', gem: false });
      } else
        choices.push({
          options: [
            { penalty: lng, apply: (us) => ((us[i] as Unit).v = longV) },
            { penalty: diph, apply: (us) => ((us[i] as Unit).v = glide === 'w' ? 'aw' : 'ay') },
          ],
        });
    } else if (s.marked !== undefined) u.v = s.marked === 'none' ? '' : s.marked;
    else if (s.initial !== undefined) {
      const opts: Array<[Vowel, number]> =
        s.initial === 'إ' ? [['i', 0]] : s.initial === 'أ' ? [['a', 0], ['u', 0.7], ['i', 1.4]] : [['a', 0], ['i', 0.6], ['u', 0.9]];
      choices.push({ options: opts.map(([v, p]) => ({ penalty: p, apply: (us) => ((us[i] as Unit).v = v) })) });
    } else unknown[i] = true;
  });

  const harmony: Vowel = slots[0]?.initial === 'إ' ? 'i' : 'a';
  const qualities: Array<[Vowel, number]> = harmony === 'i' ? [['i', 0], ['a', 0.5], ['u', 1]] : [['a', 0], ['i', 0.8], ['u', 1]];
  const patterns = clusterPatterns(unknown, slots);
  const readings: Reading[] = [];
  for (const [pattern, pp] of patterns) {
    for (const [q, qp] of qualities) {
      if (!pattern.includes(true) && q !== qualities[0]?.[0]) continue;
      expand(choices, 0, pp + qp, (penalty, applies) => {
        const units = base.map((u) => ({ ...u }));
        pattern.forEach((ins, i) => {
          if (ins) (units[i] as Unit).v = q;
        });
        for (const a of applies) a(units);
        readings.push({ units: withGlides(units, extras), penalty });
      });
    }
  }
  readings.sort((a, b) => a.penalty - b.penalty);
  return readings.slice(0, MAX_READINGS * 3);
}

function expand(choices: Choice[], at: number, penalty: number, done: (p: number, a: Array<(u: Unit[]) => void>) => void, acc: Array<(u: Unit[]) => void> = []): void {
  if (penalty > 4) return;
  const choice = choices[at];
  if (!choice) {
    done(penalty, acc);
    return;
  }
  for (const o of choice.options) expand(choices, at + 1, penalty + o.penalty, done, [...acc, o.apply]);
}

function withGlides(units: Unit[], extras: ReadonlyMap<number, Unit>): Unit[] {
  const out: Unit[] = [];
  units.forEach((u, i) => {
    if (u.v === 'aw' || u.v === 'ay') {
      out.push({ ...u, v: 'a' }, { c: u.v === 'aw' ? 'w' : 'y', v: '', gem: false });
      return;
    }
    out.push(u);
    const e = extras.get(i);
    if (e) out.push(e);
  });
  return out;
}

/**
 * Where short vowels go between consonants with no written vowel. Arabic has no word-initial cluster, allows two
 * consonants between vowels, and a word may end in two (Balkh, Helmand); longer clusters are broken.
 * Returns insert-a-vowel-here masks with penalties, the likely one first.
 */
function clusterPatterns(unknown: readonly boolean[], slots: readonly Slot[]): Array<[boolean[], number]> {
  let variants: Array<[boolean[], number]> = [[unknown.map(() => false), 0]];
  let i = 0;
  while (i < unknown.length) {
    if (!unknown[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < unknown.length && unknown[j]) j++;
    const run = j - i;
    const atStart = i === 0;
    const atEnd = j === unknown.length || slots.slice(j).every((s) => s.c === 'p');
    const options = runOptions(run, atStart, atEnd);
    const next: Array<[boolean[], number]> = [];
    for (const [mask, p] of variants)
      for (const [opt, op] of options) {
        const m = [...mask];
        opt.forEach((ins, k) => (m[i + k] = ins));
        next.push([m, p + op]);
      }
    variants = next.sort((a, b) => a[1] - b[1]).slice(0, 8);
    i = j;
  }
  return variants;
}

function runOptions(run: number, atStart: boolean, atEnd: boolean): Array<[boolean[], number]> {
  if (atStart) {
    // The first consonant always takes a vowel; the rest is a medial or final run.
    const rest = run - 1;
    return runOptions(rest, false, atEnd).map(([m, p]) => [[true, ...m], p]);
  }
  const f = false;
  const t = true;
  if (run === 0) return [[[], 0]];
  if (atEnd) {
    if (run === 1) return [[[f], 0]];
    if (run === 2) return [[[f, f], 0], [[t, f], 0.7]];
    if (run === 3) return [[[f, t, f], 0], [[t, f, f], 0.4]];
    if (run === 4) return [[[f, f, t, f], 0], [[f, t, f, f], 0.5]];
    return [[Array.from({ length: run }, (_, k) => k % 2 === 1 && k < run - 1), 0]];
  }
  // Medial: the run is followed by a consonant that has its vowel.
  if (run === 1) return [[[f], 0]];
  if (run === 2) return [[[t, f], 0], [[f, t], 0.3]];
  if (run === 3) return [[[f, t, f], 0], [[t, f, t], 0.6]];
  return [[Array.from({ length: run }, (_, k) => k % 2 === 1), 0]];
}
