/** Cleaning a term before it is stored, and the glossary a write goes to. */
import type { TermKind } from '../../../core/glossary';
import { termForms, termKey } from '../../../core/glossary';
import { ApiError } from '../../../core/api/contract';
import { msg } from '../../../core/i18n/message';
import { foldPresentationForms } from '../../../core/arabic/presentation-forms';
import * as repo from '../../../db/glossary-repo';
import type { Db } from '../../../db/open';
import type { Env } from '../../app/env';

export const DEFAULT_GLOSSARY = 'Main';

export interface TermInput {
  source: string;
  target: string;
  kind: TermKind;
  variants?: string[] | undefined;
  note?: string | undefined;
  /** English spellings not to use (from a CSV/TBX import). */
  deprecated?: string[] | undefined;
}

/** The glossary a write goes to: the named one (created on first use), or the workspace's first. */
export function resolveGlossary(db: Db, env: Env, name?: string): repo.GlossaryRow {
  const all = repo.listGlossaries(db);
  const wanted = name?.trim() || all[0]?.name || DEFAULT_GLOSSARY;
  const found = all.find((g) => g.name === wanted);
  if (found) return found;
  const id = env.newId();
  repo.insertGlossary(db, { id, name: wanted, now: env.now() });
  return { id, name: wanted, priority: all.length, terms: 0 };
}

/** The letters as written, marks removed: two spellings equal here are one spelling. */
function writtenForm(arabic: string): string {
  return termForms(arabic).written.join(' ');
}

export function cleanTerm(input: TermInput): repo.TermWrite {
  const source = foldPresentationForms(input.source).trim().replace(/\s+/g, ' ');
  const target = input.target.trim();
  if (!source) throw new ApiError('invalid-input', msg('termNoArabic'));
  if (!/[\u0600-\u06FF]/.test(source)) throw new ApiError('invalid-input', msg('termNoArabicLetters', { source }));
  if (!target) throw new ApiError('invalid-input', msg('termNoEnglish', { source }));
  const key = termKey(source);
  // A variant written as the term or an earlier variant (marks aside) is kept once, silently. One with the same key
  // but other letters is kept: إب with a variant اب, where a two-letter term matches only as written, or حماة with
  // حماه, which the homograph guard refuses unless the glossary says that spelling is the name.
  const seen = new Set([writtenForm(source)]);
  const variants: string[] = [];
  for (const v of input.variants ?? []) {
    const t = foldPresentationForms(v).trim().replace(/\s+/g, ' ');
    const w = writtenForm(t);
    if (t && termKey(t) && !seen.has(w)) {
      seen.add(w);
      variants.push(t);
    }
  }
  const term: repo.TermWrite = { source, key, target, kind: input.kind, variants, note: input.note?.trim() ?? '' };
  if (input.deprecated !== undefined) {
    // A deprecated spelling that is also an approved alternative would flag the right English: dropped.
    const approved = new Set(target.split('|').map((a) => a.trim().toLowerCase()));
    term.deprecated = [
      ...new Set(input.deprecated.map((d) => d.trim()).filter((d) => d !== '' && !approved.has(d.toLowerCase()))),
    ];
  }
  return term;
}
