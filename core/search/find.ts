/**
 * One search over a document's paragraphs, compiled once: the Arabic side normalised and clitic-aware
 * (or the user's regular expression on the text as stored), the English side with match case and whole word.
 */
import { arabicQuery, findArabic } from './arabic';
import { compileQuery, regexSpans } from './regex';
import type { SearchOptions, SearchSide, Span } from './types';

export interface SearchHit extends Span {
  /** Counted from 0. */
  paragraph: number;
  side: 'ar' | 'en';
  /** The hit as written. */
  text: string;
}

export interface Finder {
  ar(text: string): Span[];
  en(text: string): Span[];
}

const NONE = (): Span[] => [];

export function createFinder(query: string, side: SearchSide, options: SearchOptions = {}): Finder {
  if (query === '') return { ar: NONE, en: NONE };
  const en = side === 'ar' ? null : compileQuery(query, options);
  let ar: Finder['ar'] = NONE;
  if (side !== 'en') {
    if (options.regex) {
      const re = compileQuery(query, { regex: true, matchCase: true });
      ar = (text) => regexSpans(text, re);
    } else {
      const q = arabicQuery(query, options.partial === true);
      ar = (text) => findArabic(text, q);
    }
  }
  return { ar, en: en ? (text) => regexSpans(text, en) : NONE };
}

/** Every hit in reading order: paragraph by paragraph, the Arabic before the English. */
export function searchParagraphs(
  paragraphs: ReadonlyArray<{ index: number; source: string; target: string }>,
  finder: Finder,
  limit = Infinity,
): { hits: SearchHit[]; total: number; paragraphs: number[] } {
  const hits: SearchHit[] = [];
  const withHits: number[] = [];
  let total = 0;
  for (const p of paragraphs) {
    const ar = finder.ar(p.source);
    const en = finder.en(p.target);
    if (ar.length + en.length === 0) continue;
    withHits.push(p.index);
    total += ar.length + en.length;
    for (const s of ar)
      if (hits.length < limit)
        hits.push({ paragraph: p.index, side: 'ar', start: s.start, end: s.end, text: p.source.slice(s.start, s.end) });
    for (const s of en)
      if (hits.length < limit)
        hits.push({ paragraph: p.index, side: 'en', start: s.start, end: s.end, text: p.target.slice(s.start, s.end) });
  }
  return { hits, total, paragraphs: withHits };
}
