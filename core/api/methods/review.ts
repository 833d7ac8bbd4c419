/** Contract slice of the review feature: a reviewer's bilingual DOCX applied back to the document. */
import { z } from 'zod';
import { bytes, fileName, id, returns } from './common';

export interface ReviewReport {
  /** `index` counted from 0. */
  changed: Array<{ index: number; before: string; after: string }>;
  /** Rows changed both by the reviewer and in Dragoman since the export: left as they are, for the translator. */
  conflicts: Array<{ index: number; current: string; reviewer: string }>;
  /**
   * Rows whose comment the review changed, with the comment now: the reviewer's Word comments on the row are
   * appended ("name: text"), an edited comments cell replaces it.
   */
  comments: Array<{ index: number; note: string }>;
}

export const reviewMethods = {
  'document.importReview': {
    input: z.object({ id, fileName, bytes }).strict(),
    result: returns<ReviewReport>(),
  },
} as const;
