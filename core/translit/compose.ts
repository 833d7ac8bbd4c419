/**
 * A name is read as segments: ʿAbd + article noun (Abdul Rahman), X + Allah (Hikmatullah), X + al-Din
 * (Shahabuddin), ibn/bin, Abu, titles, article nouns (al-Khattab, or Ramadi with the article dropped) and plain words.
 * Each segment has ranked spellings; the name's candidates are the best combinations.
 */
import { normalizeArabic } from '../arabic/normalize';
import { splitJoinedName } from '../arabic/joined-names';
import { lexiconKey, lookupLexicon } from './lexicon';
import { LEADING_TITLES, TITLES } from './data/titles';
import { SUN_LETTERS } from './phonemes';
import { CONSONANTS } from './phonemes';
import { looksPersian } from './persian';
import { dedupe, wordCandidates } from './word-candidates';
import type { Piece, RuleScheme, Source, Sources } from './word-candidates';
import type { WordContext } from './render';

const SOURCE_RANK: Readonly<Record<Source, number>> = { rules: 0, lexicon: 1, glossary: 2 };
const BEAM = 12;
/** The longest run of words looked up whole in the lexicon inside a longer name (دير الزور, نور الدين). */
const MAX_SPAN = 4;

/** Titles by normalised key: a closed set, read whether the lexicon is on or not. */
const TITLE_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(TITLES).map(([k, v]) => [lexiconKey(k), v.split('|')]),
);
const LEADING: ReadonlySet<string> = new Set([...LEADING_TITLES].map(lexiconKey));
const AYATOLLAH = lexiconKey('آية');

function stripArticle(word: string): string {
  const m = /^[اٱ]\p{M}*ل\p{M}*/u.exec(word);
  return m ? word.slice(m[0].length) : word;
}

function hasArticle(key: string): boolean {
  return key.startsWith('ال') && key.length > 3 && key !== 'الله';
}

/** Splits written words, reading joined theophorics as two (عبدالله → عبد الله). */
export function nameWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const split = splitJoinedName(normalizeArabic(w));
    if (split) out.push(...split);
    else out.push(w);
  }
  return out;
}

function mapPieces(pieces: readonly Piece[], f: (t: string) => string, extra: number): Piece[] {
  return pieces.map((p) => ({ ...p, text: f(p.text), penalty: p.penalty + extra }));
}

function articleNoun(word: string, scheme: RuleScheme, single: boolean, src: Sources, persian: boolean): Piece[] {
  const stem = stripArticle(word);
  // In ALA-LC the known spellings of the whole article noun (al-Khattab) vocalise the stem.
  const hints =
    scheme === 'ala-lc' && src.lexicon ? (lookupLexicon(word)?.spellings ?? []).map((t) => t.replace(/^al-/i, '')) : [];
  const stemPieces = wordCandidates(stem, scheme, { construct: false, persian }, src, hints).slice(0, 4);
  const first = CONSONANTS[normalizeArabic(stem).charAt(0)] ?? '';
  const out: Piece[] = [];
  // A known spelling of the whole article noun (al-Assad, Mullah) wins.
  const whole = wordCandidates(word, scheme, { construct: false, persian }, src).filter((p) => p.source !== 'rules');
  out.push(...whole);
  const shift = whole.length > 0 ? 1 : 0;
  if (scheme === 'ala-lc') return dedupe([...out, ...mapPieces(stemPieces, (t) => `al-${t}`, shift)]);
  // Alone, a place is usually written without the article (Ramadi, Basra); in a longer name the article stays.
  out.push(...mapPieces(stemPieces, (t) => `al-${t}`, shift + (single ? 0.6 : 0)));
  out.push(...mapPieces(stemPieces, (t) => t, shift + (single ? 0 : 0.9)));
  if (SUN_LETTERS.has(first)) {
    const letter = (stemPieces[0]?.text.charAt(0) ?? '').toLowerCase();
    out.push(...mapPieces(stemPieces.slice(0, 2), (t) => `a${letter}-${t}`, shift + 1));
  }
  return dedupe(out);
}

/** Ranked spellings of each segment of a name. */
export function segmentName(words: readonly string[], scheme: RuleScheme, src: Sources): Piece[][] {
  const keys = words.map((w) => normalizeArabic(w));
  const lc = scheme === 'ala-lc';
  const segments: Piece[][] = [];
  const single = words.length === 1;
  let titlesSeen = 0;
  const persian = persianContext(words, src);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const key = keys[i] as string;
    const nextKey = keys[i + 1];
    const construct = nextKey !== undefined && (nextKey.startsWith('ال') || nextKey === 'الله');
    const lex = (ctx: WordContext = { construct }): Piece[] => wordCandidates(word, scheme, { ...ctx, persian }, src);
    // A title opens the name (or follows another title): Mullah, Sheikh, Haji, Ayatollah.
    const titleSlot = segments.length === titlesSeen;
    if (!lc && titleSlot && key === AYATOLLAH && nextKey === 'الله') {
      i++;
      titlesSeen++;
      segments.push(piece(['Ayatollah', 'Ayatullah'], 'lexicon'));
      continue;
    }
    const title = TITLE_SPELLINGS.get(key);
    if (!lc && title && titleSlot && LEADING.has(key) && i + 1 < words.length) {
      titlesSeen++;
      segments.push(piece(title, 'lexicon'));
      continue;
    }
    // A run of words the lexicon knows whole (Deir ez-Zor, Nuruddin, Ahmad Shah), longest first.
    const span = !lc && src.lexicon ? lexiconSpan(keys, i) : undefined;
    if (span) {
      i += span.words - 1;
      segments.push(known(span.entry.spellings, span.entry.fa));
      continue;
    }
    if (key === 'عبد' && nextKey !== undefined && nextKey.startsWith('ال') && nextKey.length > 2) {
      const next = words[i + 1] as string;
      i++;
      if (nextKey === 'الله') {
        segments.push(piece(lc ? ['ʻAbd Allāh'] : ['Abdullah', 'Abdallah', 'Abd Allah'], 'lexicon'));
        continue;
      }
      const stem = wordCandidates(stripArticle(next), scheme, { construct: false, persian }, src).slice(0, 3);
      if (lc) segments.push(mapPieces(stem, (t) => `ʻAbd al-${t}`, 0));
      else
        segments.push(
          dedupe([
            ...mapPieces(stem, (t) => `Abdul ${t}`, 0),
            ...mapPieces(stem, (t) => `Abd al-${t}`, 0.5),
            ...mapPieces(stem, (t) => `Abdel ${t}`, 0.8),
            ...mapPieces(stem, (t) => `Abdul${t.toLowerCase()}`, 1),
          ]),
        );
      continue;
    }
    if (nextKey === 'الله' && i + 1 < words.length) {
      i++;
      const x = lex({ construct: true, beforeAllah: true }).slice(0, 4);
      segments.push(
        lc
          ? mapPieces(x, (t) => `${t} Allāh`, 0)
          : dedupe([...mapPieces(x, (t) => `${t}ullah`, 0), ...mapPieces(x, (t) => `${t} Allah`, 0.8)]),
      );
      continue;
    }
    if (nextKey === 'الدين' && i + 1 < words.length) {
      i++;
      const x = lex({ construct: false }).slice(0, 4);
      segments.push(
        lc
          ? mapPieces(x, (t) => `${t} al-Dīn`, 0)
          : dedupe([
              ...mapPieces(x, (t) => `${t}uddin`, 0),
              ...mapPieces(x, (t) => `${t} al-Din`, 0.6),
              ...mapPieces(x, (t) => `${t}eddine`, 1.2),
            ]),
      );
      continue;
    }
    if (key === 'ابن' || key === 'بن') {
      const ibnFirst = key === 'ابن' || i === 0;
      segments.push(lc ? piece(['ibn'], 'lexicon') : piece(ibnFirst ? ['ibn', 'bin'] : ['bin', 'ibn'], 'lexicon'));
      continue;
    }
    if (key === 'ابو' || key === 'ابي' || key === 'ابا') {
      const base = key === 'ابو' ? 'Abu' : key === 'ابي' ? 'Abi' : 'Aba';
      segments.push(
        piece(
          [lc ? base.slice(0, 2) + ({ u: 'ū', i: 'ī', a: 'ā' } as Record<string, string>)[base.charAt(2)] : base],
          'lexicon',
        ),
      );
      continue;
    }
    // Persian place names in -ābād are one word in English (Jalalabad, Faizabad, Asadabad).
    if ((nextKey === 'اباد' || nextKey === 'آباد') && i + 1 < words.length && !lc) {
      i++;
      segments.push(dedupe([...mapPieces(lex({ construct: false }).slice(0, 4), (t) => `${t}abad`, 0)]));
      continue;
    }
    if (hasArticle(key)) {
      segments.push(articleNoun(word, scheme, single, src, persian));
      continue;
    }
    segments.push(lex());
  }
  return segments;
}

function piece(texts: readonly string[], source: Source): Piece[] {
  return texts.map((text, i) => ({ text, penalty: i * 0.3, source }));
}

function known(texts: readonly string[], fa: string | undefined): Piece[] {
  return texts.map((text, i) => ({
    text,
    penalty: i * 0.1,
    source: 'lexicon' as const,
    ...(text === fa ? { fa: true } : {}),
  }));
}

function lexiconSpan(
  keys: readonly string[],
  i: number,
): { words: number; entry: NonNullable<ReturnType<typeof lookupLexicon>> } | undefined {
  if (keys.length < 3) return undefined; // a two-word name is looked up whole by index.ts
  for (let n = Math.min(MAX_SPAN, keys.length - i); n >= 2; n--) {
    if (n === keys.length) continue;
    const entry = lookupLexicon(keys.slice(i, i + n).join(' '));
    if (entry) return { words: n, entry };
  }
  return undefined;
}

/**
 * Whether a name reads as Persian, Dari or Pashto: a word only the Persian tables know (Karzai, Akhund, Zarif), or a
 * word that looks Persian by its letters, endings or length (`persian.ts`). Shared names then take their
 * Persian-context spelling (Mohammad), and the rules Afghan and Iranian press spellings (Kandahar, Helmand).
 */
export function persianContext(words: readonly string[], src: Sources): boolean {
  return words.some((w) => {
    if (looksPersian(w)) return true;
    return src.lexicon && lookupLexicon(w)?.persian === true;
  });
}

export interface Combined {
  text: string;
  penalty: number;
  source: Source;
}

/** The best combinations of segment spellings (a beam, so long names stay fast). */
export function combine(segments: readonly Piece[][]): Combined[] {
  let beam: Combined[] = [{ text: '', penalty: 0, source: 'glossary' }];
  for (const seg of segments) {
    if (seg.length === 0) continue;
    const next: Combined[] = [];
    for (const b of beam)
      for (const p of seg)
        next.push({
          text: b.text ? `${b.text} ${p.text}` : p.text,
          penalty: b.penalty + p.penalty,
          source: SOURCE_RANK[p.source] < SOURCE_RANK[b.source] ? p.source : b.source,
        });
    next.sort((a, b) => a.penalty - b.penalty);
    beam = next.slice(0, BEAM);
  }
  return beam.filter((b) => b.text !== '');
}
