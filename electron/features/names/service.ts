/**
 * The names feature: transliteration suggestions and name discovery. The team's glossary spellings come
 * first, then the lexicon, then the rules; discovery skips names the glossary covers or the translator
 * dismissed. It reads the glossary through the glossary service, never its tables.
 */
import type { NameCandidateView, SchemeName, TranslitCandidateView } from '../../../core/api/contract';
import { normalizeArabic } from '../../../core/arabic/normalize';
import type { WordList } from '../../../core/names';
import { discoverNames } from '../../../core/names';
import { prepareGlossary, transliterate } from '../../../core/translit';
import type { GlossaryLookup } from '../../../core/translit';
import { dismissedNames, dismissName } from '../../../db/names-repo';
import type { Db } from '../../../db/open';
import type { Env } from '../../app/env';
import type { DocumentsService } from '../documents/service';
import type { GlossaryService } from '../glossary/service';
import { arabicDictionary } from './arabic-dictionary';

export interface NamesService {
  suggest(text: string, scheme?: SchemeName): TranslitCandidateView[];
  discover(documentId: string): NameCandidateView[];
  dismiss(text: string): { dismissed: true };
}

export function createNamesService(deps: {
  db: Db;
  env: Env;
  documents: Pick<DocumentsService, 'paragraphs'>;
  glossary: Pick<GlossaryService, 'index' | 'enabledTerms' | 'revision'>;
  /** The Arabic dictionary; loaded on first use (1.5 s) unless given. */
  wordList?: () => WordList;
}): NamesService {
  const { db, env, documents, glossary } = deps;
  const wordList = deps.wordList ?? arabicDictionary;
  let cached: { revision: string; lookup: GlossaryLookup } | undefined;
  // The glossary prepared for the transliterator, rebuilt only when a glossary changed.
  const lookup = (): GlossaryLookup => {
    const revision = glossary.revision();
    if (!cached || cached.revision !== revision)
      cached = { revision, lookup: prepareGlossary(glossary.enabledTerms()) };
    return cached.lookup;
  };
  return {
    suggest: (text, scheme = 'news') => transliterate(text, { scheme, glossary: lookup() }),
    discover(documentId) {
      const paragraphs = documents.paragraphs(documentId).map((p) => p.source);
      return discoverNames(paragraphs, {
        glossaryIndex: glossary.index(documentId),
        glossary: lookup(),
        wordList: wordList(),
        dismissed: dismissedNames(db),
      }).map((c) => ({
        text: c.text,
        occurrences: c.occurrences,
        suggestion: c.suggestion,
        kind: c.kind,
        origin: c.origin,
      }));
    },
    dismiss(text) {
      dismissName(db, normalizeArabic(text).trim().replace(/\s+/g, ' '), text.trim(), env.now());
      return { dismissed: true };
    },
  };
}
