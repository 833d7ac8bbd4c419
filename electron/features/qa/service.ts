/**
 * The QA feature: every check of the registry (core/qa/registry.ts) over a document, minus the flags the
 * translator accepted. Accepted flags are stored by check id and key; the key hashes both texts, so a
 * changed paragraph brings its flag back.
 */
import type { QaFlagView } from '../../../core/api/contract';
import { ApiError } from '../../../core/api/contract';
import { isTermKind } from '../../../core/glossary';
import { QA_CHECKS, runChecks } from '../../../core/qa/registry';
import type { QaCheck, QaFlag } from '../../../core/qa/types';
import { flagKey } from '../../../core/qa/types';
import type { Db } from '../../../db/open';
import { acceptedFlags, acceptedId, acceptFlag } from '../../../db/qa-repo';
import type { DocumentsService } from '../documents/service';
import type { GlossaryService } from '../glossary/service';

export interface QaService {
  flags(documentId: string): QaFlagView[];
  accept(input: { documentId: string; paragraph: number; check?: string | undefined; key?: string | undefined; termKey?: string | undefined }): { accepted: true };
}

function toView(flag: QaFlag): QaFlagView {
  const { extra, ...rest } = flag;
  const view: QaFlagView = { ...rest };
  if (extra?.termId) view.termId = extra.termId;
  if (extra?.termKey) view.termKey = extra.termKey;
  if (extra?.kind && isTermKind(extra.kind)) view.kind = extra.kind;
  return view;
}

export function createQaService(deps: {
  db: Db;
  documents: Pick<DocumentsService, 'paragraphs'>;
  glossary: Pick<GlossaryService, 'index' | 'match'>;
  checks?: readonly QaCheck[];
}): QaService {
  const { db, documents, glossary } = deps;
  const checks = deps.checks ?? QA_CHECKS;
  return {
    flags(documentId) {
      const paragraphs = documents.paragraphs(documentId);
      const index = glossary.index(documentId);
      const accepted = acceptedFlags(db, documentId);
      return runChecks(checks, paragraphs, { settings: {}, glossary: { match: (source) => glossary.match(index, source) } })
        .filter((f) => !accepted.has(acceptedId(f.paragraph, f.check, f.key)))
        .map(toView);
    },
    accept(input) {
      const paragraphs = documents.paragraphs(input.documentId);
      const p = paragraphs[input.paragraph];
      if (!p) throw new ApiError('not-found', `document ${input.documentId} has no paragraph ${input.paragraph}`);
      // The older call names a glossary flag by its term key alone: its flag key follows from today's texts.
      const check = input.check ?? 'glossary';
      const key = input.key ?? flagKey('glossary', input.termKey!, p);
      acceptFlag(db, input.documentId, input.paragraph, check, key);
      return { accepted: true };
    },
  };
}
