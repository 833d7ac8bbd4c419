/**
 * The glossary check: a confirmed row whose English lacks the glossary's rendering of a term found in its
 * Arabic. The flag keeps termId/termKey/kind for the Check tab and the CLI's JSON, as before the registry.
 */
import { checkConsistency, termKey } from '../../glossary';
import type { QaCheck, QaFlag } from '../types';
import { flagKey } from '../types';

export const glossaryCheck: QaCheck = {
  id: 'glossary',
  run(paragraph, context) {
    if (paragraph.status !== 'translated' || !context.glossary) return [];
    const matches = context.glossary.match(paragraph.source);
    return checkConsistency(matches, paragraph.target).map((term): QaFlag => {
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
  },
};
