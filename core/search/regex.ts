/** Turning a query into a JavaScript RegExp: literal or the user's own pattern, whole word and case as asked. */
import type { SearchOptions, Span } from './types';
import { SearchSyntaxError } from './types';

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
// A word character for "whole word": any letter, mark or digit (so "Kabul" is not found in "Kabuli").
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';

export function escapeRegex(text: string): string {
  return text.replace(ESCAPE, '\\$&');
}

/** The global RegExp for a query; a pattern JavaScript rejects is a SearchSyntaxError naming it. */
export function compileQuery(query: string, options: SearchOptions): RegExp {
  const body = options.regex ? query : escapeRegex(query);
  const source = options.wholeWord ? `${BEFORE}(?:${body})${AFTER}` : body;
  const flags = `gu${options.matchCase ? '' : 'i'}`;
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new SearchSyntaxError(
      `the regular expression ${JSON.stringify(query)} is not valid: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`,
    );
  }
}

/** Every non-empty match of `re` in `text` (an empty match, as `a*` gives, is skipped, never looped on). */
export function regexSpans(text: string, re: RegExp): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
