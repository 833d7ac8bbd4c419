/**
 * The QA checks Dragoman runs, in the order their flags are listed for a paragraph. A new check is a file in
 * `checks/` and one entry here; the QA service runs the list and filters what the translator accepted.
 */
import type { Paragraph } from '../model';
import { glossaryCheck } from './checks/glossary';
import type { QaCheck, QaContext, QaFlag } from './types';

export const QA_CHECKS: readonly QaCheck[] = [glossaryCheck];

/** Every check over every paragraph, flags in paragraph order (paragraphs counted from 0). */
export function runChecks(checks: readonly QaCheck[], paragraphs: readonly Paragraph[], context: Omit<QaContext, 'paragraphs' | 'memo'>): QaFlag[] {
  const ctx: QaContext = { ...context, paragraphs, memo: new Map() };
  const flags: QaFlag[] = [];
  for (const p of paragraphs) for (const check of checks) flags.push(...check.run(p, ctx));
  return flags;
}
