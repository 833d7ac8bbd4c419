/** Compact term lists for unit tests (pure, so it may live in core/). */
import type { GlossaryTerm, TermKind } from './types';

export type TermSpec = [source: string, target: string, kind: TermKind, variants?: string[]];

export function makeTerms(specs: readonly TermSpec[]): GlossaryTerm[] {
  return specs.map(([source, target, kind, variants = []], i) => ({
    id: `t${i}`,
    source,
    target,
    kind,
    variants,
    note: '',
  }));
}
