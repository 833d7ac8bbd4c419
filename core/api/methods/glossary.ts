/** Contract slice of the glossary feature: glossaries, terms, CSV/TBX files, and the matches in a document. */
import { z } from 'zod';
import { TERM_KINDS } from '../../glossary/types';
import type { TermKind } from '../../glossary/types';
import { bytes, fileName, id, returns } from './common';
import type { ExportedFile } from './common';
import type { Message } from '../../i18n/message';

export interface GlossaryInfo {
  id: string;
  name: string;
  priority: number;
  terms: number;
  enabled: boolean;
}

export interface TermView {
  id: string;
  glossaryId: string;
  source: string;
  target: string;
  kind: TermKind;
  variants: string[];
  note: string;
  useCount: number;
  /** Spellings two letters long, which match only as written (see core/glossary/short-terms.ts). */
  shortSpellings: string[];
}

export interface MatchView {
  /** Counted from 0. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  termId: string;
  source: string;
  target: string;
  kind: TermKind;
  /** Spellings two letters long, which match only as written (see core/glossary/short-terms.ts). */
  shortSpellings: string[];
}

/** A term an import wrote: its Arabic and English as stored, and for an update the fields that changed. */
export interface ImportedTerm {
  source: string;
  target: string;
  fields?: Array<'source' | 'target' | 'kind' | 'variants' | 'note' | 'deprecated'>;
}

export interface GlossaryImportReport {
  glossary: string;
  added: number;
  updated: number;
  /** Rows equal to a term already in the glossary: nothing written. */
  unchanged: number;
  /** Which terms were added and which updated (with what changed), in the file's order. */
  addedTerms: ImportedTerm[];
  updatedTerms: ImportedTerm[];
  /** The rows left out (line from 1; 0 when not known), each reason printed in English by the CLI. */
  skipped: Array<{ line: number; message: Message }>;
}

export const TERM_ORDERS = ['ar', 'en'] as const;

const termFields = {
  source: z.string().trim().min(1).max(500),
  target: z.string().trim().min(1).max(1000),
  kind: z.enum(TERM_KINDS),
  variants: z.array(z.string().max(500)).max(100).optional(),
  note: z.string().max(5000).optional(),
};
const glossaryName = z.string().trim().min(1).max(200);

export const glossaryMethods = {
  'glossary.list': {
    input: z.object({ documentId: id.optional() }).strict(),
    result: returns<GlossaryInfo[]>(),
  },
  'glossary.setEnabled': {
    input: z.object({ documentId: id, glossaryId: id, enabled: z.boolean() }).strict(),
    result: returns<GlossaryInfo[]>(),
  },
  'glossary.import': {
    input: z
      .object({ fileName, bytes, glossary: glossaryName.optional(), skipInvalid: z.boolean().optional() })
      .strict(),
    result: returns<GlossaryImportReport>(),
  },
  'glossary.export': {
    input: z.object({ glossary: glossaryName.optional(), format: z.enum(['csv', 'tbx']) }).strict(),
    result: returns<ExportedFile>(),
  },
  'term.add': {
    input: z.object({ ...termFields, glossary: glossaryName.optional() }).strict(),
    result: returns<TermView>(),
  },
  'term.update': { input: z.object({ id, ...termFields }).strict(), result: returns<TermView>() },
  'term.delete': { input: z.object({ id }).strict(), result: returns<{ deleted: true }>() },
  'term.search': {
    input: z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(1000).optional(),
        order: z.enum(TERM_ORDERS).optional(),
      })
      .strict(),
    result: returns<TermView[]>(),
  },
  'term.used': { input: z.object({ id }).strict(), result: returns<{ ok: true }>() },
  'document.matches': {
    input: z
      .object({
        id,
        /** Only the paragraphs `from` (counted from 0) to `from + count - 1`: the workbench asks per page of a big document. */
        from: z.number().int().min(0).optional(),
        count: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    result: returns<MatchView[]>(),
  },
} as const;
