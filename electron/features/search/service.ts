/**
 * The search feature: find, replace and filter over the whole stored document, so a window that holds only
 * some rows (a long document loaded in pages) still searches everything. Replacements are written through the
 * documents service in one transaction: each row's version moves and the change feed carries it, so an open
 * window with unsent text on a replaced row gets a conflict instead of silently losing either text.
 * Owns no table.
 */
import type { ReplaceReport, ReplacedRow, RowFilter, SearchResult } from '../../../core/api/contract';
import { msg } from '../../../core/i18n/message';
import { ApiError } from '../../../core/api/contract';
import type { Paragraph, Status } from '../../../core/model';
import { statusForEdit } from '../../../core/model';
import {
  createFinder,
  inlineCodeProblem,
  replaceText,
  searchParagraphs,
  SearchSyntaxError,
} from '../../../core/search';
import type { SearchOptions, SearchSide } from '../../../core/search';
import type { Db } from '../../../db/open';
import type { DocumentsService } from '../documents/service';
import type { QaService } from '../qa/service';

export interface FindInput extends SearchOptions {
  documentId: string;
  query: string;
  side: SearchSide;
  limit?: number | undefined;
}

export interface ReplaceInput {
  documentId: string;
  find: string;
  with: string;
  matchCase?: boolean | undefined;
  wholeWord?: boolean | undefined;
  regex?: boolean | undefined;
  dryRun?: boolean | undefined;
  paragraph?: number | undefined;
  start?: number | undefined;
}

export interface RestoreRow {
  index: number;
  expected: string;
  target: string;
  status: Status;
}

export interface SearchService {
  find(input: FindInput): SearchResult;
  replace(input: ReplaceInput): ReplaceReport;
  /** Undo or redo of a replacement: rows put back only where they still hold what the replacement left. */
  restore(documentId: string, rows: readonly RestoreRow[]): ReplaceReport;
  /** A promise: the `qa` filter runs every check over the document, in slices (see runChecksPaced). */
  filter(
    documentId: string,
    filter: RowFilter,
    search?: Omit<FindInput, 'documentId'>,
  ): Promise<{ paragraphs: number[] }>;
}

/** A bad regular expression is the caller's input, said in one line. */
function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SearchSyntaxError) throw new ApiError('invalid-input', msg('badPattern', { detail: e.message }));
    throw e;
  }
}

export function createSearchService(deps: {
  db: Db;
  documents: Pick<DocumentsService, 'paragraphs' | 'writeTargets' | 'require' | 'changes'>;
  qa: Pick<QaService, 'flags'>;
}): SearchService {
  const { db, documents } = deps;

  const storedRows = (documentId: string, indices: ReadonlySet<number>): Paragraph[] =>
    indices.size === 0 ? [] : documents.paragraphs(documentId).filter((p) => indices.has(p.index));

  // The texts of the last document searched, kept at its revision and brought up to date from the change feed:
  // a translator typing a query searches again at every pause, and re-reading 10,000 rows each time is the slow part.
  let cache: { id: string; revision: number; rows: Paragraph[] } | null = null;
  const texts = (id: string): readonly Paragraph[] => {
    const revision = documents.require(id).revision;
    if (cache?.id === id && cache.revision === revision) return cache.rows;
    if (cache?.id === id) {
      const changed = documents.changes(id, cache.revision);
      for (const p of changed.paragraphs) cache.rows[p.index] = p;
      cache.revision = changed.revision;
      return cache.rows;
    }
    cache = { id, revision, rows: documents.paragraphs(id) };
    return cache.rows;
  };

  const find = (input: FindInput): SearchResult =>
    guarded(() => {
      const finder = createFinder(input.query, input.side, input);
      return searchParagraphs(texts(input.documentId), finder, input.limit ?? 10_000);
    });

  return {
    find,
    replace(input) {
      return guarded(() =>
        db
          .transaction((): ReplaceReport => {
            const all = documents.paragraphs(input.documentId);
            let rows = all;
            if (input.paragraph !== undefined) {
              const p = all[input.paragraph];
              if (!p)
                throw new ApiError(
                  'not-found',
                  msg('noParagraphFrom0', { id: input.documentId, index: input.paragraph }),
                );
              rows = [p];
            }
            const options = {
              matchCase: input.matchCase,
              wholeWord: input.wholeWord,
              regex: input.regex,
              onlyAt: input.start,
            };
            const changed: ReplacedRow[] = [];
            const refused: ReplaceReport['refused'] = [];
            for (const p of rows) {
              if (p.target === '') continue;
              const { after, count } = replaceText(p.target, input.find, input.with, options);
              if (count === 0 || after === p.target) continue;
              const problem = inlineCodeProblem(p.target, after);
              if (problem) {
                refused.push({ index: p.index, reason: problem, code: 'inline-code' });
                continue;
              }
              // A confirmed row whose English changes is a draft again: the translator confirms it anew.
              changed.push({
                index: p.index,
                before: p.target,
                after,
                statusBefore: p.status,
                status: statusForEdit(after, false),
              });
            }
            if (input.dryRun) return { changed, refused, stored: [] };
            documents.writeTargets(
              input.documentId,
              changed.map((c) => ({ index: c.index, target: c.after, status: c.status })),
            );
            return { changed, refused, stored: storedRows(input.documentId, new Set(changed.map((c) => c.index))) };
          })
          .immediate(),
      );
    },
    restore(documentId, rows) {
      return db
        .transaction((): ReplaceReport => {
          const all = documents.paragraphs(documentId);
          const changed: ReplacedRow[] = [];
          const refused: ReplaceReport['refused'] = [];
          for (const r of rows) {
            const p = all[r.index];
            if (!p) throw new ApiError('not-found', msg('noParagraphFrom0', { id: documentId, index: r.index }));
            if (p.target !== r.expected) {
              refused.push({ index: r.index, reason: 'the row was changed since the replacement', code: 'changed' });
              continue;
            }
            if (p.target === r.target && p.status === r.status) continue;
            const status: Status = r.target.trim() === '' ? 'untranslated' : r.status;
            changed.push({ index: r.index, before: p.target, after: r.target, statusBefore: p.status, status });
          }
          documents.writeTargets(
            documentId,
            changed.map((c) => ({ index: c.index, target: c.after, status: c.status })),
          );
          return { changed, refused, stored: storedRows(documentId, new Set(changed.map((c) => c.index))) };
        })
        .immediate();
    },
    async filter(documentId, filter, search) {
      const all = texts(documentId);
      switch (filter) {
        case 'untranslated':
        case 'draft':
        case 'translated':
        case 'reviewed':
          return { paragraphs: all.filter((p) => p.status === filter).map((p) => p.index) };
        case 'comment':
          return { paragraphs: all.filter((p) => (p.note ?? '').trim() !== '').map((p) => p.index) };
        case 'repetition':
          return {
            paragraphs: all.filter((p) => p.origin === 'repetition' && p.status === 'draft').map((p) => p.index),
          };
        case 'qa':
          return {
            paragraphs: [...new Set((await deps.qa.flags(documentId)).map((f) => f.paragraph))].sort((a, b) => a - b),
          };
        case 'hit':
          if (!search) throw new ApiError('invalid-input', msg('hitNeedsSearch'));
          return { paragraphs: find({ ...search, documentId, limit: 1 }).paragraphs };
      }
    },
  };
}
