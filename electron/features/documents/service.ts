/**
 * The documents feature: import, list, read, translate a paragraph, rename, delete. It owns the documents
 * and paragraphs tables; other features read paragraphs and write targets through this service only.
 * Each write is one transaction.
 */
import type { DocumentFull, DocumentSummary, Paragraph, ParagraphOrigin, Status } from '../../../core/model';
import type {
  DocumentChanges,
  DocumentImportReport,
  DocumentOutline,
  ParagraphUpdate,
} from '../../../core/api/contract';
import type { Message } from '../../../core/i18n/message';
import { msg } from '../../../core/i18n/message';
import { ApiError, MAX_FILE_BYTES } from '../../../core/api/contract';
import { importDocument as parseDocument } from '../../../core/formats';
import { FormatError } from '../../../core/formats/errors';
import type { ImportedDocument } from '../../../core/model';
import { JobError } from '../../jobs/runner';
import { statusForEdit } from '../../../core/model';
import { foldPresentationForms } from '../../../core/arabic/presentation-forms';
import { countWords } from '../../../core/text/words';
import * as repo from '../../../db/documents-repo';
import type { Db } from '../../../db/open';
import type { Env } from '../../app/env';

const MAX_TITLE = 200;

export function defaultTitle(firstParagraph: string): string {
  const t = firstParagraph.trim().replace(/\s+/g, ' ');
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1)}…` : t;
}

export type StoredDocument = DocumentSummary & { sourceFormat: string };

export interface DocumentsService {
  list(): DocumentSummary[];
  import(input: { fileName: string; bytes: Uint8Array; title?: string | undefined }): Promise<DocumentImportReport>;
  /** The document, or a not-found error naming it. */
  require(id: string): StoredDocument;
  get(id: string): DocumentFull;
  /** The summary and one status character per row, without the rows (the workbench pages them). */
  outline(id: string): DocumentOutline;
  /** Paragraphs `from` (counted from 0) on, at most `count`. */
  rows(id: string, from: number, count: number): Paragraph[];
  paragraphs(id: string): Paragraph[];
  updateParagraph(input: {
    documentId: string;
    index: number;
    target: string;
    confirm?: boolean | undefined;
    review?: boolean | undefined;
    baseVersion?: number | undefined;
    /** Where the English came from; a changed text without one is `typed`. */
    origin?: ParagraphOrigin | undefined;
  }): ParagraphUpdate;
  changes(id: string, since: number): DocumentChanges;
  /** Writes several targets at once (a reviewer's corrections), in the caller's transaction. */
  writeTargets(
    id: string,
    changes: ReadonlyArray<{ index: number; target: string; status: Status; origin?: ParagraphOrigin }>,
  ): void;
  setActive(id: string, index: number): { activeParagraph: number };
  /** The row's comment (index counted from 0); an empty text removes it. One transaction. */
  setNote(input: { documentId: string; index: number; note: string }): ParagraphUpdate;
  /** Several comments at once (a reviewer's Word comments, already appended), in the caller's transaction. */
  writeNotes(id: string, notes: ReadonlyArray<{ index: number; note: string }>): void;
  rename(id: string, title: string): DocumentSummary;
  remove(id: string): { deleted: true };
}

/**
 * `onConfirmed`: called inside the writing transaction after a row was stored as translated (Ctrl+Enter, the CLI's
 * `translate --confirm`, an accepted review); the composition root hands it to the translation memory.
 */
export type OnConfirmed = (documentId: string, index: number) => void;

export interface DocumentsDeps {
  db: Db;
  env: Env;
  /** Reads a file into paragraphs; the app passes one that runs in a worker thread (electron/jobs). */
  parse?: (bytes: Uint8Array, fileName: string) => Promise<ImportedDocument>;
  onConfirmed?: OnConfirmed | undefined;
  /** Why this user may not mark the document's rows reviewed (a shared document with another reviewer), or null. */
  reviewRefusal?: ((documentId: string) => Message | null) | undefined;
}

export function createDocumentsService(deps: DocumentsDeps): DocumentsService {
  const { db, env } = deps;
  const parse = deps.parse ?? parseDocument;
  const requireDoc = (id: string): StoredDocument => {
    const doc = repo.findDocument(db, id);
    if (!doc) throw new ApiError('not-found', msg('noDocument', { id }));
    return doc;
  };
  // For the calls a big document makes often (pages, the change feed): no summary computed.
  const requireExists = (id: string): void => {
    if (!repo.documentExists(db, id)) throw new ApiError('not-found', msg('noDocument', { id }));
  };
  return {
    list: () => repo.listDocuments(db),
    async import(input) {
      if (input.bytes.length > MAX_FILE_BYTES) {
        throw new ApiError(
          'too-large',
          msg('tooLarge', { file: input.fileName, size: (input.bytes.length / 1024 / 1024).toFixed(1) }),
        );
      }
      let parsed;
      try {
        parsed = await parse(input.bytes, input.fileName);
      } catch (e) {
        if (e instanceof FormatError) throw new ApiError('bad-file', e.detail);
        if (e instanceof JobError)
          throw new ApiError(
            e.reason === 'memory' ? 'too-large' : 'bad-file',
            msg('jobFailed', { file: input.fileName, reason: e.detail }),
          );
        throw e;
      }
      if (parsed.paragraphs.length === 0)
        throw new ApiError('bad-file', msg('noTextToTranslate', { file: input.fileName }));
      const id = env.newId();
      const title = foldPresentationForms(
        input.title?.trim() || parsed.title.trim() || defaultTitle(parsed.paragraphs[0]!.source),
      );
      const rows: repo.NewParagraph[] = parsed.paragraphs.map((p) => {
        const target = p.target ?? '';
        return {
          source: foldPresentationForms(p.source),
          target,
          status: p.status ?? statusForEdit(target, false),
          sourceWords: countWords(p.source),
          role: p.role,
          externalId: p.externalId,
          note: p.note,
          inline: p.inline,
        };
      });
      db.transaction(() =>
        repo.insertDocument(db, { id, title, sourceFormat: parsed.sourceFormat, now: env.now() }, rows),
      ).immediate();
      return { documentId: id, paragraphs: rows.length, title };
    },
    require: requireDoc,
    get: (id) => ({ ...requireDoc(id), paragraphList: repo.listParagraphs(db, id) }),
    outline(id) {
      // One read transaction: the counts and the statuses describe the same moment.
      return db.transaction(() => ({ ...requireDoc(id), statuses: repo.statusString(db, id) }))();
    },
    rows(id, from, count) {
      requireExists(id);
      return repo.listParagraphRange(db, id, from, count);
    },
    paragraphs(id) {
      requireDoc(id);
      return repo.listParagraphs(db, id);
    },
    updateParagraph(input) {
      return db
        .transaction(() => {
          const current = repo.findParagraph(db, input.documentId, input.index);
          if (!current) {
            requireDoc(input.documentId);
            throw new ApiError('not-found', msg('noParagraph', { id: input.documentId, index: input.index }));
          }
          let status = statusForEdit(input.target, input.confirm ?? false);
          if (input.review) {
            if (input.target.trim() === '')
              throw new ApiError('invalid-input', msg('reviewNoEnglish', { index: input.index }));
            const refusal = deps.reviewRefusal?.(input.documentId) ?? null;
            if (refusal) throw new ApiError('forbidden', refusal);
            status = 'reviewed';
          }
          const stale = input.baseVersion !== undefined && input.baseVersion !== current.version;
          // A retried save whose first attempt landed (the answer was lost) finds its own text: not a conflict.
          if (stale && current.target !== input.target)
            return { paragraph: current, document: requireDoc(input.documentId), conflict: true as const };
          if (stale && current.status === status) return { paragraph: current, document: requireDoc(input.documentId) };
          const origin = input.origin ?? (input.target !== current.target ? 'typed' : undefined);
          repo.updateParagraphTarget(db, input.documentId, input.index, input.target, status, env.now(), origin);
          if (status === 'translated' || (status === 'reviewed' && current.status !== 'reviewed'))
            deps.onConfirmed?.(input.documentId, input.index);
          // The summary (counts over the whole document) is computed once per save, after the write.
          const paragraph = repo.findParagraph(db, input.documentId, input.index)!;
          return { paragraph, document: requireDoc(input.documentId) };
        })
        .immediate();
    },
    changes(id, since) {
      requireExists(id);
      return repo.changedSince(db, id, since);
    },
    writeTargets(id, changes) {
      const now = env.now();
      for (const c of changes) {
        repo.updateParagraphTarget(db, id, c.index, c.target, c.status, now, c.origin);
        if (c.status === 'translated') deps.onConfirmed?.(id, c.index);
      }
    },
    setNote(input) {
      return db
        .transaction(() => {
          const current = repo.findParagraph(db, input.documentId, input.index);
          if (!current) {
            requireDoc(input.documentId);
            throw new ApiError('not-found', msg('noParagraph', { id: input.documentId, index: input.index }));
          }
          repo.updateParagraphNote(db, input.documentId, input.index, input.note, env.now());
          const paragraph = repo.findParagraph(db, input.documentId, input.index)!;
          return { paragraph, document: requireDoc(input.documentId) };
        })
        .immediate();
    },
    writeNotes(id, notes) {
      const now = env.now();
      for (const n of notes) repo.updateParagraphNote(db, id, n.index, n.note, now);
    },
    setActive(id, index) {
      requireExists(id);
      if (!repo.findParagraph(db, id, index)) throw new ApiError('not-found', msg('noParagraph', { id, index }));
      repo.setActiveParagraph(db, id, index);
      return { activeParagraph: index };
    },
    rename(id, title) {
      return db
        .transaction(() => {
          requireDoc(id);
          repo.renameDocument(db, id, title.trim(), env.now());
          return requireDoc(id);
        })
        .immediate();
    },
    remove(id) {
      requireDoc(id);
      repo.deleteDocument(db, id);
      return { deleted: true };
    },
  };
}
