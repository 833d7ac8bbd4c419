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

export interface Piece {
  text: string;
  penalty: number;
  source: Source;
  kind?: LexiconKind;
}

/** Lexicon and glossary spellings always outrank the rules: the rules' first choice comes after them. */
const RULES_AFTER_KNOWN = 1.5;
const PER_WORD = 6;

function known(list: readonly string[], source: Source, ctx: WordContext, endsWithTa: boolean, kind?: LexiconKind): Piece[] {
  return list.map((text, i) => ({
    // In a construct the -a of ة is spelled -at (Hiba → Hibat in Hibatullah).
    text: ctx.construct && endsWithTa ? text.replace(/ah?$/i, 'at') : text,
    penalty: i * 0.1,
    source,
    ...(kind ? { kind } : {}),
  }));
}

export function ruleSpellings(word: string, scheme: RuleScheme, ctx: WordContext): Piece[] {
  const best = new Map<string, number>();
  for (const reading of readWord(word)) {
    if (scheme === 'ala-lc') {
      const text = capitalize(spellAlaLc(reading.units, ctx));
      if ((best.get(text) ?? Infinity) > reading.penalty) best.set(text, reading.penalty);
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
export function wordCandidates(word: string, scheme: RuleScheme, ctx: WordContext, glossary?: GlossaryLookup): Piece[] {
  const key = normalizeArabic(word);
  const endsWithTa = /[ةه]$/.test(key) || word.endsWith('ة');
  const out: Piece[] = [];
  const fromGlossary = glossary?.parts.get(key);
  if (fromGlossary) out.push(...known(fromGlossary, 'glossary', ctx, endsWithTa));
  const entry = lookupLexicon(word);
  if (entry && scheme === 'news') out.push(...known(entry.spellings, 'lexicon', ctx, endsWithTa, entry.kind));
  const shift = out.length > 0 ? RULES_AFTER_KNOWN : 0;
  for (const r of ruleSpellings(word, scheme, ctx)) out.push({ ...r, penalty: r.penalty + shift });
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
