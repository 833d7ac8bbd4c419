/**
 * Candidates for a name judged foreign: each word's known spellings (the glossary's parts, then the lexicon's
 * foreign given and family names) and its family-rule spellings in the judged styles, combined best first.
 * Turkish أوغلو written apart joins the word before it (تشاووش أوغلو → Cavusoglu). Pure.
 */
import { normalizeArabic } from '../../arabic/normalize';
import { lookupLexicon } from '../lexicon';
import type { Sources } from '../word-candidates';
import { ORIGIN_OF_STYLE } from './origin';
import type { Origin, OriginJudgement, Style } from './origin';
import { spellForeignWord } from './spell';
import { eastAsianWord } from './east-asian';
import { foreignGiven } from './lexicon';
import { looseFind } from './loose';
import { judgeOrigin } from './origin';

export { judgeOrigin, ORIGINS, ORIGIN_OF_STYLE } from './origin';
export type { Origin, OriginJudgement, Style } from './origin';

export interface ForeignCandidate {
  text: string;
  /** The spelling in the language's own letters (Çavuşoğlu), when it differs. */
  native?: string;
  penalty: number;
  source: 'glossary' | 'lexicon' | 'rules';
}

interface WordPiece {
  text: string;
  native?: string;
  penalty: number;
  source: ForeignCandidate['source'];
  /** Joined to the previous word without a space (oglu). */
  glue?: boolean;
}

/** Each further style a word is tried in costs this much: the judged style's spellings come first. */
const STYLE_STEP = 0.35;
const PER_WORD = 6;
const BEAM = 12;
const SOURCE_RANK = { rules: 0, lexicon: 1, glossary: 2 } as const;

function wordPieces(word: string, styles: readonly Style[], src: Sources, origin: Origin): WordPiece[] {
  const key = normalizeArabic(word);
  const out: WordPiece[] = [];
  const glue = /^اوغل[وي]$/.test(key);
  // Turkish -oğlu written apart: one spelling, joined to the word before (Davutoglu, Kilicdaroglu).
  if (glue) return [{ text: 'oglu', native: 'oğlu', penalty: 0, source: 'rules', glue: true }];
  for (const t of src.glossary?.parts.get(key) ?? [])
    out.push({ text: t, penalty: out.length * 0.1, source: 'glossary' });
  const entry = src.lexicon ? lookupLexicon(word) : undefined;
  // A foreign entry comes first; an Arabic one (جميل → Jamil) only after the family's rules (Cemil).
  const arabicEntry = entry && entry.origin === undefined;
  if (entry && !arabicEntry)
    for (const t of entry.spellings) out.push({ text: t, penalty: out.length * 0.1, source: 'lexicon' });
  // A given name of the family (ديمتري → Dmitry; محمد → Mehmet in a Turkish name only).
  const givens = src.lexicon ? foreignGiven(word).filter((g) => g.origin === origin) : [];
  for (const g of givens)
    for (const t of g.spellings) out.push({ text: t, penalty: out.length * 0.1, source: 'lexicon' });
  // Exact misses: a variant spelling of a known foreign name (زيلنسكي → Zelensky), before the rules.
  const loose =
    src.lexicon && !entry && givens.length === 0 && origin !== 'east-asian' ? looseFind(word, origin) : undefined;
  if (loose) for (const t of loose.spellings) out.push({ text: t, penalty: 0.2 + out.length * 0.1, source: 'lexicon' });
  const shift = out.length > 0 ? 1.5 : 0;
  styles.forEach((style, rank) => {
    const spelled =
      style === 'chinese' || style === 'korean' || style === 'japanese'
        ? eastAsianWord(word, style)
        : spellForeignWord(word, style, PER_WORD);
    for (const s of spelled.slice(0, PER_WORD)) {
      out.push({
        text: glue ? s.text.toLowerCase() : s.text,
        ...(s.native ? { native: glue ? s.native.toLowerCase() : s.native } : {}),
        penalty: Math.max(0, s.penalty + 0.3) + rank * STYLE_STEP + shift,
        source: 'rules',
      });
    }
  });
  if (arabicEntry) entry.spellings.forEach((t, i) => out.push({ text: t, penalty: 0.9 + i * 0.1, source: 'lexicon' }));
  const seen = new Map<string, WordPiece>();
  for (const p of out) {
    const k = p.text.toLowerCase();
    const old = seen.get(k);
    if (!old || old.penalty > p.penalty) seen.set(k, glue ? { ...p, glue: true } : p);
  }
  return [...seen.values()].sort((a, b) => a.penalty - b.penalty).slice(0, PER_WORD);
}

interface Partial {
  text: string;
  native: string;
  penalty: number;
  source: ForeignCandidate['source'];
}

/** The best combinations of the words' spellings; styles are the judgement's, the first the likeliest. */
export function foreignCandidates(
  words: readonly string[],
  styles: readonly Style[],
  src: Sources,
  origin: Origin,
): ForeignCandidate[] {
  let beam: Partial[] = [{ text: '', native: '', penalty: 0, source: 'glossary' }];
  for (const w of words) {
    const pieces = wordPieces(w, styles, src, origin);
    if (pieces.length === 0) continue;
    const next: Partial[] = [];
    for (const b of beam)
      for (const p of pieces) {
        const sep = b.text === '' || p.glue ? '' : ' ';
        next.push({
          text: b.text + sep + p.text,
          native: b.native + sep + (p.native ?? p.text),
          penalty: b.penalty + p.penalty,
          source: SOURCE_RANK[p.source] < SOURCE_RANK[b.source] ? p.source : b.source,
        });
      }
    next.sort((a, b) => a.penalty - b.penalty);
    beam = next.slice(0, BEAM);
  }
  const out: ForeignCandidate[] = [];
  for (const b of beam) {
    if (!b.text) continue;
    out.push({
      text: b.text,
      penalty: b.penalty,
      source: b.source,
      ...(b.native !== b.text ? { native: b.native } : {}),
    });
  }
  return out;
}

/** The origin a style's candidates report. */
export function originOf(style: Style): Origin {
  return ORIGIN_OF_STYLE[style];
}

export type { OriginJudgement as Judgement };

const DEFAULT_STYLES: Readonly<Record<Origin, readonly Style[]>> = {
  arabic: ['arabic'],
  persian: ['persian'],
  turkish: ['turkish'],
  russian: ['russian'],
  european: ['english', 'german', 'french'],
  'east-asian': ['chinese', 'korean', 'japanese'],
  hebrew: ['hebrew', 'english'],
  other: ['english', 'armenian'],
};

/** The styles to try for a name whose family the caller gives: the judged ones of that family, else its defaults. */
export function stylesOf(
  origin: Origin,
  words: readonly string[],
  context: readonly string[],
  known?: (w: string) => Origin | undefined,
): Style[] {
  const judged = judgeOrigin(words, context, known);
  const mine = judged.styles.filter((s) => ORIGIN_OF_STYLE[s] === origin);
  for (const s of DEFAULT_STYLES[origin]) if (!mine.includes(s)) mine.push(s);
  return mine;
}

/** The origin the lexicon gives a word: a foreign whole-name entry's, or a given name's when only one family has it. */
export function knownOrigin(word: string): Origin | undefined {
  const entry = lookupLexicon(word);
  if (entry) return entry.origin;
  const given = [...new Set(foreignGiven(word).map((g) => g.origin))];
  if (given.length > 0) return given.length === 1 ? given[0] : undefined;
  // A variant spelling of a known foreign name, for a word the letters alone do not read as Arabic.
  if (judgeOrigin([word]).origin === 'arabic') return undefined;
  return looseFind(word, undefined, ['close'])?.origin as Origin | undefined;
}
