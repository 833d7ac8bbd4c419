/** Contract slice of the names feature: transliteration suggestions and the names no glossary covers. */
import { z } from 'zod';
import { id, returns } from './common';

export const SCHEMES = ['news', 'ala-lc', 'buckwalter'] as const;
export type SchemeName = (typeof SCHEMES)[number];

export interface TranslitCandidateView {
  text: string;
  scheme: SchemeName;
  source: 'glossary' | 'lexicon' | 'rules';
}

export interface NameCandidateView {
  text: string;
  /** `paragraph` counted from 0. */
  occurrences: Array<{ paragraph: number; start: number; end: number }>;
  suggestion: string;
  kind: 'person' | 'place' | 'org';
}

export const namesMethods = {
  'translit.suggest': {
    input: z.object({ text: z.string().max(10_000), scheme: z.enum(SCHEMES).optional() }).strict(),
    result: returns<TranslitCandidateView[]>(),
  },
  'names.discover': { input: z.object({ documentId: id }).strict(), result: returns<NameCandidateView[]>() },
  'names.dismiss': { input: z.object({ text: z.string().trim().min(1).max(500) }).strict(), result: returns<{ dismissed: true }>() },
} as const;
