/**
 * Spelling a reading in a scheme. `news` offers the variants English-language press actually uses (e for i, o for u,
 * ow for aw, k for q …), each with a penalty so that the plainest spelling comes first; `ala-lc` has one spelling.
 */
import type { Unit } from './phonemes';

export interface Spelled {
  text: string;
  penalty: number;
}

export interface WordContext {
  /** ة read -at: the first noun of a construct (Hibat Allah, Madinat al-Sadr). */
  construct: boolean;
  /** The name looks Persian, Dari or Pashto (`persian.ts`): Afghan and Iranian press spellings come first. */
  persian?: boolean;
  /** The construct is X Allah (Nasrullah), not X al-Y. */
  beforeAllah?: boolean;
}

const NEWS: Readonly<Record<string, string>> = {
  "'": '',
  b: 'b',
  t: 't',
  v: 'th',
  j: 'j',
  H: 'h',
  x: 'kh',
  d: 'd',
  '*': 'dh',
  r: 'r',
  z: 'z',
  s: 's',
  $: 'sh',
  S: 's',
  D: 'd',
  T: 't',
  Z: 'z',
  E: '',
  g: 'gh',
  f: 'f',
  q: 'q',
  k: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
  h: 'h',
  w: 'w',
  y: 'y',
  P: 'p',
  J: 'ch',
  R: 'zh',
  G: 'g',
  V: 'v',
  p: '',
};

const LC: Readonly<Record<string, string>> = {
  "'": 'ʼ',
  b: 'b',
  t: 't',
  v: 'th',
  j: 'j',
  H: 'ḥ',
  x: 'kh',
  d: 'd',
  '*': 'dh',
  r: 'r',
  z: 'z',
  s: 's',
  $: 'sh',
  S: 'ṣ',
  D: 'ḍ',
  T: 'ṭ',
  Z: 'ẓ',
  E: 'ʻ',
  g: 'gh',
  f: 'f',
  q: 'q',
  k: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
  h: 'h',
  w: 'w',
  y: 'y',
  P: 'p',
  J: 'ch',
  R: 'zh',
  G: 'g',
  V: 'v',
  p: '',
};
const LC_VOWELS: Readonly<Record<string, string>> = {
  a: 'a',
  i: 'i',
  u: 'u',
  aa: 'ā',
  ii: 'ī',
  uu: 'ū',
  aa_maqsura: 'á',
  '': '',
};

/**
 * Variant spellings: e for i and o for u (Persian and Levantine usage: Hekmat, Mohsen), ow/o for aw (Jowzjan, Dostum),
 * ai/ei for ay (Haidar, Sheikh), ee/oo/ou for long vowels (Rasheed, Noor, Makhlouf), k for q (Kandahar), z for ذ ض
 * (Persian and Pashto Zabihullah, Faizabad), g for غ and p for ب where Arabic writes Persian گ پ (Samangan, Paktika),
 * ' for ʿayn and hamza, -ah for ة, a single letter for a doubled one, dh for ظ, y for a final ي after a.
 */
type Flag =
  | 'e'
  | 'o'
  | 'oE'
  | 'ow'
  | 'o2'
  | 'ei'
  | 'ai'
  | 'ee'
  | 'oo'
  | 'uo'
  | 'ou'
  | 'k'
  | 'ap'
  | 'h'
  | 'single'
  | 'dh'
  | 'z'
  | 'g'
  | 'p'
  | 'fy';

const FLAG_PENALTY: Readonly<Record<Flag, number>> = {
  e: 0.5,
  o: 0.45,
  oE: 0.05,
  ow: 0.4,
  o2: 0.35,
  ei: 0.35,
  ai: 0.2,
  ee: 1,
  oo: 0.9,
  uo: 0.6,
  ou: 0.5,
  k: 0.7,
  ap: 0.8,
  h: 0.5,
  single: 0.5,
  dh: 0.4,
  z: 0.5,
  g: 0.6,
  p: 0.9,
  fy: 0.4,
};
/**
 * In a Persian, Dari or Pashto name the press writes kasra as e and damma as o (Herat, Helmand, Mohaqiq), aw as o or
 * ow (Logar, Dostum, Jowzjan), ay as ai (Haidar, Faizabad), long u often as o (Nimroz), q as k (Kandahar), ذ ض
 * as z, and initial ب (Arabic for پ) as p (Paktika, Panjshir).
 */
const PERSIAN_PENALTY: Partial<Record<Flag, number>> = {
  e: -0.1,
  o: -0.05,
  o2: 0.15,
  ow: 0.25,
  ai: 0.05,
  ei: 0.3,
  uo: 0.3,
  k: 0.08,
  z: -0.1,
  p: 0.3,
};

/** Flags that cannot combine (two spellings of the same sound). */
const EXCLUSIVE: ReadonlyArray<readonly Flag[]> = [
  ['ow', 'o2'],
  ['ei', 'ai'],
  ['oo', 'uo', 'ou'],
  ['o', 'oE'],
];

export function capitalize(s: string): string {
  // The first cased letter: ʻ and ʼ (modifier letters) stay as they are (ʻUmar).
  const i = s.search(/[\p{Lu}\p{Ll}]/u);
  if (i < 0) return s;
  return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}

function isDiphthong(units: readonly Unit[], i: number, glide: string): boolean {
  const u = units[i];
  const g = units[i + 1];
  return u?.v === 'a' && g?.c === glide && g.v === '' && !g.gem;
}

/** The news spelling of a reading under a set of variant flags. */
function spellNews(units: readonly Unit[], ctx: WordContext, flags: ReadonlySet<Flag>): string {
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    const prev = units[i - 1];
    let c = NEWS[u.c] ?? '';
    if (u.c === 'q' && flags.has('k')) c = 'k';
    if (u.c === 'Z' && flags.has('dh')) c = 'dh';
    if ((u.c === '*' || u.c === 'D') && flags.has('z')) c = 'z';
    // Arabic writes Persian گ as غ: after n it is g (Nangarhar, Samangan), elsewhere gh unless flagged.
    if (u.c === 'g' && (prev?.c === 'n' && prev.v === '' ? !flags.has('g') : flags.has('g'))) c = 'g';
    if (u.c === 'b' && i === 0 && flags.has('p')) c = 'p';
    // A final ي after a is written i (Karzai, Dubai), y as a variant.
    if (
      u.c === 'y' &&
      i === units.length - 1 &&
      u.v === '' &&
      (prev?.v === 'a' || prev?.v === 'aa') &&
      !flags.has('fy')
    )
      c = 'i';
    if (u.c === 'E' || (u.c === "'" && i > 0)) {
      // ʿayn next to a is written as a second a (Saad, Daraa, Jaafar); otherwise it is dropped, as hamza is.
      const nextA = u.v === 'a' || u.v === 'aa';
      const aa =
        u.c === 'E' && i > 0 && ((prev?.v === 'a' && (u.v === '' || u.v === 'a')) || (prev?.v === '' && nextA));
      c = flags.has('ap') && i > 0 && i < units.length - 1 ? "'" : aa ? 'a' : '';
    }
    if (u.c === 'p') c = ctx.construct ? 't' : flags.has('h') ? 'h' : '';
    if (u.gem && c.length === 1 && !flags.has('single')) c += c;
    out += c;
    if (isDiphthong(units, i, 'w')) {
      out += flags.has('ow') ? 'ow' : flags.has('o2') ? 'o' : 'aw';
      i++;
      continue;
    }
    if (isDiphthong(units, i, 'y') && i + 2 < units.length) {
      out += flags.has('ei') ? 'ei' : flags.has('ai') ? 'ai' : 'ay';
      i++;
      continue;
    }
    // Initial ʿu is mostly O in the press (Omar, Othman, Odai).
    // English writes the -stān of country and province names -istan (Afghanistan, Nuristan), Persian or not.
    const stan =
      u.v === 'i' &&
      units[i + 1]?.c === 's' &&
      units[i + 2]?.c === 't' &&
      units[i + 2]?.v === 'aa' &&
      i + 4 === units.length;
    out += i === 0 && u.c === 'E' && u.v === 'u' && flags.has('oE') ? 'o' : stan ? 'i' : newsVowel(u.v, flags);
  }
  return out;
}

function newsVowel(v: string, flags: ReadonlySet<Flag>): string {
  switch (v) {
    case 'i':
      return flags.has('e') ? 'e' : 'i';
    case 'u':
      return flags.has('o') ? 'o' : 'u';
    case 'aa':
    case 'aa_maqsura':
      return 'a';
    case 'ii':
      return flags.has('ee') ? 'ee' : 'i';
    case 'uu':
      return flags.has('oo') ? 'oo' : flags.has('uo') ? 'o' : flags.has('ou') ? 'ou' : 'u';
    default:
      return v;
  }
}

function applicableFlags(units: readonly Unit[], ctx: WordContext): Flag[] {
  const has = (f: (u: Unit, i: number) => boolean): boolean => units.some(f);
  const flags: Flag[] = [];
  if (has((u) => u.v === 'i')) flags.push('e');
  if (has((u) => u.v === 'u')) flags.push('o');
  if (units[0]?.c === 'E' && units[0].v === 'u') flags.push('oE');
  if (has((_, i) => isDiphthong(units, i, 'w'))) flags.push('ow', 'o2');
  if (has((_, i) => isDiphthong(units, i, 'y') && i + 2 < units.length)) flags.push('ei', 'ai');
  if (has((u) => u.v === 'ii')) flags.push('ee');
  if (has((u) => u.v === 'uu')) flags.push('oo', 'uo', 'ou');
  if (has((u) => u.c === 'q')) flags.push('k');
  if (has((u) => u.c === '*' || u.c === 'D')) flags.push('z');
  if (has((u) => u.c === 'g')) flags.push('g');
  if (units[0]?.c === 'b') flags.push('p');
  const lastU = units[units.length - 1];
  const beforeLast = units[units.length - 2];
  if (lastU?.c === 'y' && lastU.v === '' && (beforeLast?.v === 'a' || beforeLast?.v === 'aa')) flags.push('fy');
  if (has((u) => u.c === 'Z')) flags.push('dh');
  if (has((u, i) => (u.c === 'E' || u.c === "'") && i > 0 && i < units.length - 1)) flags.push('ap');
  if (!ctx.construct && has((u) => u.c === 'p')) flags.push('h');
  if (has((u) => u.gem)) flags.push('single');
  return flags;
}

/** News spellings of one reading, plainest first (up to two variant flags combined). */
export function spellNewsVariants(units: readonly Unit[], ctx: WordContext): Spelled[] {
  const flags = applicableFlags(units, ctx);
  const sets: Flag[][] = [[]];
  for (let a = 0; a < flags.length; a++) {
    sets.push([flags[a] as Flag]);
    for (let b = a + 1; b < flags.length; b++) {
      const pair = [flags[a] as Flag, flags[b] as Flag];
      if (!EXCLUSIVE.some((x) => x.includes(pair[0] as Flag) && x.includes(pair[1] as Flag))) sets.push(pair);
    }
  }
  const best = new Map<string, number>();
  for (const set of sets) {
    const text = spellNews(units, ctx, new Set(set));
    const penalty = set.reduce(
      (p, f) => p + ((ctx.persian === true ? PERSIAN_PENALTY[f] : undefined) ?? FLAG_PENALTY[f]),
      0,
    );
    if (text && (best.get(text) ?? Infinity) > penalty) best.set(text, penalty);
  }
  return [...best].map(([text, penalty]) => ({ text, penalty })).sort((x, y) => x.penalty - y.penalty);
}

/** The ALA-LC romanization of a reading (word-initial hamza unwritten; ة as -ah, or -at in a construct). */
export function spellAlaLc(units: readonly Unit[], ctx: WordContext): string {
  let out = '';
  units.forEach((u, i) => {
    let c = LC[u.c] ?? '';
    if (u.c === "'" && i === 0) c = '';
    if (u.c === 'p') c = ctx.construct ? 't' : 'h';
    if (u.gem) c += c;
    out += c + (LC_VOWELS[u.v] ?? '');
  });
  return out;
}
