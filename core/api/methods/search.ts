/**
 * Contract slice of the search feature: find over a whole stored document (never over the rows a window holds),
 * replace in the English, put replaced rows back (undo and redo of a replacement), and the rows a filter keeps.
 * Paragraphs are counted from 0.
 */
import { z } from 'zod';
import type { Paragraph, Status } from '../../model';
import type { SearchHit } from '../../search/find';
import { id, returns } from './common';
import { STATUSES } from '../../model';

export type { SearchHit };
export type { SearchSide } from '../../search/types';

/** `repetition`: drafts the memory filled from an identical confirmed row, waiting for their own confirmation. */
export const FILTERS = [
  'untranslated',
  'draft',
  'translated',
  'reviewed',
  'qa',
  'comment',
  'hit',
  'repetition',
] as const;
export type RowFilter = (typeof FILTERS)[number];

const query = z.string().min(1).max(1000);
const flags = {
  matchCase: z.boolean().optional(),
  wholeWord: z.boolean().optional(),
  regex: z.boolean().optional(),
};
const findInput = z
  .object({
    documentId: id,
    query,
    side: z.enum(['ar', 'en', 'both']).default('both'),
    partial: z.boolean().optional(),
    ...flags,
  })
  .strict();

export interface SearchResult {
  /** In reading order; at most `limit` of them. */
  hits: SearchHit[];
  /** Every hit, even past the limit. */
  total: number;
  /** The paragraphs with at least one hit. */
  paragraphs: number[];
}

export interface ReplacedRow {
  index: number;
  before: string;
  after: string;
  /** The row's status before (a confirmed row that changes becomes a draft; undo puts it back). */
  statusBefore: Status;
  status: Status;
}

export interface ReplaceReport {
  changed: ReplacedRow[];
  /** Rows left as they are, and why (one English line; `code` for the UI's own words). */
  refused: Array<{ index: number; reason: string; code: 'inline-code' | 'changed' }>;
  /** The rows as stored now (nothing on a dry run): the window takes their versions. */
  stored: Paragraph[];
}

export const searchMethods = {
  'search.find': {
    input: findInput.extend({ limit: z.number().int().min(1).max(100_000).default(10_000) }),
    result: returns<SearchResult>(),
  },
  'search.replace': {
    input: z
      .object({
        documentId: id,
        find: query,
        with: z.string().max(10_000),
        ...flags,
        dryRun: z.boolean().optional(),
        /** Replace one: only this paragraph, and only the hit starting at `start` when given. */
        paragraph: z.number().int().min(0).optional(),
        start: z.number().int().min(0).optional(),
      })
      .strict(),
    result: returns<ReplaceReport>(),
  },
  'search.restore': {
    input: z
      .object({
        documentId: id,
        /** Each row is written back only if it still holds `expected` (else it is refused as changed). */
        rows: z
          .array(
            z
              .object({
                index: z.number().int().min(0),
                expected: z.string().max(100_000),
                target: z.string().max(100_000),
                status: z.enum(STATUSES),
              })
              .strict(),
          )
          .max(100_000),
      })
      .strict(),
    result: returns<ReplaceReport>(),
  },
  'search.filter': {
    input: z
      .object({
        documentId: id,
        filter: z.enum(FILTERS),
        /** For the `hit` filter: the search whose rows are kept. */
        search: findInput.omit({ documentId: true }).optional(),
      })
      .strict(),
    result: returns<{ paragraphs: number[] }>(),
  },
} as const;
