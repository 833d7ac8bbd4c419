/**
 * QA check: which glossary terms found in the Arabic have none of their English alternatives in the translation.
 * Whole words only, case-insensitive, with Latin word boundaries: "Jowzjan" is found in "Jowzjan's" but not in
 * "Jowzjani"; runs of space and the two apostrophes (' ’) are treated alike so typography does not raise alarms.
 */
import { targetAlternatives } from './target';
import type { GlossaryMatch, GlossaryTerm } from './types';

const cache = new Map<string, RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for one English alternative, bounded by anything that is not a letter, mark or digit. */
function alternativePattern(alternative: string): RegExp {
  let re = cache.get(alternative);
  if (!re) {
    const body = alternative
      .split(/\s+/)
      .map((part) => escapeRegExp(part).replace(/['’]/g, "['’]"))
      .join('\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
    if (cache.size > 10000) cache.clear();
    cache.set(alternative, re);
  }
  return re;
}

/** True when one of the term's English alternatives occurs in `english`. */
export function targetFound(target: string, english: string): boolean {
  return targetAlternatives(target).some((alt) => alternativePattern(alt).test(english));
}

/** The terms matched in the Arabic whose English is missing from the translation, each once, in match order. */
export function checkConsistency(matches: GlossaryMatch[], english: string): GlossaryTerm[] {
  const missing: GlossaryTerm[] = [];
  const seen = new Set<GlossaryTerm>();
  for (const m of matches) {
    if (seen.has(m.term)) continue;
    seen.add(m.term);
    if (targetAlternatives(m.term.target).length === 0) continue; // nothing to check against
    if (!targetFound(m.term.target, english)) missing.push(m.term);
  }
  return missing;
}
