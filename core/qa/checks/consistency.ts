/**
 * The `consistency` check: the same Arabic (after normalisation) translated differently in the document. Each
 * paragraph whose English differs from the first translation of that Arabic is flagged with that paragraph.
 */
import { normalizeArabic } from '../../arabic/normalize';
import type { Paragraph } from '../../model';
import type { QaCheck } from '../types';
import { checkable, makeFlag } from './flag';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Normalised Arabic → the first confirmed paragraph with it. Built once per run. */
function firsts(paragraphs: readonly Paragraph[]): Map<string, Paragraph> {
  const map = new Map<string, Paragraph>();
  for (const p of paragraphs) {
    if (!checkable(p)) continue;
    const key = squash(normalizeArabic(p.source).replace(/[.،,؛;:!؟?«»"]/g, ''));
    if (key !== '' && !map.has(key)) map.set(key, p);
  }
  return map;
}

export const consistencyCheck: QaCheck = {
  id: 'consistency',
  run(p, ctx) {
    if (!checkable(p)) return [];
    let map = ctx.memo.get('consistency') as Map<string, Paragraph> | undefined;
    if (!map) ctx.memo.set('consistency', (map = firsts(ctx.paragraphs)));
    const key = squash(normalizeArabic(p.source).replace(/[.،,؛;:!؟?«»"]/g, ''));
    const first = map.get(key);
    if (!first || first.index === p.index || squash(first.target) === squash(p.target)) return [];
    return [makeFlag('consistency', p, {
      kind: 'paragraph', about: `${first.index}:${first.target}`,
      message: `the same Arabic is “${first.target}” in paragraph ${first.index} (counted from 0)`,
      side: 'en', start: 0, end: p.target.length, source: first.target, target: p.target, params: { n: first.index + 1, other: first.index },
    })];
  },
};
