/**
 * Transliteration of Arabic-script names into English: ranked candidates in three schemes.
 * Order of sources: a whole-name glossary hit first, then the glossary's and the lexicon's spellings of the parts,
 * then the rules. Pure: no Node, DOM or database.
 *
 * Bad input never throws: empty input and input without Arabic letters (Latin, digits) give an empty list;
 * non-Arabic tokens inside an Arabic name are passed through as written; input longer than LONG_INPUT characters
 * gets one candidate, word by word, in linear time.
 */
import { toBuckwalter } from './buckwalter';
import { combine, nameWords, persianContext, segmentName } from './compose';
import { glossaryKey, prepareGlossary } from './glossary-parts';
import type { GlossaryLookup } from './glossary-parts';
import { lookupLexicon } from './lexicon';
import { ruleSpellings } from './word-candidates';
import type { Piece } from './word-candidates';
import type { Combined } from './compose';
import type { GlossaryTerm } from '../glossary/types';
import { foreignCandidates, judgeOrigin, knownOrigin, ORIGIN_OF_STYLE, stylesOf } from './foreign';
import { acronymReadings } from './foreign/acronym';
import { looseLexicon } from './foreign/loose';
import type { Origin } from './foreign';

export { judgeOrigin, ORIGINS } from './foreign';
export type { Origin } from './foreign';

export type Scheme = 'news' | 'ala-lc' | 'buckwalter';

export interface Candidate {
  text: string;
  scheme: Scheme;
  source: 'glossary' | 'lexicon' | 'rules';
  /** The family whose spelling this is: the name's judged origin, or `arabic` for the Arabic reading of a foreign name. */
  origin: Origin;
}

export interface TransliterateOptions {
  scheme?: Scheme;
  /** The team's glossary: its spellings come first. Terms, or a lookup prepared once with `prepareGlossary`. */
  glossary?: readonly GlossaryTerm[] | GlossaryLookup;
  /** The built-in lexicon (default on). Off only to measure the rules alone (eval, tests). */
  lexicon?: boolean;
  /** How many candidates at most (default 6). */
  limit?: number;
  /** The name's family when the caller knows it (discovery judges it with the words around the name). */
  origin?: Origin;
  /** Words around the name in the text (وزير الخارجية الروسي …): they help judge its family. */
  context?: readonly string[];
}

export { prepareGlossary } from './glossary-parts';
export type { GlossaryLookup } from './glossary-parts';

export const LONG_INPUT = 200;
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;

function asLookup(g: TransliterateOptions['glossary']): GlossaryLookup | undefined {
  if (!g) return undefined;
  return Array.isArray(g) ? prepareGlossary(g as readonly GlossaryTerm[]) : (g as GlossaryLookup);
}

export function transliterate(input: string, opts: TransliterateOptions = {}): Candidate[] {
  const scheme = opts.scheme ?? 'news';
  const limit = opts.limit ?? 6;
  const text = typeof input === 'string' ? input.trim() : '';
  if (!text || !ARABIC_LETTER.test(text)) return [];
  const glossary = asLookup(opts.glossary);
  const words = nameWords(text);
  const arabicWords = words.filter((w) => ARABIC_LETTER.test(w));
  const known = opts.lexicon !== false ? knownOrigin : undefined;
  const judgement = judgeOrigin(arabicWords, opts.context ?? [], known);
  // A name the lexicon knows whole (شي جين بينغ) has the lexicon's origin.
  // A variant spelling of such a name (a loose-key hit) too, when the letters do not read it as Arabic.
  const exactWhole = known ? lookupLexicon(text) : undefined;
  const looseWhole =
    known && !exactWhole && arabicWords.length > 1 && judgement.origin !== 'arabic' ? looseLexicon(text) : undefined;
  const wholeOrigin = exactWhole?.origin ?? looseWhole?.origin;
  let judged = opts.origin ?? wholeOrigin ?? judgement.origin;
  // The Persian-context rules (compose.ts) know Persian names the letter signals miss (Karzai, Zarif in the lexicon).
  if (judged === 'arabic' && !opts.origin && persianContext(arabicWords, { lexicon: opts.lexicon !== false }))
    judged = 'persian';
  const foreign = judged !== 'arabic' && judged !== 'persian';
  const out: Candidate[] = [];
  const add = (t: string, source: Candidate['source'], origin: Origin = judged): void => {
    if (t && !out.some((c) => c.text.toLowerCase() === t.toLowerCase())) out.push({ text: t, scheme, source, origin });
  };
  const whole = glossary?.whole.get(glossaryKey(text));
  for (const t of whole ?? []) add(t, 'glossary');
  if (scheme === 'buckwalter') {
    add(toBuckwalter(text), 'rules');
    return out.slice(0, limit);
  }
  if (text.length > LONG_INPUT) {
    add(longInput(text, scheme), 'rules');
    return out.slice(0, limit);
  }
  const src = { lexicon: opts.lexicon !== false, ...(glossary ? { glossary } : {}) };
  if (scheme === 'news' && src.lexicon) for (const t of (exactWhole ?? looseWhole)?.spellings ?? []) add(t, 'lexicon');
  // An acronym spelled out in letter names (بي كي كي → PKK): its readings, then the name read as words.
  const acronyms = scheme === 'news' && words.length === arabicWords.length ? acronymReadings(arabicWords) : [];
  for (const t of acronyms) add(t, 'rules', 'other');
  // A foreign name: the family's spellings first (Lavrov), its own letters next (Çavuşoğlu), the Arabic reading last.
  let arabicFrom = 0;
  if (foreign && scheme === 'news') {
    const styles = opts.origin ? stylesOf(opts.origin, arabicWords, opts.context ?? [], known) : judgement.styles;
    const found = foreignCandidates(arabicWords, styles, src, judged);
    for (const c of found.slice(0, Math.max(3, limit - 2))) add(c.text, c.source);
    const native = found[0]?.native;
    if (native)
      out.splice(Math.min(out.length, 1 + out.findIndex((c) => c.text === found[0]?.text)), 0, {
        text: native,
        scheme,
        source: found[0]?.source ?? 'rules',
        origin: judged,
      });
    arabicFrom = out.length;
  }
  // Arabic runs are read as names; other tokens (Latin, digits) are passed through where they stand.
  const segments: Piece[][] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) segments.push(...segmentName(run, scheme, src));
    run = [];
  };
  for (const w of words) {
    if (ARABIC_LETTER.test(w)) run.push(w);
    else {
      flush();
      segments.push([{ text: w, penalty: 0, source: 'lexicon' }]);
    }
  }
  flush();
  const combined = combine(segments);
  // The Afghan/Iranian reading (Mohammad Hasan Akhund): first for a Persian-context name, else third.
  const styled = faStyle(segments);
  if (styled && combined.length > 0) {
    const at = persianContext(nameWords(text), src) ? 0 : Math.min(2, combined.length);
    combined.splice(at, 0, styled);
  }
  const own: Origin = foreign ? 'arabic' : judged;
  for (const c of combined) add(capitalizeFirst(c.text), c.source, own);
  // An Arabic or Persian reading with some foreign evidence: the foreign family's best spelling second or third.
  const runner = judgement.runnerUp;
  if (
    !foreign &&
    !opts.origin &&
    runner &&
    scheme === 'news' &&
    out.length > 1 &&
    !out.some((c) => c.source !== 'rules')
  ) {
    // Strong evidence earns two foreign spellings (a foreign name's vowels are the ambiguous part: Volodin/Foladin).
    const alts = foreignCandidates(arabicWords, [runner.style], src, ORIGIN_OF_STYLE[runner.style])
      .filter((a) => !out.some((c) => c.text.toLowerCase() === a.text.toLowerCase()))
      .slice(0, runner.score >= 2 && judged === 'arabic' && ORIGIN_OF_STYLE[runner.style] !== 'east-asian' ? 2 : 1);
    // A name judged Arabic keeps its two best Arabic readings ahead of weak foreign evidence, not three (Hunt, Patel
    // and Biden look Arabic by their letters); a Persian one keeps three.
    let at = runner.score >= 1.5 ? 1 : runner.score >= 1 || judged === 'arabic' ? 2 : 3;
    for (const alt of alts)
      out.splice(at++, 0, { text: alt.text, scheme, source: 'rules', origin: ORIGIN_OF_STYLE[runner.style] });
  }
  // Acronym readings stay together, after any glossary or lexicon spelling.
  if (acronyms.length > 0) {
    const known = out.filter((c) => c.source !== 'rules');
    const acr = out.filter((c) => c.source === 'rules' && acronyms.includes(c.text));
    return [...known, ...acr, ...out.filter((c) => !known.includes(c) && !acr.includes(c))].slice(0, limit);
  }
  // A foreign name keeps room for one Arabic reading at the end (the name may be Arabic after all).
  if (foreign && limit >= 4 && out.length > limit && arabicFrom >= limit)
    out.splice(limit - 1, 0, ...out.splice(arabicFrom, 1));
  return out.slice(0, limit);
}

/** Each segment's Persian-context spelling where it has one, else its first: undefined when no segment has one. */
function faStyle(segments: readonly Piece[][]): Combined | undefined {
  let any = false;
  const parts: Piece[] = [];
  for (const seg of segments) {
    const fa = seg.find((p) => p.fa);
    if (fa) any = true;
    const p = fa ?? seg[0];
    if (p) parts.push(p);
  }
  if (!any) return undefined;
  return {
    text: parts.map((p) => p.text).join(' '),
    penalty: 0,
    source: parts.some((p) => p.source === 'rules') ? 'rules' : 'lexicon',
  };
}

function capitalizeFirst(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** One spelling for a long text: each Arabic word's first rule spelling, other tokens as written. */
function longInput(text: string, scheme: 'news' | 'ala-lc'): string {
  const seen = new Map<string, string>();
  const spell = (w: string): string => {
    let t = seen.get(w);
    if (t === undefined) {
      t = ARABIC_LETTER.test(w) && w.length <= 30 ? (ruleSpellings(w, scheme, { construct: false })[0]?.text ?? w) : w;
      seen.set(w, t);
    }
    return t;
  };
  return text.split(/\s+/).slice(0, 2000).map(spell).join(' ');
}
