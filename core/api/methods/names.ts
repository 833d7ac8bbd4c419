/** Contract slice of the names feature: transliteration suggestions and the names no glossary covers. */
import { z } from 'zod';
import { id, returns } from './common';
import type { Origin } from '../../translit/foreign/origin';

export { ORIGINS } from '../../translit/foreign/origin';
/** The family a name is judged to come from: `arabic`, `persian`, `turkish`, `russian`, `european`, `east-asian`, `hebrew`, `other`. */
export type NameOrigin = Origin;

export const SCHEMES = ['news', 'ala-lc', 'buckwalter'] as const;
export type SchemeName = (typeof SCHEMES)[number];

export interface TranslitCandidateView {
  text: string;
  scheme: SchemeName;
  source: 'glossary' | 'lexicon' | 'rules';
  /** Whose spelling this is: the name's judged family, or `arabic` for the Arabic reading of a foreign name. */
  origin: NameOrigin;
}

export interface NameCandidateView {
  text: string;
  /** `paragraph` counted from 0. */
  occurrences: Array<{ paragraph: number; start: number; end: number }>;
  suggestion: string;
  kind: 'person' | 'place' | 'org';
  /** The family the name is judged to come from, the words around it helping (الروسي, التركي, الأممي). */
  origin: NameOrigin;
}

export const namesMethods = {
  'translit.suggest': {
    input: z.object({ text: z.string().max(10_000), scheme: z.enum(SCHEMES).optional() }).strict(),
    result: returns<TranslitCandidateView[]>(),
  },
  'names.discover': { input: z.object({ documentId: id }).strict(), result: returns<NameCandidateView[]>() },
  'names.dismiss': {
    input: z.object({ text: z.string().trim().min(1).max(500) }).strict(),
    result: returns<{ dismissed: true }>(),
  },
} as const;
