/**
 * Contract slice of the QA feature: the flags of a document (every registered check) and accepting one.
 * A glossary flag keeps the fields the Check tab and the CLI always had (termId, termKey, source, target, kind).
 */
import { z } from 'zod';
import type { TermKind } from '../../glossary/types';
import type { QaFlag } from '../../qa/types';
import { id, returns } from './common';

export type QaFlagView = Omit<QaFlag, 'extra'> & {
  /** Glossary flags only. */
  termId?: string;
  termKey?: string;
  kind?: TermKind;
};
/** The name the Check tab has always used. */
export type QaView = QaFlagView;

const key = z.string().min(1).max(1000);

export const qaMethods = {
  'document.qa': { input: z.object({ id }).strict(), result: returns<QaFlagView[]>() },
  'qa.accept': {
    input: z
      .object({
        documentId: id,
        /** Counted from 0. */
        paragraph: z.number().int().min(0),
        /** The flag's check and key; `termKey` alone accepts a glossary flag (the older call). */
        check: z.string().min(1).max(100).optional(),
        key: key.optional(),
        termKey: key.optional(),
      })
      .strict()
      .refine((v) => v.key !== undefined || v.termKey !== undefined, { message: 'give the flag’s key (or termKey)' }),
    result: returns<{ accepted: true }>(),
  },
} as const;
