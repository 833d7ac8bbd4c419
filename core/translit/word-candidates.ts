/**
 * Candidate spellings of one word, from the glossary's parts, the lexicon, then the rules, each with a penalty.
 */
import { normalizeArabic } from '../arabic/normalize';
import { lookupLexicon } from './lexicon';
import type { LexiconKind } from './lexicon';
import { capitalize, spellAlaLc, spellNewsVariants } from './render';
import type { WordContext } from './render';
import { readWord } from './vowelize';
import type { GlossaryLookup } from './glossary-parts';

export type Source = 'glossary' | 'lexicon' | 'rules';
export type RuleScheme = 'news' | 'ala-lc';

/** Where known spellings come from: the team's glossary, and the built-in lexicon unless switched off. */
export interface Sources {
  glossary?: GlossaryLookup;
  lexicon: boolean;
}

export interface Piece {
  text: string;
  penalty: number;
  source: Source;
  kind?: LexiconKind;
  /** The spelling Afghan and Iranian usage prefers (Mohammad for محمد): chosen when the name is Persian-context. */
  fa?: boolean;
}

/** Lexicon and glossary spellings always outrank the rules: the rules' first choice comes after them. */
const RULES_AFTER_KNOWN = 1.5;
const PER_WORD = 6;

function known(
  list: readonly string[],
  source: Source,
  ctx: WordContext,
  endsWithTa: boolean,
  kind?: LexiconKind,
  fa?: string,
): Piece[] {
  return list.map((text, i) => ({
    ...(text === fa ? { fa: true } : {}),
    // In a construct the -a of ة is spelled -at (Hiba → Hibat in Hibatullah).
    text: ctx.construct && endsWithTa ? text.replace(/ah?$/i, 'at') : text,
    penalty: i * 0.1,
    source,
    ...(kind ? { kind } : {}),
  }));
}

const plain = (t: string): string => t.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Rule spellings of one word. For ALA-LC, `known` news spellings (lexicon, glossary) pick the vowels: a reading
 * whose news spelling is a known one (Hikmat, Hekmat → ḥikmat) comes first, so حكمت is Ḥikmat, not Ḥakmat.
 */
export function ruleSpellings(
  word: string,
  scheme: RuleScheme,
  ctx: WordContext,
  known: readonly string[] = [],
): Piece[] {
  const best = new Map<string, number>();
  // A known spelling of the bare noun also names its construct (Hiba → Hibat Allah).
  const targets = new Set(known.flatMap((k) => [plain(k), plain(k).replace(/ah?$/, 'at')]));
  for (const reading of readWord(word, ctx.persian === true, ctx.construct && ctx.beforeAllah === true)) {
    if (scheme === 'ala-lc') {
      const text = capitalize(spellAlaLc(reading.units, ctx));
      const rank =
        targets.size > 0 ? spellNewsVariants(reading.units, ctx).findIndex((s) => targets.has(plain(s.text))) : -1;
      const penalty = reading.penalty + (rank >= 0 ? -5 + rank * 0.01 : 0);
      if ((best.get(text) ?? Infinity) > penalty) best.set(text, penalty);
      continue;
    }
    for (const s of spellNewsVariants(reading.units, ctx)) {
      const text = capitalize(s.text);
      const p = reading.penalty + s.penalty;
      if ((best.get(text) ?? Infinity) > p) best.set(text, p);
    }
  }
  return [...best]
    .map(([text, penalty]) => ({ text, penalty, source: 'rules' as const }))
    .sort((a, b) => a.penalty - b.penalty)
    .slice(0, PER_WORD);
}

/** All candidates for one word: glossary parts, then lexicon (news only: its spellings are press spellings), then rules. */
export function wordCandidates(
  word: string,
  scheme: RuleScheme,
  ctx: WordContext,
  src: Sources,
  hints: readonly string[] = [],
): Piece[] {
  const key = normalizeArabic(word);
  const endsWithTa = /[ةه]$/.test(key) || word.endsWith('ة');
  const out: Piece[] = [];
  const fromGlossary = src.glossary?.parts.get(key);
  if (fromGlossary) out.push(...known(fromGlossary, 'glossary', ctx, endsWithTa));
  const entry = src.lexicon ? lookupLexicon(word) : undefined;
  if (entry && scheme === 'news') out.push(...known(entry.spellings, 'lexicon', ctx, endsWithTa, entry.kind, entry.fa));
  const shift = out.length > 0 ? RULES_AFTER_KNOWN : 0;
  // ALA-LC has no lexicon of its own: the known news spellings vocalise the rules' readings instead.
  const news = scheme === 'ala-lc' ? [...(fromGlossary ?? []), ...(entry?.spellings ?? []), ...hints] : [];
  for (const r of ruleSpellings(word, scheme, ctx, news)) out.push({ ...r, penalty: Math.max(0, r.penalty) + shift });
  return dedupe(out).slice(0, PER_WORD);
}

export function dedupe(pieces: readonly Piece[]): Piece[] {
  const seen = new Map<string, Piece>();
  for (const p of pieces) {
    const k = p.text.toLowerCase();
    const old = seen.get(k);
    if (!old || old.penalty > p.penalty) seen.set(k, p);
  }
  return [...seen.values()].sort((a, b) => a.penalty - b.penalty);
}
