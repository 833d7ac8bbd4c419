/**
 * Transliteration suggestions and name discovery over the workspace: the team's glossary spellings first,
 * then the lexicon, then the rules; discovery skips names the glossary covers or the translator dismissed.
 */
import type { NameCandidateView, SchemeName, TranslitCandidateView } from '../../core/api/contract';
import { normalizeArabic } from '../../core/arabic/normalize';
import { discoverNames } from '../../core/names';
import { prepareGlossary, transliterate } from '../../core/translit';
import type { GlossaryLookup } from '../../core/translit';
import { listParagraphs } from '../../db/documents-repo';
import * as repo from '../../db/glossary-repo';
import type { Db } from '../../db/open';
import { arabicDictionary } from './arabic-dictionary';
import type { Env } from './clock';
import { requireDocument } from './documents';
import { indexFor } from './glossary';

const lookups = new WeakMap<Db, { revision: string; lookup: GlossaryLookup }>();

/** The workspace glossary prepared for the transliterator, rebuilt only when a glossary changed. */
function glossaryLookup(db: Db): GlossaryLookup {
  const revision = repo.glossaryRevision(db);
  const hit = lookups.get(db);
  if (hit && hit.revision === revision) return hit.lookup;
  const lookup = prepareGlossary(repo.enabledTerms(db));
  lookups.set(db, { revision, lookup });
  return lookup;
}

export function suggest(db: Db, text: string, scheme: SchemeName = 'news'): TranslitCandidateView[] {
  return transliterate(text, { scheme, glossary: glossaryLookup(db) });
}

export function discover(db: Db, documentId: string): NameCandidateView[] {
  requireDocument(db, documentId);
  const paragraphs = listParagraphs(db, documentId).map((p) => p.source);
  return discoverNames(paragraphs, {
    glossaryIndex: indexFor(db, documentId),
    glossary: glossaryLookup(db),
    wordList: arabicDictionary(),
    dismissed: repo.dismissedNames(db),
  }).map((c) => ({ text: c.text, occurrences: c.occurrences, suggestion: c.suggestion, kind: c.kind }));
}

export function dismiss(db: Db, env: Env, text: string): { dismissed: true } {
  repo.dismissName(db, normalizeArabic(text).trim().replace(/\s+/g, ' '), text.trim(), env.now());
  return { dismissed: true };
}
