/**
 * Contract slice of the journal feature: the desktop app's record of unsent edits, a file beside the
 * workspace (the browser mode keeps the same entries in IndexedDB and never calls these).
 */
import { z } from 'zod';
import { id, returns } from './common';

export const journalEntrySchema = z
  .object({
    documentId: id,
    /** Counted from 0. */
    index: z.number().int().min(0),
    target: z.string().max(100_000),
    confirm: z.boolean(),
    /** The row's version the text was typed on (undefined: unknown, e.g. an old entry). */
    baseVersion: z.number().int().min(0).optional(),
    /** Text of this row the tab had sent when this was typed, answer not yet back: the stored row may hold it. */
    sent: z.string().max(100_000).optional(),
    /** The tab (page load) that typed it: a live tab's entries are its own business. */
    tab: z.string().min(1).max(100),
    /** Per-tab edit number: a save removes the entry only if nothing newer was typed since. */
    seq: z.number().int().min(0),
    at: z.number(),
  })
  .strict();
export type JournalEntryView = z.infer<typeof journalEntrySchema>;

export const journalMethods = {
  'journal.put': { input: journalEntrySchema, result: returns<{ ok: true }>() },
  'journal.remove': {
    input: z
      .object({
        documentId: id,
        index: z.number().int().min(0),
        tab: z.string().min(1).max(100),
        seq: z.number().int().min(0),
      })
      .strict(),
    result: returns<{ ok: true }>(),
  },
  'journal.list': { input: z.object({ documentId: id }).strict(), result: returns<JournalEntryView[]>() },
} as const;
