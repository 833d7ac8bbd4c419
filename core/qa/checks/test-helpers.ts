/** Test helpers: a confirmed paragraph and one check's flags on it. */
import type { Paragraph } from '../../model';
import type { QaCheck, QaContext, QaFlag } from '../types';

export function para(source: string, target: string, index = 0): Paragraph {
  return { index, source, target, status: 'translated' };
}

export function flagsOf(check: QaCheck, source: string, target: string, extra: Partial<QaContext> = {}): QaFlag[] {
  const p = para(source, target);
  return check.run(p, { paragraphs: [p], settings: {}, memo: new Map(), ...extra });
}
