/**
 * The `consistency` check: the same Arabic (after normalisation) translated differently in the document. Each
 * paragraph whose English differs from the first translation of that Arabic is flagged with that paragraph.
 */
import { normalizeArabic } from '../../arabic/normalize';
import type { Paragraph } from '../../model';
import type { QaCheck } from '../types';
import { checkable, makeFlag } from './flag';

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

export const consistencyCheck: QaCheck = {
  id: 'consistency',
  run(p, ctx) {
    if (!checkable(p)) return [];
    let t = ctx.memo.get('consistency') as Table | undefined;
    if (!t) ctx.memo.set('consistency', (t = table(ctx.paragraphs)));
    const first = t.first.get(t.keys.get(p.index) ?? keyOf(p));
    if (!first || first.index === p.index || squash(first.target) === squash(p.target)) return [];
    return [makeFlag('consistency', p, {
      kind: 'paragraph', about: `${first.index}:${first.target}`,
      message: `the same Arabic is “${first.target}” in paragraph ${first.index} (counted from 0)`,
      side: 'en', start: 0, end: p.target.length, source: first.target, target: p.target, params: { n: first.index + 1, other: first.index },
    })];
  },
};
