/**
 * Contract slice of the QA feature: the flags of a document (every registered check, or those named), accepting
 * one, the QA settings (checks switched off, English variant, personal word list) and the report.
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

export const ENGLISH_VARIANTS = ['en-US', 'en-GB'] as const;
export interface QaSettings {
  /** Checks switched off (ids of core/qa/registry.ts); every check is on by default. */
  disabledChecks: string[];
  englishVariant: (typeof ENGLISH_VARIANTS)[number];
  /** Words the spelling check takes as correct, lower case. */
  words: string[];
  /** Every check id of the registry, for the settings UI. */
  checks: string[];
}

export interface QaReport {
  fileName: string;
  mime: string;
  text: string;
}

const key = z.string().min(1).max(1000);
const checkId = z.string().min(1).max(100);

export const qaMethods = {
  'document.qa': {
    input: z
      .object({
        id,
        checks: z.array(checkId).max(50).optional(),
        /** Only these paragraphs (counted from 0), as on confirming a row. */
        paragraphs: z.array(z.number().int().min(0)).max(1000).optional(),
      })
      .strict(),
    result: returns<QaFlagView[]>(),
  },
  'qa.accept': {
    input: z
      .object({
        documentId: id,
        /** Counted from 0. */
        paragraph: z.number().int().min(0),
        /** The flag's check and key; `termKey` alone accepts a glossary flag (the older call). */
        check: checkId.optional(),
        key: key.optional(),
        termKey: key.optional(),
      })
      .strict()
      .refine((v) => v.key !== undefined || v.termKey !== undefined, { message: 'give the flag’s key (or termKey)' }),
    result: returns<{ accepted: true }>(),
  },
  'qa.settings': { input: z.object({}).strict(), result: returns<QaSettings>() },
  'qa.setSettings': {
    input: z
      .object({
        disabledChecks: z.array(checkId).max(50).optional(),
        englishVariant: z.enum(ENGLISH_VARIANTS).optional(),
      })
      .strict(),
    result: returns<QaSettings>(),
  },
  'qa.addWord': {
    input: z
      .object({
        word: z
          .string()
          .trim()
          .min(1)
          .max(100)
          .regex(/^[\p{L}'’-]+$/u, 'one word, letters only'),
      })
      .strict(),
    result: returns<QaSettings>(),
  },
  'qa.report': { input: z.object({ id, format: z.enum(['csv', 'html']) }).strict(), result: returns<QaReport>() },
} as const;
