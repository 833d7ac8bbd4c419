/** Contract slice of the documents feature: import, list, read, translate a paragraph, rename, delete. */
import { z } from 'zod';
import type { DocumentFull, DocumentSummary, Paragraph, ParagraphOrigin } from '../../model';
import { isParagraphOrigin } from '../../model';
import { fileName, bytes, id, returns } from './common';

export interface ParagraphUpdate {
  /** The row as stored now: the new text, or (on a conflict) the text saved elsewhere, untouched. */
  paragraph: Paragraph;
  document: DocumentSummary;
  /**
   * Set when the save named a `baseVersion` that is no longer the row's and the row holds other text:
   * nothing was written, and the translator chooses between the two texts.
   */
  conflict?: true;
}

/** What an import reports: the new document, its paragraph count and the title it took. */
export interface DocumentImportReport {
  documentId: string;
  paragraphs: number;
  title: string;
}

export interface DocumentChanges {
  revision: number;
  /** The rows changed after the revision asked for (index counted from 0). */
  paragraphs: Paragraph[];
}

/**
 * A document without its rows, for opening big documents at once: the summary (counts, progress) and the
 * status of every row as one character each (`u` untranslated, `d` draft, `t` translated, index from 0),
 * so the workbench can find the next untranslated row and draw progress without holding the rows.
 */
export interface DocumentOutline extends DocumentSummary {
  sourceFormat: string;
  statuses: string;
}

/** The most rows one `document.rows` call returns. */
export const MAX_ROWS_PER_CALL = 1000;

export const documentMethods = {
  'document.list': { input: z.object({}).strict(), result: returns<DocumentSummary[]>() },
  'document.import': {
    input: z.object({ fileName, bytes, title: z.string().max(200).optional() }).strict(),
    result: returns<DocumentImportReport>(),
  },
  'document.get': { input: z.object({ id }).strict(), result: returns<DocumentFull>() },
  'document.outline': { input: z.object({ id }).strict(), result: returns<DocumentOutline>() },
  'document.rows': {
    input: z
      .object({
        id,
        /** The first paragraph, counted from 0. */
        from: z.number().int().min(0),
        count: z.number().int().min(1).max(MAX_ROWS_PER_CALL),
      })
      .strict(),
    /** The paragraphs from `from` on (fewer at the end of the document, none past it). */
    result: returns<Paragraph[]>(),
  },
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
        /** Marks the row reviewed (after translated): the reviewer of a shared document or an admin, or anyone locally. */
        review: z.boolean().optional(),
        /** The row's version the text was typed on; without it the save applies whatever is stored. */
        baseVersion: z.number().int().min(0).optional(),
        /** Where the English came from (`tm:87` when a match was inserted); a changed text without one is `typed`. */
        origin: z
          .custom<ParagraphOrigin>(isParagraphOrigin, {
            message: 'expected typed, repetition, tm:SCORE or pretranslated:SCORE',
          })
          .optional(),
      })
      .strict(),
    result: returns<ParagraphUpdate>(),
  },
  /** The row's comment (the paragraph's note, which XLIFF notes fill); an empty text removes it. */
  'paragraph.setNote': {
    input: z
      .object({
        documentId: id,
        /** Counted from 0. */
        index: z.number().int().min(0),
        note: z.string().max(20_000),
      })
      .strict(),
    result: returns<Omit<ParagraphUpdate, 'conflict'>>(),
  },
  'document.changes': {
    input: z.object({ id, since: z.number().int().min(0) }).strict(),
    result: returns<DocumentChanges>(),
  },
} as const;
