/**
 * The QA checks Dragoman runs, in the order their flags are listed for a paragraph. A new check is a file in
 * `checks/` and one entry here; the QA service runs the list and filters what the translator accepted. Every
 * check is on by default; the setting `qa.disabledChecks` switches some off.
 */
import type { Paragraph } from '../model';
import { consistencyCheck } from './checks/consistency';
import { checkable } from './checks/flag';
import { glossaryMatches } from './checks/glossary-matches';
import { dateCheck } from './checks/date';
import { glossaryCheck } from './checks/glossary';
import { numberCheck } from './checks/number';
import { punctuationCheck } from './checks/punctuation';
import { repeatedWordCheck } from './checks/repeated-word';
import { spellingCheck } from './checks/spelling';
import { tagsCheck } from './checks/tags';
import { untranslatedCheck } from './checks/untranslated';
import type { QaCheck, QaContext, QaFlag } from './types';

export const QA_CHECKS: readonly QaCheck[] = [
  glossaryCheck,
  numberCheck,
  dateCheck,
  untranslatedCheck,
  punctuationCheck,
  repeatedWordCheck,
  spellingCheck,
  consistencyCheck,
  tagsCheck,
];

export const QA_CHECK_IDS: readonly string[] = QA_CHECKS.map((c) => c.id);

/**
 * Every check over every paragraph (or only those of `only`, as when a row is confirmed: the document is still
 * the context, so consistency compares with the other rows), flags in paragraph order (counted from 0).
 */
export function runChecks(
  checks: readonly QaCheck[],
  paragraphs: readonly Paragraph[],
  context: Omit<QaContext, 'paragraphs' | 'memo'>,
  only?: readonly number[],
): QaFlag[] {
  const ctx: QaContext = { ...context, paragraphs, memo: new Map() };
  const flags: QaFlag[] = [];
  for (const p of wantedOf(paragraphs, only)) for (const check of checks) flags.push(...check.run(p, ctx));
  return flags;
}

/**
 * The same flags as `runChecks`, computed in slices of about `sliceMs` with `pause()` awaited between them, so a
 * server answering other calls on the same thread (a save, a page of rows) is never held for the whole run of a
 * 100,000-row document. The checks that look across the document (consistency) first read every row's glossary
 * matches, also in slices; what they build from those is then cheap. The paragraphs are the caller's snapshot.
 */
export async function runChecksPaced(
  checks: readonly QaCheck[],
  paragraphs: readonly Paragraph[],
  context: Omit<QaContext, 'paragraphs' | 'memo'>,
  pacing: { pause: () => Promise<void>; sliceMs?: number; only?: readonly number[] | undefined },
): Promise<QaFlag[]> {
  const ctx: QaContext = { ...context, paragraphs, memo: new Map() };
  const sliceMs = pacing.sliceMs ?? 10;
  let sliceStart = Date.now();
  const breathe = async (): Promise<void> => {
    if (Date.now() - sliceStart < sliceMs) return;
    await pacing.pause();
    sliceStart = Date.now();
  };
  if (checks.some((c) => c.id === consistencyCheck.id)) {
    for (const p of paragraphs) {
      if (checkable(p)) glossaryMatches(ctx, p);
      await breathe();
    }
  }
  const flags: QaFlag[] = [];
  for (const p of wantedOf(paragraphs, pacing.only)) {
    for (const check of checks) flags.push(...check.run(p, ctx));
    await breathe();
  }
  return flags;
}

function wantedOf(paragraphs: readonly Paragraph[], only: readonly number[] | undefined): readonly Paragraph[] {
  if (!only) return paragraphs;
  const set = new Set(only);
  return paragraphs.filter((p) => set.has(p.index));
}

/** The checks of the registry named in `ids` (all when undefined); an unknown id is an error naming the known ones. */
export function selectChecks(ids: readonly string[] | undefined, disabled: readonly string[] = []): QaCheck[] {
  if (ids) {
    const unknown = ids.filter((id) => !QA_CHECK_IDS.includes(id));
    if (unknown.length) throw new Error(`unknown QA check ${unknown.join(', ')}: use ${QA_CHECK_IDS.join(', ')}`);
    return QA_CHECKS.filter((c) => ids.includes(c.id));
  }
  return QA_CHECKS.filter((c) => !disabled.includes(c.id));
}
