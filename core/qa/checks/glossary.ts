/**
 * The glossary check: a confirmed row whose English lacks the glossary's rendering of a term found in its
 * Arabic, and a deprecated spelling of a term (the glossary's `deprecated` list) used in the English, with the
 * approved spelling offered as the fix (it replaces the missing-term flag of that term). The missing-term flag
 * keeps termId/termKey/kind for the Check tab and the CLI's JSON, as before the registry.
 */
import { checkConsistency, preferredTarget, termKey } from '../../glossary';
import type { GlossaryMatch, GlossaryTerm } from '../../glossary/types';
import type { Paragraph } from '../../model';
import type { QaCheck, QaFlag } from '../types';
import { flagKey } from '../types';
import { makeFlag } from './flag';
import { glossaryMatches } from './glossary-matches';
import { isDone } from '../../model';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function deprecatedUses(p: Paragraph, matches: GlossaryMatch[]): Map<GlossaryTerm, QaFlag[]> {
  const found = new Map<GlossaryTerm, QaFlag[]>();
  for (const term of new Set(matches.map((m) => m.term))) {
    for (const old of term.deprecated ?? []) {
      const re = new RegExp(
        `(?<![\\p{L}\\p{M}\\p{N}])${escape(old).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{M}\\p{N}])`,
        'giu',
      );
      for (const m of p.target.matchAll(re)) {
        const approved = preferredTarget(term.target);
        const flag = makeFlag('glossary', p, {
          kind: 'deprecated',
          about: `${termKey(term.source)}:${m.index}`,
          message: `“${m[0]}” is a deprecated spelling of ${term.source}: the glossary has “${approved}”`,
          side: 'en',
          start: m.index,
          end: m.index + m[0].length,
          source: term.source,
          target: m[0],
          params: { approved },
          fix: { start: m.index, end: m.index + m[0].length, text: approved },
        });
        found.set(term, [...(found.get(term) ?? []), flag]);
      }
    }
  }
  return found;
}

export const glossaryCheck: QaCheck = {
  id: 'glossary',
  run(paragraph, context) {
    if (!isDone(paragraph.status) || !context.glossary) return [];
    const matches = glossaryMatches(context, paragraph);
    const deprecated = deprecatedUses(paragraph, matches);
    const missing = checkConsistency(matches, paragraph.target)
      .filter((term) => !deprecated.has(term))
      .map((term): QaFlag => {
        const key = termKey(term.source);
        const at = matches.find((m) => m.term === term);
        return {
          paragraph: paragraph.index,
          check: 'glossary',
          key: flagKey('glossary', key, paragraph),
          message: `the English lacks the glossary's “${term.target}” for ${term.source}`,
          params: { source: term.source, target: term.target },
          ...(at ? { side: 'ar' as const, start: at.start, end: at.end } : {}),
          source: term.source,
          target: term.target,
          extra: { termId: term.id, termKey: key, kind: term.kind },
        };
      });
    return [...missing, ...[...deprecated.values()].flat()];
  },
};
