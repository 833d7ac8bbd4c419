/**
 * Family rules: one foreign word in Arabic script → ranked Latin spellings in a family's style.
 *
 * Arabic writes foreign names by sound, most vowels as letters (ا و ي), short ones often not at all. The word is
 * read as a consonant skeleton with its written vowels; each letter takes the style's spellings (letters.ts), a
 * known ending the style's (endings.ts), and between two consonants the script writes nothing between, a vowel is
 * put where the cluster could not stand in the language (Blinken, not Blinkn; Budapest, not Budapst), priced by
 * where it is (a word's start allows br, st, kr …; its end nk, st, rd …). A beam keeps the best readings.
 */
import { stripArabicMarks } from '../../arabic/normalize';
import { endingsOf } from './endings';
import { DIGRAPHS, letterOptions, vowelOptions } from './letters';
import type { Opt, Vowels } from './letters';
import type { Style } from './origin';

export interface Spelling {
  text: string;
  /** The spelling with the language's own letters (Çavuşoğlu), when it differs. */
  native?: string;
  penalty: number;
}

type Token = { kind: 'c'; letter: string } | { kind: 'v'; opts: readonly Opt[] };

const VOWEL_LETTERS = new Set(['ا', 'و', 'ي', 'ى', 'ة', 'ع', 'أ', 'إ', 'آ', 'ئ', 'ؤ', 'ء']);
const LIQUIDS = new Set(['ر', 'ل']);
const SONORANTS = new Set(['ر', 'ل', 'ن', 'م', 'نغ']);
const SIBILANTS = new Set(['س', 'ش', 'شت']);
const STOPS = new Set(['ت', 'ك', 'ب', 'پ', 'ق', 'د', 'غ', 'ط']);
const o = (t: string, p = 0): Opt => ({ t, p });
/** A glide and a vowel letter after a consonant: the readings the press uses. */
const GLIDES: Readonly<Record<string, readonly Opt[]>> = {
  وي: [o('wi'), o('oi', 0.1), o('we', 0.2), o('oy', 0.4), o('ui', 0.5), o('vi', 0.5)],
  وا: [o('wa'), o('ua', 0.3), o('va', 0.4), o('oa', 0.7)],
  يو: [o('yo'), o('iu', 0.1), o('yu', 0.2), o('io', 0.3), o('eo', 0.8)],
  يا: [o('ya'), o('ia', 0.1), o('iya', 0.7), o('ea', 0.8)],
};
const JAPANESE_OI: readonly Opt[] = [o('oi'), o('ui', 0.3), o('wi', 0.6)];
/** Turkish o before ğ, in any syllable (Erdoğan, Doğan): `anywhere` lifts the first-syllable rule. */
const TURKISH_OG: readonly Opt[] = [
  { t: 'o', p: 0, anywhere: true },
  { t: 'u', p: 0.15 },
  { t: 'o', p: 0.5, native: 'ö', anywhere: true },
];
/** The s of German st- and sp- (Arabic writes the sound, sh). */
const SHT: readonly Opt[] = [o('s'), o('sh', 0.6), o('sch', 0.8)];

/** A consonant pair a word may start with: br, kl, st, sk, shp (German sp), and in Russian many more (Dm, Zv). */
function goodOnset(a: string, b: string, style: Style, initial = false): boolean {
  // Turkish and Japanese words never start with two consonants: Arabic's كليتشدار is Kılıçdar, a vowel between
  // (inside a word Turkish has codas: Arslan).
  if (initial && (style === 'turkish' || style === 'japanese')) return false;
  if (LIQUIDS.has(b) && !SONORANTS.has(a) && a !== 'ه' && a !== 'ح') return true;
  if (SIBILANTS.has(a) && (STOPS.has(b) || b === 'م' || b === 'ن' || b === 'ل' || b === 'و')) return true;
  if (style === 'russian' && !SONORANTS.has(a) && b !== 'ه') return true;
  return false;
}

/** A consonant pair a word may end in: nk, nd, rt, st, ks, ts, ng. */
function goodCoda(a: string, b: string): boolean {
  // A word does not end in a consonant + r, nor + l but after r (Akşener, Merkel, not Akşenr, Merkl; Karl).
  if (b === 'ر') return false;
  if (b === 'ل') return a === 'ر';
  if (SONORANTS.has(a) && a !== b) return true;
  if (SIBILANTS.has(a) && STOPS.has(b)) return true;
  if ((a === 'ك' || a === 'ب' || a === 'ت' || a === 'ف') && (b === 'س' || b === 'ت')) return true;
  return b === 'غ' && a === 'ن';
}

function isConsonantToken(t: Token | undefined): boolean {
  return t?.kind === 'c';
}

/** Reads the written letters as consonants and vowels, in the style's spellings. */
function tokenize(w: string, style: Style, v: Vowels, final = true): Token[] {
  const out: Token[] = [];
  let i = 0;
  const isVowelAt = (j: number): boolean => j < w.length && 'اويىةأإآ'.includes(w.charAt(j));
  while (i < w.length) {
    const ch = w.charAt(i);
    const next = w.charAt(i + 1);
    const atStart = i === 0;
    // A stem before an ending does not end the word: its last ي is Donetsk's e, not a final -y.
    const atEnd = final && i === w.length - 1;
    const prevVowel = i > 0 && isVowelAt(i - 1) && !isConsonantToken(out[out.length - 1]);
    if (atStart && 'اأإآع'.includes(ch)) {
      if (next === 'و' && !isVowelAt(i + 2)) {
        out.push({ kind: 'v', opts: [o('o'), o('u', 0.2), o('ou', 0.7)] });
        i += 2;
      } else if (next === 'ي' && !isVowelAt(i + 2)) {
        out.push({ kind: 'v', opts: [o('i'), o('e', 0.2), o('ei', 0.6), o('y', 0.8)] });
        i += 2;
      } else {
        // Turkish Er- before a consonant (أردوغان Erdoğan, أرضروم Erzurum, أربكان Erbakan): e first.
        const turkishEr = style === 'turkish' && ch !== 'إ' && next === 'ر' && w.length > i + 2 && !isVowelAt(i + 2);
        const opts = turkishEr
          ? [o('e'), o('a', 0.1)]
          : ch === 'إ'
            ? [o('i'), o('e', 0.2)]
            : ch === 'آ'
              ? [o('a')]
              : [o('a'), o('e', 0.4), o('o', 0.7), o('i', 0.8)];
        out.push({ kind: 'v', opts });
        i += 1;
      }
      continue;
    }
    // German and Dutch st- and sp- are written شت شب at the start (Steinmeier, Spiegel).
    if (
      atStart &&
      ch === 'ش' &&
      (next === 'ت' || next === 'ب') &&
      (style === 'german' || style === 'nordic' || style === 'hebrew')
    ) {
      out.push({ kind: 'c', letter: 'شت' });
      out.push({ kind: 'c', letter: next });
      i += 2;
      continue;
    }
    const digraph = DIGRAPHS.find((d) => w.startsWith(d, i) && letterOptions(style, d));
    if (digraph) {
      out.push({ kind: 'c', letter: digraph });
      i += digraph.length;
      continue;
    }
    // A glide between a consonant and a vowel letter is ambiguous: Shoigu's oi, Mariupol's iu, Netanyahu's ya.
    const after = w.charAt(i + 1);
    if (
      (ch === 'و' || ch === 'ي') &&
      i > 0 &&
      isConsonantToken(out[out.length - 1]) &&
      (after === 'ي' || after === 'و' || after === 'ا') &&
      after !== ch
    ) {
      const pair = ch + after;
      // Japanese writes its vowel pairs out (كويزومي Koizumi): oi, not wi.
      const glide = style === 'japanese' && pair === 'وي' ? JAPANESE_OI : GLIDES[pair];
      if (glide && !(i + 2 < w.length && isVowelAt(i + 2))) {
        out.push({ kind: 'v', opts: glide });
        i += 2;
        continue;
      }
    }
    if (ch === 'و' || ch === 'ي') {
      // Before a glide that starts a syllable (هاتوياما: to-ya), the letter is a vowel and the next the consonant.
      const nextIsGlide = 'وي'.includes(w.charAt(i + 1)) && isVowelAt(i + 2) && !prevVowel;
      const consonant =
        atStart ||
        (prevVowel && isVowelAt(i + 1)) ||
        (isVowelAt(i + 1) && !atEnd && w.charAt(i + 1) !== ch && !nextIsGlide) ||
        (prevVowel && w.charAt(i - 1) === ch);
      if (consonant && !(ch === 'ي' && w.charAt(i - 1) === 'ا' && !isVowelAt(i + 1))) {
        out.push({ kind: 'c', letter: ch });
      } else if (w.charAt(i - 1) === 'ا' && out[out.length - 1]?.kind === 'v' && i > 1) {
        // ا + ي / و before a consonant: a diphthong (Steinmeier's ei, Shanghai's ai, Mao's ao).
        out.pop();
        out.push({ kind: 'v', opts: ch === 'ي' ? v.ay : v.aw });
      } else {
        // Turkish o stands before ğ in a later syllable too (Erdoğan, Karaosmanoğlu's -oğ-): no later-o price.
        const og = style === 'turkish' && ch === 'و' && next === 'غ';
        out.push({ kind: 'v', opts: og ? TURKISH_OG : ch === 'و' ? (atEnd ? v.finalW : v.w) : atEnd ? v.finalY : v.y });
      }
      i += 1;
      continue;
    }
    if (ch === 'ا' || ch === 'ى') {
      out.push({ kind: 'v', opts: atEnd ? v.finalA : v.a });
    } else if (ch === 'ة' || (ch === 'ه' && atEnd && i > 1)) {
      out.push({ kind: 'v', opts: ch === 'ة' ? [o('a'), o('e', 0.5)] : v.finalH });
    } else if (ch === 'ع' || ch === 'أ') {
      out.push({ kind: 'v', opts: isVowelAt(i + 1) ? [o('')] : [o('a'), o('e', 0.3), o('', 0.6)] });
    } else if (ch === 'ئ' || ch === 'إ') {
      out.push({ kind: 'v', opts: [o('e'), o('i', 0.2), o('', 0.5)] });
    } else if (ch === 'ؤ') {
      out.push({ kind: 'v', opts: [o('o'), o('u', 0.2)] });
    } else if (ch === 'ء') {
      // a glottal stop foreign names do not have
    } else if (letterOptions(style, ch) || VOWEL_LETTERS.has(ch)) {
      out.push({ kind: 'c', letter: ch });
    }
    i += 1;
  }
  return out;
}

interface State {
  text: string;
  native: string;
  p: number;
  /** Consonant letters since the last vowel. */
  run: string[];
  /** Whether a vowel has been written yet (before it, consonants form the word's onset). */
  vowel: boolean;
}

const BEAM = 30;
const INSERT = 0.5;
/** Hebrew names are mostly open syllables the script leaves unwritten (Netanyahu, Gallant, Lapid): vowels are cheap. */
const INSERT_BY_STYLE: Partial<Record<Style, number>> = { hebrew: 0.2 };

/** Turkish has o and ö in a word's first syllable only (Erdogan, Cavusoglu's u): later they cost. */
function laterO(style: Style, s: State, opt: Opt): number {
  return style === 'turkish' && s.vowel && !opt.anywhere && consonantless(opt) && /^[oö]/.test(opt.native ?? opt.t)
    ? 0.3
    : 0;
}

function consonantless(opt: Opt): boolean {
  return /^[aeiouöüı]+$/.test(opt.native ?? opt.t);
}

function extend(beam: State[], opts: readonly Opt[], consonant: string | undefined, style: Style): State[] {
  const next: State[] = [];
  for (const s of beam)
    for (const opt of opts)
      next.push({
        text: s.text + opt.t,
        native: s.native + (opt.native ?? opt.t),
        p: s.p + opt.p + (consonant === undefined ? laterO(style, s, opt) : 0),
        run: consonant === undefined ? (opt.t === '' ? s.run : []) : [...s.run, consonant],
        vowel: s.vowel || (consonant === undefined && opt.t !== ''),
      });
  next.sort((a, b) => a.p - b.p);
  return next.slice(0, BEAM);
}

/**
 * Turkish vowel harmony: the vowel Arabic leaves out agrees with the next one it writes (Kılıçdaroğlu's ı before
 * ي's i, Bahçeli's a before ا), so that one goes first.
 */
const HARMONY: Readonly<Record<string, readonly Opt[]>> = {
  i: [o('i'), o('e', 0.15), o('ı', 0.2), o('a', 0.5), o('u', 0.7)],
  a: [o('a'), o('e', 0.2), o('ı', 0.4), o('i', 0.6), o('u', 0.7)],
  o: [o('u'), o('o', 0.3), o('e', 0.4), o('ü', 0.5), o('a', 0.6)],
  u: [o('u'), o('e', 0.3), o('ü', 0.4), o('a', 0.6)],
};

/** The price of letting two consonants touch, or of putting the style's vowel between them. */
function between(beam: State[], letter: string, style: Style, v: Vowels, nextVowel?: string): State[] {
  const epenthetic = (style === 'turkish' && nextVowel && HARMONY[nextVowel.charAt(0)]) || v.epenthetic;
  const next: State[] = [];
  for (const s of beam) {
    const prev = s.run[s.run.length - 1];
    if (prev === undefined) {
      next.push(s);
      continue;
    }
    let bare: number;
    if (!s.vowel) bare = goodOnset(prev, letter, style, true) && s.run.length === 1 ? 0 : 1.2;
    else if (s.run.length === 1) bare = 0.05;
    else bare = goodOnset(prev, letter, style) ? 0.15 : 0.8;
    next.push({ ...s, p: s.p + bare });
    for (const e of epenthetic)
      next.push({
        text: s.text + (e.t === 'ı' ? 'i' : e.t),
        native: s.native + e.t,
        p: s.p + (INSERT_BY_STYLE[style] ?? INSERT) + e.p + (bare === 0 ? 0.4 : 0),
        run: [],
        vowel: true,
      });
  }
  next.sort((a, b) => a.p - b.p);
  return next.slice(0, BEAM);
}

/**
 * Styles whose languages have p as often as b: Arabic writes both ب. At a word's start (Palermo, Porto, Pedersen,
 * Patel) and after m (Pompeo, Kemp, Campbell) p is offered right behind b.
 */
const P_STYLES: ReadonlySet<Style> = new Set(['english', 'french', 'german', 'nordic', 'romance', 'hebrew']);
const P_FIRST: readonly Opt[] = [o('b'), o('p', 0.08)];

/**
 * English names hardly have a single f between vowels: Arabic's ف there is v (Sullivan, Oliver, Davis)
 * or ff (Jefferson, Griffin).
 */
const V_STYLES: ReadonlySet<Style> = new Set(['english']);
const V_BETWEEN: readonly Opt[] = [o('v'), o('ff', 0.15), o('f', 0.25)];

function prevLetter(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i - 1];
  return t?.kind === 'c' ? t.letter : undefined;
}

function spellTokens(tokens: readonly Token[], style: Style, v: Vowels, start: State[]): State[] {
  let beam = start;
  tokens.forEach((t, i) => {
    if (t.kind === 'v') {
      beam = extend(beam, t.opts, undefined, style);
      return;
    }
    const nextVowel = tokens.slice(i + 1).find((x) => x.kind === 'v');
    beam = between(beam, t.letter, style, v, nextVowel?.kind === 'v' ? nextVowel.opts[0]?.t : undefined);
    const opts =
      t.letter === 'ف' && V_STYLES.has(style) && tokens[i - 1]?.kind === 'v' && tokens[i + 1]?.kind === 'v'
        ? V_BETWEEN
        : t.letter === 'ب' && P_STYLES.has(style) && (i === 0 || prevLetter(tokens, i) === 'م')
          ? P_FIRST
          : t.letter === 'و'
            ? v.cw
            : t.letter === 'ي'
              ? v.cy
              : t.letter === 'شت'
                ? SHT
                : (letterOptions(style, t.letter) ?? [o('')]);
    beam = extend(beam, opts, t.letter, style);
  });
  return beam;
}

/** Ends the reading: a word-final cluster the language could not end in costs (Blinkn). */
function finish(s: State): State {
  const r = s.run;
  if (r.length >= 2) {
    const a = r[r.length - 2] as string;
    const b = r[r.length - 1] as string;
    const ok =
      goodCoda(a, b) &&
      (r.length === 2 || SONORANTS.has(r[r.length - 3] as string) || SIBILANTS.has(r[r.length - 3] as string));
    if (!ok) return { ...s, p: s.p + 0.9 };
  }
  return s;
}

/** Spellings already made, by style and word: a document names the same people again and again. */
const memo = new Map<string, Spelling[]>();
const MEMO_MAX = 5000;

/** Spellings of one word in one style, best first. */
export function spellForeignWord(word: string, style: Style, limit = 8): Spelling[] {
  const key = `${style}\u0000${limit}\u0000${word}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const out = spellUncached(word, style, limit);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, out);
  return out;
}

function spellUncached(word: string, style: Style, limit: number): Spelling[] {
  let w = stripArabicMarks(word).replace(/[^\u0621-\u064A\u067E\u0686\u0698\u06A4\u06AF\u06A9\u06CC]/g, '');
  // The article on a foreign name is Arabic grammar (الناتو, الكنيست): the name is what follows.
  if (/^ال/.test(w) && w.length > 4) w = w.slice(2);
  if (w.length === 0) return [];
  const v = vowelOptions(style);
  const plain = w.replace(/[أإآ]/g, 'ا');
  const results: State[] = [];
  const empty: State = { text: '', native: '', p: 0, run: [], vowel: false };
  // The word read whole, and with each ending of the style's table it has (the ending is priced as the stem is).
  results.push(...spellTokens(tokenize(w, style, v), style, v, [empty]).map(finish));
  for (const e of endingsOf(style, plain)) {
    const stemWritten = w.slice(0, e.stem.length);
    let beam = spellTokens(tokenize(stemWritten, style, v, false), style, v, [empty]);
    // The ending starts with a consonant or a vowel: price the join as a cluster when the stem ends in consonants.
    // A stem ending in a good coda takes a consonant ending well (Richardson); other clusters do not (Bedrson).
    const joinCost = (s: State): number => {
      if (s.run.length < 2 || /^[aeiouy]/.test(e.options[0]?.t ?? '')) return 0;
      const [a, b] = s.run.slice(-2) as [string, string];
      return goodCoda(a, b) && s.run.length === 2 ? 0.2 : 0.7;
    };
    beam = beam.map((s) => ({ ...s, p: s.p + joinCost(s) }));
    // The longer the ending, the surer the reading it gives (ـييه -ier, ـسون -son against letter by letter).
    const bonus = 0.12 * (plain.length - e.stem.length);
    const joined: State[] = [];
    for (const s of beam)
      for (const opt of e.options)
        joined.push({
          text: s.text + opt.t,
          native: s.native + (opt.native ?? opt.t),
          p: s.p + opt.p - bonus,
          run: [],
          vowel: true,
        });
    results.push(...joined);
  }
  const best = new Map<string, Spelling>();
  for (const s of results.sort((a, b) => a.p - b.p)) {
    const text = capitalize(s.text);
    if (!text || best.has(text)) continue;
    const native = capitalize(s.native);
    best.set(text, { text, penalty: s.p, ...(native !== text ? { native } : {}) });
    if (best.size >= limit) break;
  }
  return [...best.values()];
}

function capitalize(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}
