/** The glossary matches of a paragraph's Arabic, computed once per run and shared by the glossary and consistency checks. */
import type { GlossaryMatch } from '../../glossary/types';
import type { Paragraph } from '../../model';
import type { QaContext } from '../types';

export function glossaryMatches(ctx: QaContext, p: Paragraph): GlossaryMatch[] {
  if (!ctx.glossary) return [];
  let map = ctx.memo.get('glossary-matches') as Map<number, GlossaryMatch[]> | undefined;
  if (!map) ctx.memo.set('glossary-matches', (map = new Map()));
  let found = map.get(p.index);
  if (!found) map.set(p.index, (found = ctx.glossary.match(p.source)));
  return found;
}
