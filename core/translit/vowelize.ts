/**
 * Readings of one Arabic-script word: which letters are vowels, and which short vowels the script leaves unwritten.
 * Marks in the text are obeyed; where there are none the rules below pick likely readings, each with a penalty,
 * so the schemes can offer the ambiguous alternatives (Jawzjan / Juzjan) in a sensible order.
 */
import { CONSONANTS, SHADDA, SUPERSCRIPT_ALEF, markedVowel, toLetters } from './phonemes';
import type { Reading, Unit, Vowel } from './phonemes';
import { clusterPatterns } from './clusters';

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
      slots.push({
        c: "'",
        gem: false,
        marked: markedVowel(l.marks),
        initial: l.ch,
        ...(l.ch === 'آ' ? { long: 'aa' } : {}),
      });
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
      // و before ي is a consonant too: the diminutive Cuwayc (Suwayda, Huwayja, Kuwait).
      const before = l.ch === 'و' ? 'اىةأيی' : 'اىةأ';
      const consonantal =
        (own !== undefined && own !== 'none') || (next !== '' && before.includes(next)) || last.marked === 'none';
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
    if (before && before.c === 'y' && before2 && before2.long === undefined && before2.marked === undefined)
      before2.long = 'y';
  });
  stanEnding(slots);
  return slots;
}

/**
 * The Persian ending -stān (Afghanistan, Kurdistan, Pakistan, Tajikistan) follows a short i: the consonant before s
 * takes i and s none, whatever the cluster rules would prefer (not Afghanastan).
 */
function stanEnding(slots: Slot[]): void {
  const n = slots.length;
  const [x, s, t, nn] = [slots[n - 4], slots[n - 3], slots[n - 2], slots[n - 1]];
  if (n < 5 || s?.c !== 's' || t?.c !== 't' || t.long !== 'aa' || nn?.c !== 'n' || !isUnknown(x) || !isUnknown(s))
    return;
  (x as Slot).marked = 'i';
  (s as Slot).marked = 'none';
}

interface Option {
  penalty: number;
  apply: (units: Unit[]) => void;
}

const BEAM_WIDTH = 40;

const isUnknown = (s: Slot | undefined): boolean =>
  s !== undefined && s.c !== 'p' && s.long === undefined && s.marked === undefined && s.initial === undefined;

/** Index of the last slot that is not ة. */
function lastConsonant(slots: readonly Slot[]): number {
  let k = slots.length - 1;
  while (k > 0 && slots[k]?.c === 'p') k--;
  return k;
}

/** CuCCa: three consonants and ة, none with a written vowel (the a before ة is the rules'). */
const fuCla = (slots: readonly Slot[]): boolean =>
  slots.length === 4 &&
  slots[3]?.c === 'p' &&
  isUnknown(slots[0]) &&
  isUnknown(slots[1]) &&
  slots[2]?.long === undefined &&
  slots[2]?.initial === undefined;
/** CuCūC: a bare consonant, then one with ū, then a bare final consonant. */
const fuCuul = (slots: readonly Slot[]): boolean =>
  slots.length === 3 &&
  isUnknown(slots[0]) &&
  slots[1]?.long === 'w' &&
  slots[1].marked === undefined &&
  isUnknown(slots[2]);

/**
 * Vowel qualities for a short vowel the script leaves unwritten, by position: mu- of participles (Muhammad, Mujahid,
 * Mustafa), -i- of the active participle fāʿil (Khalid, Hafiz), a or i in a final syllable (Hasan, Malik), else a.
 */
function qualities(slots: readonly Slot[], i: number, harmony: Vowel, persian: boolean): Array<[Vowel, number]> {
  const s = slots[i] as Slot;
  const last = lastConsonant(slots);
  if (i === 0 && s.c === 'm') {
    let run = 1;
    while (run < slots.length && isUnknown(slots[run - 1]) && slots[run]?.c !== 'p') run++;
    const afterLong = last - 1;
    if (run >= 4 || (slots[1]?.long === 'aa' && afterLong >= 2))
      return [
        ['u', 0],
        ['a', 0.3],
        ['i', 0.6],
      ];
    if (run === 3)
      return [
        ['a', 0],
        ['u', 0.25],
        ['i', 0.5],
      ];
  }
  if (harmony === 'i')
    return [
      ['i', 0],
      ['a', 0.5],
      ['u', 1],
    ];
  // Before a consonantal y the vowel is mostly i (Riyad, Ziyad, Diyala), before w often u (Huwayja, Suwayda).
  const next = slots[i + 1];
  if (next?.c === 'y' && next.long === 'aa')
    return [
      ['i', 0],
      ['a', 0.2],
      ['u', 0.8],
    ];
  if (i === last - 1 && i > 0 && slots[i - 1]?.long === 'aa' && isUnknown(slots[last])) {
    return s.c === 'w' || s.c === 'y'
      ? [
          ['a', 0],
          ['i', 0.5],
          ['u', 1],
        ]
      : [
          ['i', 0],
          ['a', 0.4],
          ['u', 0.9],
        ];
  }
  if (i === last - 1 && isUnknown(slots[last]))
    return [
      ['a', 0],
      ['i', 0.2],
      ['u', 0.7],
    ];
  // Word-initial ʿayn before a bare consonant takes u often (Umar, Uthman, Uday, Uqba; Omar in the press).
  if (i === 0 && s.c === 'E' && isUnknown(slots[1]))
    return [
      ['a', 0],
      ['u', 0.1],
      ['i', 0.35],
    ];
  // Arabic nouns whose first vowel is u as often as a or i: fuʿla (Rutba, Nusra, Uqba, Jumʿa) and fuʿūl (Shughur,
  // Zuhur, Sudur).
  if (i === 0 && !persian && (fuCla(slots) || fuCuul(slots)))
    return [
      ['a', 0],
      ['u', 0.25],
      ['i', 0.3],
    ];
  // First syllables take i about as often as a (Hikmat, Tikrit, Sinjar); in Persian and Pashto names i and u more
  // often (Helmand, Herat, Kermanshah, Mohaqiq).
  if (persian)
    return i === 0
      ? [
          ['a', 0],
          ['i', 0.15],
          ['u', 0.3],
        ]
      : [
          ['a', 0],
          ['i', 0.3],
          ['u', 0.45],
        ];
  return i === 0
    ? [
        ['a', 0],
        ['i', 0.3],
        ['u', 0.6],
      ]
    : [
        ['a', 0],
        ['i', 0.5],
        ['u', 0.7],
      ];
}

function slotOptions(
  slots: readonly Slot[],
  i: number,
  mask: readonly boolean[],
  harmony: Vowel,
  extras: Map<number, Unit>,
  persian: boolean,
): Option[] {
  const s = slots[i] as Slot;
  const insert = mask[i] === true;
  const set = (v: Vowel) => (us: Unit[]) => ((us[i] as Unit).v = v);
  if (s.c === 'p') return [{ penalty: 0, apply: () => undefined }];
  if (s.long === 'aa') return [{ penalty: 0, apply: set('aa') }];
  if (s.long === 'maq') return [{ penalty: 0, apply: set('aa_maqsura') }];
  if (s.long === 'w' || s.long === 'y') {
    const glide = s.long;
    if (s.marked === 'a') {
      extras.set(i, { c: glide, v: '', gem: false });
      return [{ penalty: 0, apply: set('a') }];
    }
    // A long vowel in a closed syllable is rare: there the letter is a diphthong (Jawzjan). In a first open
    // syllable both are common (Maysan, Misan); at the end of a word the long vowel is likelier. A final closed
    // syllable is long in longer words (Amin, Rasul), a diphthong more often in one syllable (Qays, Zayd; Nur).
    const next = slots[i + 1];
    const bare = isUnknown(next) && next?.c !== 'p' && mask[i + 1] !== true;
    const closed = bare && i + 2 < slots.length;
    const mono = bare && i === 0 && slots.length === 2;
    const end = i === slots.length - 1;
    const diph = closed ? 0 : mono ? (glide === 'y' ? 0 : 0.3) : end ? 1.2 : i === 0 ? 0.15 : 0.6;
    const lng = closed ? 0.6 : mono ? (glide === 'y' ? 0.3 : 0) : 0;
    return [
      { penalty: lng, apply: set(glide === 'w' ? 'uu' : 'ii') },
      { penalty: diph, apply: set(glide === 'w' ? 'aw' : 'ay') },
    ];
  }
  if (s.marked !== undefined) return [{ penalty: 0, apply: set(s.marked === 'none' ? '' : s.marked) }];
  if (s.initial !== undefined) {
    const opts: Array<[Vowel, number]> =
      s.initial === 'إ'
        ? [['i', 0]]
        : s.initial === 'أ'
          ? [
              ['a', 0],
              ['u', 0.7],
              ['i', 0.8],
            ]
          : [
              ['a', 0],
              ['i', 0.6],
              ['u', 0.9],
            ];
    return opts.map(([v, p]) => ({ penalty: p, apply: set(v) }));
  }
  if (!insert) return [{ penalty: 0, apply: set('') }];
  return qualities(slots, i, harmony, persian).map(([v, p]) => ({ penalty: p, apply: set(v) }));
}

/** Doubling the script does not write: faʿʿāl (Khattab, Ammar, Haqqani, Qayyara) and mu-faʿʿal (Muhammad). */
function gemination(slots: readonly Slot[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const s1 = slots[1];
  if (s1 && !s1.gem && s1.marked === undefined && isUnknown(slots[0]) && (s1.long === 'aa' || s1.long === 'w'))
    out.push([1, s1.long === 'aa' ? 0.4 : 0.7]);
  return out;
}

/** Readings of one word, most likely first. */
export function readWord(word: string, persian = false, beforeAllah = false): Reading[] {
  const slots = buildSlots(word);
  if (slots.length === 0) return [];
  const unknown = slots.map((s) => isUnknown(s));
  const harmony: Vowel = slots[0]?.initial === 'إ' ? 'i' : 'a';
  const readings: Reading[] = [];
  const masks = clusterPatterns(unknown, slots);
  const mu = muFaaal(slots);
  if (mu) masks.push([mu, -0.3]);
  // Before Allah a word of three bare consonants is mostly the one-syllable CvCC noun (Nasrullah, Fazlullah,
  // Hizbullah, not Hazabullah). Not before al-: there given names are CaCaC (Hasan al-Banna).
  if (beforeAllah && slots.length === 3 && unknown.every(Boolean))
    for (const m of masks) if (m[0].join() === 'true,false,false') m[1] -= 0.3;
  for (const [mask, mp] of masks) {
    const extras = new Map<number, Unit>();
    const perSlot = slots.map((_, i) => slotOptions(slots, i, mask, harmony, extras, persian));
    const dim = diminutive(slots);
    if (dim)
      perSlot.push([
        { penalty: 0, apply: () => undefined },
        { penalty: 0.3, apply: dim },
      ]);
    const gems = mask === mu ? [[2, -0.4] as [number, number]] : gemination(slots);
    for (const [g, gp] of gems)
      perSlot.push([
        { penalty: 0, apply: () => undefined },
        { penalty: gp, apply: (us) => ((us[g] as Unit).gem = true) },
      ]);
    let beam: Array<{ penalty: number; applies: Option['apply'][] }> = [{ penalty: mp, applies: [] }];
    for (const opts of perSlot) {
      const next = [];
      for (const b of beam)
        for (const o of opts)
          if (b.penalty + o.penalty <= 4)
            next.push({ penalty: b.penalty + o.penalty, applies: [...b.applies, o.apply] });
      beam = next.sort((a, b) => a.penalty - b.penalty).slice(0, BEAM_WIDTH);
    }
    for (const b of beam) {
      const units = slots.map((s) => ({ c: s.c, v: '' as Vowel, gem: s.gem }));
      for (const a of b.applies) a(units);
      readings.push({ units: withGlides(units, extras), penalty: b.penalty });
    }
  }
  readings.sort((a, b) => a.penalty - b.penalty);
  return readings.slice(0, MAX_READINGS * 3);
}

/** The diminutive CuCayC (Suhayl, Husayn, Qusayr, Sulayman, Kuwait, Suwayda): u, then ي as a diphthong. */
function diminutive(slots: readonly Slot[]): ((us: Unit[]) => void) | undefined {
  const s1 = slots[1];
  if (!isUnknown(slots[0]) || !s1 || s1.long !== 'y' || s1.marked !== undefined || slots.length < 3) return undefined;
  return (us) => {
    (us[0] as Unit).v = 'u';
    (us[1] as Unit).v = 'ay';
  };
}

/** muCaCCaC (Muhammad, Muhannad, Muhammadi): m and three bare consonants; the mask voices m and the next. */
function muFaaal(slots: readonly Slot[]): boolean[] | undefined {
  if (slots.length !== 4 || slots[0]?.c !== 'm' || ![0, 1, 2].every((k) => isUnknown(slots[k]))) return undefined;
  const end = slots[3] as Slot;
  if (!isUnknown(end) && !(end.long === 'y' && end.marked === undefined)) return undefined;
  return [true, true, true, false];
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
