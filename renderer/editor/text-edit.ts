/** Pure text edits of the English editor: inserting a term at the cursor, completing a partial word. */

export interface Edit {
  value: string;
  caret: number;
}

const WORDISH = /[\p{L}\p{M}\p{N}]/u;
/** After these a term follows directly; after anything else (a word, a comma, a full stop) a space goes first. */
const OPENING = /[\s([{“‘"'«\-/]$/u;

/**
 * Inserts `text` over the selection [start, end). A space is added where the term would otherwise glue onto
 * a neighbouring word, so a click after "in" gives "in Jowzjan", not "inJowzjan", and "Jowzjan, Darzab" after a comma.
 */
export function insertText(value: string, start: number, end: number, text: string): Edit {
  const before = value.slice(0, start);
  const after = value.slice(end);
  const lead = before && !OPENING.test(before) ? ' ' : '';
  const trail = after && WORDISH.test(after[0]!) ? ' ' : '';
  const inserted = lead + text + trail;
  return { value: before + inserted + after, caret: start + lead.length + text.length };
}

/** The word being typed just before the caret (letters, marks, digits, apostrophes, hyphens). */
export function partialWord(value: string, caret: number): { start: number; word: string } | null {
  if (caret < value.length && WORDISH.test(value[caret]!)) return null; // in the middle of a word
  const m = /[\p{L}\p{M}\p{N}'’-]+$/u.exec(value.slice(0, caret));
  if (!m) return null;
  const letters = m[0].match(/\p{L}/gu)?.length ?? 0;
  return letters >= 2 ? { start: caret - m[0].length, word: m[0] } : null;
}

/** The English forms that extend the partial word (case-insensitive), each once, shortest first. */
export function completionsFor(word: string, targets: readonly string[]): string[] {
  const lower = word.toLocaleLowerCase('en');
  const out = new Set<string>();
  for (const t of targets) {
    if (t.length > word.length && t.toLocaleLowerCase('en').startsWith(lower)) out.add(t);
  }
  return [...out].sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/** Replaces the partial word [start, caret) with the accepted completion. */
export function replaceWord(value: string, start: number, caret: number, completion: string): Edit {
  return { value: value.slice(0, start) + completion + value.slice(caret), caret: start + completion.length };
}
