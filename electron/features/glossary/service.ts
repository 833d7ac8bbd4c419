/**
 * The glossary feature: glossaries in priority order, terms, CSV/TBX import and export, and the matches of
 * the enabled glossaries in a document. It owns the glossary tables; the match index is built once per
 * glossary change (a revision bumped by triggers, so the app sees the CLI's writes) and cached.
 */
import type { GlossaryIndex, GlossaryMatch, ParsedTerm } from '../../../core/glossary';
import {
  buildGlossaryIndex,
  glossaryToCsv,
  glossaryToTbx,
  matchText,
  preferredTarget,
  searchKeys,
  shortTermSpellings,
} from '../../../core/glossary';
import type { ExportedFile, GlossaryImportReport, GlossaryInfo, MatchView, TermView } from '../../../core/api/contract';
import { msg } from '../../../core/i18n/message';
import { ApiError } from '../../../core/api/contract';
import * as repo from '../../../db/glossary-repo';
import type { StoredTerm } from '../../../db/glossary-repo';
import type { Db } from '../../../db/open';
import type { Env } from '../../app/env';
import type { DocumentsService } from '../documents/service';
import { importGlossaryFile } from './import';
import type { TermInput } from './terms';
import { cleanTerm, resolveGlossary } from './terms';

export interface GlossaryService {
  list(documentId?: string): GlossaryInfo[];
  setEnabled(documentId: string, glossaryId: string, enabled: boolean): GlossaryInfo[];
  import(input: {
    fileName: string;
    bytes: Uint8Array;
    glossary?: string | undefined;
    skipInvalid?: boolean | undefined;
  }): GlossaryImportReport;
  export(input: { glossary?: string | undefined; format: 'csv' | 'tbx' }): ExportedFile;
  addTerm(input: TermInput & { glossary?: string | undefined }): TermView;
  updateTerm(id: string, input: TermInput): TermView;
  deleteTerm(id: string): { deleted: true };
  /** Terms whose Arabic or English contains the query (Arabic through its clitics), in `order` (Arabic by default). */
  search(query: string, limit?: number, order?: repo.TermOrder): TermView[];
  used(id: string): { ok: true };
  /** The match index of a document's enabled glossaries (of all glossaries without a document). */
  index(documentId?: string): GlossaryIndex;
  /** Matches in an Arabic text, for the QA checks. */
  match(index: GlossaryIndex, source: string): GlossaryMatch[];
  /** Every match in the document, or in the paragraphs of `range` only (from counted from 0). */
  matchDocument(documentId: string, range?: { from: number; count: number }): MatchView[];
  /** Terms of the enabled glossaries and the revision they were read at (for caches in other features). */
  enabledTerms(): StoredTerm[];
  revision(): string;
}

function termView(t: StoredTerm): TermView {
  return {
    id: t.id,
    glossaryId: t.glossaryId,
    source: t.source,
    target: t.target,
    kind: t.kind,
    variants: t.variants,
    note: t.note,
    useCount: t.useCount,
    shortSpellings: shortTermSpellings(t),
  };
}

export interface GlossaryDeps {
  db: Db;
  env: Env;
  documents: Pick<DocumentsService, 'require' | 'paragraphs' | 'rows'>;
  /**
   * The homograph guard's dictionary: is this exact spelling an ordinary word? (AyaSpell, loaded on the first
   * match that only a fold made, about 1.5 s once per process.) Without it, the list in core/arabic/homographs.ts.
   */
  isCommonWord?: (written: string) => boolean;
}

export function createGlossaryService(deps: GlossaryDeps): GlossaryService {
  const { db, env, documents } = deps;
  const guard = deps.isCommonWord ? { isCommonWord: deps.isCommonWord } : {};
  const indexCache = new Map<string, { revision: string; index: GlossaryIndex }>();
  const infos = (documentId?: string): GlossaryInfo[] => {
    const disabled = new Set(documentId ? repo.disabledGlossaries(db, documentId) : []);
    return repo.listGlossaries(db).map((g) => ({ ...g, enabled: !disabled.has(g.id) }));
  };
  const index = (documentId?: string): GlossaryIndex => {
    const revision = `${repo.glossaryRevision(db)}|${documentId ? repo.disabledGlossaries(db, documentId).join(',') : ''}`;
    const hit = indexCache.get(documentId ?? '');
    if (hit && hit.revision === revision) return hit.index;
    const built = buildGlossaryIndex(repo.enabledTerms(db, documentId), guard);
    indexCache.set(documentId ?? '', { revision, index: built });
    return built;
  };
  return {
    list: infos,
    setEnabled(documentId, glossaryId, enabled) {
      documents.require(documentId);
      if (!repo.listGlossaries(db).some((g) => g.id === glossaryId))
        throw new ApiError('not-found', msg('noGlossaryId', { id: glossaryId }));
      repo.setDocumentGlossary(db, documentId, glossaryId, enabled);
      return infos(documentId);
    },
    import: (input) => importGlossaryFile(db, env, input),
    export(input) {
      const g = input.glossary
        ? repo.listGlossaries(db).find((x) => x.name === input.glossary)
        : resolveGlossary(db, env);
      if (!g) throw new ApiError('not-found', msg('noGlossaryNamed', { name: input.glossary ?? '' }));
      const terms: ParsedTerm[] = repo.termsOfGlossary(db, g.id).map((t) => ({
        source: t.source,
        target: t.target,
        kind: t.kind,
        variants: t.variants,
        note: t.note,
        ...(t.deprecated ? { deprecated: t.deprecated } : {}),
      }));
      const text = input.format === 'csv' ? glossaryToCsv(terms) : glossaryToTbx(terms);
      return {
        fileName: `${g.name.replace(/[\\/:*?"<>|]+/g, '_')}.${input.format}`,
        mime: input.format === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-tbx+xml',
        bytes: new TextEncoder().encode(text),
      };
    },
    addTerm(input) {
      return db
        .transaction(() => {
          const g = resolveGlossary(db, env, input.glossary);
          const t = cleanTerm(input);
          const existing = repo.findTermByKey(db, g.id, t.key);
          if (existing)
            throw new ApiError(
              'conflict',
              msg('termExists', {
                source: t.source,
                glossary: g.name,
                existing: existing.source,
                target: existing.target,
              }),
            );
          const id = env.newId();
          repo.insertTerm(db, { ...t, id, glossaryId: g.id, now: env.now() });
          return termView(repo.findTerm(db, id)!);
        })
        .immediate();
    },
    updateTerm(id, input) {
      return db
        .transaction(() => {
          const current = repo.findTerm(db, id);
          if (!current) throw new ApiError('not-found', msg('noTerm', { id }));
          const t = cleanTerm(input);
          const clash = repo.findTermByKey(db, current.glossaryId, t.key);
          if (clash && clash.id !== id)
            throw new ApiError('conflict', msg('termExistsHere', { source: t.source, existing: clash.source }));
          repo.updateTerm(db, id, { ...t, now: env.now() });
          return termView(repo.findTerm(db, id)!);
        })
        .immediate();
    },
    deleteTerm(id) {
      if (!repo.findTerm(db, id)) throw new ApiError('not-found', msg('noTerm', { id }));
      repo.deleteTerm(db, id);
      return { deleted: true };
    },
    search(query, limit = 200, order = 'ar') {
      return repo.searchTerms(db, { query, keys: searchKeys(query), order, limit }).map(termView);
    },
    used(id) {
      if (!repo.findTerm(db, id)) throw new ApiError('not-found', msg('noTerm', { id }));
      repo.incrementUse(db, id);
      return { ok: true };
    },
    index,
    match: (idx, source) => matchText(idx, source),
    matchDocument(documentId, range) {
      const idx = index(documentId);
      // No terms: nothing to find, and a 100,000-paragraph document is not read for it (seconds).
      if (idx.size === 0) {
        if (range)
          documents.rows(documentId, 0, 1); // not found is still an error
        else documents.require(documentId);
        return [];
      }
      const paragraphs = range ? documents.rows(documentId, range.from, range.count) : documents.paragraphs(documentId);
      return paragraphs.flatMap((p) =>
        matchText(idx, p.source).map((m) => ({
          paragraph: p.index,
          start: m.start,
          end: m.end,
          text: m.text,
          termId: m.term.id,
          source: m.term.source,
          target: preferredTarget(m.term.target),
          kind: m.term.kind,
          shortSpellings: shortTermSpellings(m.term),
        })),
      );
    },
    enabledTerms: () => repo.enabledTerms(db),
    revision: () => repo.glossaryRevision(db),
  };
}
