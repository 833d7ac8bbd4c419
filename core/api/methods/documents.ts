/** Contract slice of the documents feature: import, list, read, translate a paragraph, rename, delete. */
import { z } from 'zod';
import type { DocumentFull, DocumentSummary, Paragraph } from '../../model';
import { fileName, bytes, id, returns } from './common';

export interface ParagraphUpdate {
  paragraph: Paragraph;
  document: DocumentSummary;
}

export const documentMethods = {
  'document.list': { input: z.object({}).strict(), result: returns<DocumentSummary[]>() },
  'document.import': {
    input: z.object({ fileName, bytes, title: z.string().max(200).optional() }).strict(),
    result: returns<{ documentId: string; paragraphs: number; title: string }>(),
  },
  'document.get': { input: z.object({ id }).strict(), result: returns<DocumentFull>() },
  'document.rename': {
    input: z.object({ id, title: z.string().trim().min(1).max(200) }).strict(),
    result: returns<DocumentSummary>(),
  },
  'document.delete': { input: z.object({ id }).strict(), result: returns<{ deleted: true }>() },
  'document.setActive': {
    input: z.object({ id, index: z.number().int().min(0) }).strict(),
    result: returns<{ activeParagraph: number }>(),
  },
  'paragraph.update': {
    input: z
      .object({
        documentId: id,
        /** Counted from 0. */
        index: z.number().int().min(0),
        target: z.string().max(100_000),
        confirm: z.boolean().optional(),
      })
      .strict(),
    result: returns<ParagraphUpdate>(),
  },
} as const;
