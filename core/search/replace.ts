/**
 * Replacing in the English. Literal by default (a `$` in the replacement is a `$`); with `regex`, JavaScript's
 * replacement syntax ($1, $<name>, $&, $$). An inline code (a private-use character standing for XLIFF markup)
 * must survive as it was: a replacement that deletes or doubles one is refused for that row.
 */
import { compileQuery } from './regex';
import type { SearchOptions } from './types';

export interface ReplaceOptions extends Omit<SearchOptions, 'partial'> {
  /** Replace only the hit that starts at this offset (replace one). */
  onlyAt?: number | undefined;
}

/** Expands `$…` in a regex replacement for one match (what String.replace does, done here so one hit can be picked). */
function expand(
  template: string,
  match: string,
  groups: readonly (string | undefined)[],
  named: Record<string, string | undefined> | undefined,
): string {
  return template.replace(
    /\$(\$|&|<([^>]*)>|(\d{1,2}))/g,
    (all, what: string, name: string | undefined, num: string | undefined) => {
      if (what === '$') return '$';
      if (what === '&') return match;
      if (name !== undefined) return named ? (named[name] ?? '') : all;
      let n = Number(num);
      // $12 with fewer than 12 groups is $1 followed by "2", as in JavaScript.
      if (n > groups.length && num!.length === 2) {
        n = Number(num![0]);
        return n >= 1 && n <= groups.length ? (groups[n - 1] ?? '') + num![1] : all;
      }
      return n >= 1 && n <= groups.length ? (groups[n - 1] ?? '') : all;
    },
  );
}

export function replaceText(
  text: string,
  find: string,
  replacement: string,
  options: ReplaceOptions,
): { after: string; count: number } {
  if (find === '') return { after: text, count: 0 };
  const re = compileQuery(find, options);
  let count = 0;
  const after = text.replace(re, (...args: unknown[]) => {
    const match = args[0] as string;
    const last = args[args.length - 1];
    const hasNamed = typeof last === 'object' && last !== null;
    const offsetAt = hasNamed ? args.length - 3 : args.length - 2;
    const offset = args[offsetAt] as number;
    if (match === '' || (options.onlyAt !== undefined && offset !== options.onlyAt)) return match;
    count++;
    if (!options.regex) return replacement;
    const groups = args.slice(1, offsetAt) as (string | undefined)[];
    return expand(replacement, match, groups, hasNamed ? (last as Record<string, string | undefined>) : undefined);
  });
  return { after, count };
}

const isCode = (c: number): boolean => c >= 0xe000 && c <= 0xf8ff;

function codeCounts(text: string): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCode(c)) m.set(c, (m.get(c) ?? 0) + 1);
  }
  return m;
}

/** Why a replacement may not be written (an inline code deleted or doubled), or null when it may. Codes numbered from 1, as ①②… show them. */
export function inlineCodeProblem(before: string, after: string): string | null {
  const was = codeCounts(before);
  const now = codeCounts(after);
  for (const [code, n] of was) {
    if ((now.get(code) ?? 0) < n) return `the replacement would delete inline code ${code - 0xe000 + 1}`;
  }
  for (const [code, n] of now) {
    if (n > (was.get(code) ?? 0)) return `the replacement would double inline code ${code - 0xe000 + 1}`;
  }
  return null;
}
