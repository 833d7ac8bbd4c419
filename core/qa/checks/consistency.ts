/**
 * The `consistency` check: the same Arabic (after normalisation) translated differently in the document (each
 * paragraph whose English differs from the first translation of that Arabic is flagged with that paragraph), and
 * two different Arabic names given the same English: a glossary name of this paragraph's Arabic whose English is
 * missing while the English of another name of the document (not in this Arabic) stands in its place.
 */
import { normalizeArabic } from '../../arabic/normalize';
import { preferredTarget, targetFound } from '../../glossary';
import type { GlossaryTerm } from '../../glossary/types';
import { PROPER_KINDS } from '../../glossary/types';
import type { Paragraph } from '../../model';
import type { QaCheck } from '../types';
import type { QaContext, QaFlag } from '../types';
import { checkable, makeFlag } from './flag';
import { glossaryMatches } from './glossary-matches';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

const keyOf = (p: Paragraph): string => squash(normalizeArabic(p.source).replace(/[.،,؛;:!؟?«»"]/g, ''));

interface Table {
  /** Normalised Arabic → the first confirmed paragraph with it. */
  first: Map<string, Paragraph>;
  /** Each confirmed paragraph's key, so it is computed once per run. */
  keys: Map<number, string>;
}

function table(paragraphs: readonly Paragraph[]): Table {
  const first = new Map<string, Paragraph>();
  const keys = new Map<number, string>();
  for (const p of paragraphs) {
    if (!checkable(p)) continue;
    const key = keyOf(p);
    keys.set(p.index, key);
    if (key !== '' && !first.has(key)) first.set(key, p);
  }
  return { first, keys };
}

/** The names (person, place, org terms) matched anywhere in the document's confirmed Arabic. */
function documentNames(ctx: QaContext): GlossaryTerm[] {
  let names = ctx.memo.get('consistency-names') as GlossaryTerm[] | undefined;
  if (!names) {
    const seen = new Set<GlossaryTerm>();
    for (const q of ctx.paragraphs)
      if (checkable(q)) for (const m of glossaryMatches(ctx, q)) if (PROPER_KINDS.has(m.term.kind)) seen.add(m.term);
    ctx.memo.set('consistency-names', (names = [...seen]));
  }
  return names;
}

function nameFlags(p: Paragraph, ctx: QaContext): QaFlag[] {
  if (!ctx.glossary) return [];
  const here = new Set(glossaryMatches(ctx, p).map((m) => m.term));
  const flags: QaFlag[] = [];
  for (const term of here) {
    if (!PROPER_KINDS.has(term.kind) || targetFound(term.target, p.target)) continue;
    const other = documentNames(ctx).find(
      (o) =>
        !here.has(o) && preferredTarget(o.target) !== preferredTarget(term.target) && targetFound(o.target, p.target),
    );
    if (!other) continue;
    flags.push(
      makeFlag('consistency', p, {
        kind: 'name',
        about: `${term.id}>${other.id}`,
        message: `${term.source} is given the English of ${other.source} (“${preferredTarget(other.target)}”); the glossary has “${preferredTarget(term.target)}”`,
        source: term.source,
        target: preferredTarget(other.target),
        params: { other: other.source, expected: preferredTarget(term.target) },
      }),
    );
  }
  return flags;
}

export const consistencyCheck: QaCheck = {
  id: 'consistency',
  run(p, ctx) {
    if (!checkable(p)) return [];
    let t = ctx.memo.get('consistency') as Table | undefined;
    if (!t) ctx.memo.set('consistency', (t = table(ctx.paragraphs)));
    const first = t.first.get(t.keys.get(p.index) ?? keyOf(p));
    const names = nameFlags(p, ctx);
    if (!first || first.index === p.index || squash(first.target) === squash(p.target)) return names;
    return [
      ...names,
      makeFlag('consistency', p, {
        kind: 'paragraph',
        about: `${first.index}:${first.target}`,
        message: `the same Arabic is “${first.target}” in paragraph ${first.index} (counted from 0)`,
        side: 'en',
        start: 0,
        end: p.target.length,
        source: first.target,
        target: p.target,
        params: { n: first.index + 1, other: first.index },
      }),
    ];
  },
};
