/**
 * The translation-memory feature: memories (priority, penalty, switched off per document), units filled by
 * confirmation, "add this document" and TMX/XLIFF import, lookups, concordance, pre-translation, analysis and
 * repetitions. It owns the tm_* tables; paragraphs are read and written through the documents service only.
 * Every write is one transaction.
 */
import os from 'node:os';
import type { Paragraph } from '../../../core/model';
import type { ExportedFile } from '../../../core/api/methods/common';
import type { TmImportReport, TmInfo, TmMatch, TmSettings } from '../../../core/api/methods/tm';
import { ApiError } from '../../../core/api/contract';
import { msg } from '../../../core/i18n/message';
import { analyseText } from '../../../core/tm/analyse';
import { writeTmx } from '../../../core/tm/tmx-write';
import type { Db } from '../../../db/open';
import { getSetting, setSetting } from '../../../db/settings-repo';
import * as repo from '../../../db/tm-repo';
import type { MemoryRow } from '../../../db/tm-repo';
import type { Env } from '../../app/env';
import type { DocumentsService } from '../documents/service';
import { concordance } from './concordance';
import { createDocumentOps } from './document-ops';
import type { DocumentOps } from './document-ops';
import { readMemoryFile } from './import';
import { createMatcher } from './lookup';
import { originOf, toMatch } from './matches';
import { addUnit, analyse, parseExtra, replaceUnit } from './store';
import { isDone } from '../../../core/model';

export const DEFAULT_TM_SETTINGS: TmSettings = { tmMinScore: 70, maxMatches: 5, repetitions: true };
const DEFAULT_NAME = 'Main';

export interface TmService extends DocumentOps {
  list(documentId?: string): TmInfo[];
  create(name: string): TmInfo[];
  set(input: {
    tm: string;
    priority?: number | undefined;
    penalty?: number | undefined;
    documentId?: string | undefined;
    enabled?: boolean | undefined;
  }): TmInfo[];
  import(input: { fileName: string; bytes: Uint8Array; tm?: string | undefined }): TmImportReport;
  addDocument(documentId: string, tm?: string): TmImportReport;
  export(tm?: string): ExportedFile;
  lookup(input: {
    text: string;
    documentId?: string | undefined;
    min?: number | undefined;
    limit?: number | undefined;
  }): TmMatch[];
  concordance(input: {
    query: string;
    side?: 'ar' | 'en' | undefined;
    limit?: number | undefined;
  }): ReturnType<typeof concordance>;
  settings(): TmSettings;
  setSettings(patch: Partial<TmSettings>): TmSettings;
  /** Forgets cached memories and frequencies: units were written by another feature (a team pull). */
  invalidate(): void;
  /** The documents service calls this (through the composition root) inside the transaction that confirmed a row. */
  onConfirmed(documentId: string, index: number): void;
  /**
   * Rows confirmed elsewhere and pulled from the team (issue 21), in the pull's transaction: stored as a
   * confirmation here would store them (one unit per row, updated when the row changes), never twice, and
   * without filling repetitions (a pull writes no rows of its own). Returns how many units were added or updated.
   */
  storeConfirmed(rows: ReadonlyArray<{ documentId: string; index: number }>): number;
}

function defaultAuthor(): string | undefined {
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

export function createTmService(deps: {
  db: Db;
  env: Env;
  documents: Pick<DocumentsService, 'require' | 'paragraphs' | 'rows' | 'writeTargets'>;
  author?: string | undefined;
}): TmService {
  const { db, env, documents } = deps;
  const author = deps.author ?? defaultAuthor();
  const matcher = createMatcher(db);
  const tx = <T>(fn: () => T): T => {
    try {
      return db.transaction(fn).immediate();
    } finally {
      matcher.reset();
    }
  };

  const settings = (): TmSettings => ({ ...DEFAULT_TM_SETTINGS, ...getSetting<Partial<TmSettings>>(db, 'tm', {}) });
  const infos = (documentId?: string): TmInfo[] => {
    const off = documentId ? repo.disabledMemories(db, documentId) : new Set<number>();
    const counts = repo.unitCounts(db);
    return repo.listMemories(db).map((m) => ({
      id: m.id,
      name: m.name,
      priority: m.priority,
      penalty: m.penalty,
      units: counts.get(m.num) ?? 0,
      enabled: !off.has(m.num),
    }));
  };
  const findMemory = (name: string): MemoryRow | undefined => repo.listMemories(db).find((m) => m.name === name);
  /** The named memory (created when it does not exist yet), or the first one (created as Main when none exists). */
  const memoryFor = (name?: string): MemoryRow => {
    const wanted = name?.trim();
    const found = wanted ? findMemory(wanted) : repo.listMemories(db)[0];
    if (found) return found;
    repo.insertMemory(db, { id: env.newId(), name: wanted || DEFAULT_NAME, now: env.now() });
    matcher.reset();
    return findMemory(wanted || DEFAULT_NAME)!;
  };
  const requireMemory = (name: string): MemoryRow => {
    const m = findMemory(name.trim());
    if (!m) throw new ApiError('not-found', msg('noMemory', { name }));
    return m;
  };

  /**
   * Stores one confirmed row in `memory` (or updates the unit it already has); returns what happened. `once`: a
   * row that has no unit of its own yet is skipped when a memory already holds its very source and translation
   * (a row pulled from the team whose unit came with the shared memory).
   */
  const storeRow = (
    documentId: string,
    index: number,
    memory: MemoryRow | undefined,
    postings: repo.PostingWriter,
    row?: Paragraph,
    once = false,
  ): 'added' | 'updated' | 'skipped' => {
    // One row read, not the document: a confirmation in a 100,000-row document stays a few milliseconds.
    const p = row ?? documents.rows(documentId, index, 1)[0];
    const keys = sourceKeys(documentId);
    if (!p || p.target.trim() === '' || p.source.trim() === '') return 'skipped';
    const existing = repo.unitByOrigin(db, documentId, index);
    if (
      once &&
      !existing &&
      repo.unitsByKey(db, keys[index]!).some((u) => u.parent === null && u.source === p.source && u.target === p.target)
    )
      return 'skipped';
    const now = env.now();
    const input = {
      memory: memory?.num ?? existing?.memory ?? memoryFor().num,
      source: p.source,
      target: p.target,
      origin: { document: documentId, paragraph: index },
      author,
      prevKey: index > 0 ? keys[index - 1]! : null,
      nextKey: index + 1 < keys.length ? keys[index + 1]! : null,
      created: now,
      changed: now,
      codes: p.inline?.codes,
    };
    if (existing && (!memory || existing.memory === memory.num)) {
      if (existing.source === p.source && existing.target === p.target) return 'updated';
      replaceUnit(db, existing, input, postings);
      return 'updated';
    }
    addUnit(db, input, env.newId(), postings);
    return 'added';
  };

  // A paragraph's Arabic (and the number of paragraphs) never changes after import: the keys of a document's
  // Arabic are computed once, from one read of the document, and kept.
  const keyCache = new Map<string, number[]>();
  const sourceKeys = (documentId: string): number[] => {
    let keys = keyCache.get(documentId);
    if (!keys) {
      keys = documents.paragraphs(documentId).map((p) => analyseText(p.source).key);
      if (keyCache.size > 50) keyCache.clear();
      keyCache.set(documentId, keys);
    }
    return keys;
  };

  const fillRepetitions = (documentId: string, index: number): void => {
    if (!settings().repetitions) return;
    const keys = sourceKeys(documentId);
    const key = keys[index];
    const same = keys.flatMap((k, i) => (k === key && i !== index ? [i] : []));
    if (same.length === 0) return;
    const p = documents.rows(documentId, index, 1)[0]!;
    const changes = same
      .map((i) => documents.rows(documentId, i, 1)[0]!)
      .filter((o) => o.status === 'untranslated' && o.target.trim() === '')
      .map((o) => ({ index: o.index, target: p.target, status: 'draft' as const, origin: 'repetition' as const }));
    if (changes.length > 0) documents.writeTargets(documentId, changes);
  };

  const ops = createDocumentOps({
    db,
    documents,
    matcher,
    settings,
    disabled: (id) => repo.disabledMemories(db, id),
    tx,
  });

  return {
    ...ops,
    list: infos,
    create(name) {
      tx(() => {
        if (findMemory(name.trim())) throw new ApiError('invalid-input', msg('memoryExists', { name }));
        memoryFor(name);
      });
      return infos();
    },
    set(input) {
      tx(() => {
        const m = requireMemory(input.tm);
        repo.updateMemory(db, m.num, { priority: input.priority, penalty: input.penalty }, env.now());
        if (input.enabled !== undefined) {
          if (!input.documentId) throw new ApiError('invalid-input', msg('memoryNeedsDocument'));
          documents.require(input.documentId);
          repo.setDisabled(db, input.documentId, m.num, !input.enabled);
        }
      });
      return infos(input.documentId);
    },
    import(input) {
      const read = readMemoryFile(input.bytes, input.fileName);
      return tx(() => {
        const memory = memoryFor(input.tm);
        const postings = new repo.PostingWriter();
        let added = 0;
        let updated = 0;
        const now = env.now();
        // The memory's keys read once: most units imported are new, and a new key needs no query.
        const keys = repo.paragraphKeys(db, memory.num);
        for (const u of read.units) {
          const unit = {
            memory: memory.num,
            source: u.source,
            target: u.target,
            origin: { file: input.fileName },
            tuid: u.tuid,
            author: u.author,
            created: u.created ?? now,
            changed: u.changed ?? now,
            codes: u.codes,
            notes: u.notes,
            props: u.props,
          };
          // Analysed once: the key finds a unit to update, and the same analysis is stored.
          const analysed = analyse(unit);
          const key = analysed.paragraph.source_key;
          const same = keys.has(key)
            ? repo
                .paragraphTextsByKey(db, memory.num, key)
                .find((x) => (u.tuid ? x.tuid === u.tuid : x.source === u.source && x.target === u.target))
            : undefined;
          keys.add(key);
          if (same) {
            replaceUnit(db, { rowid: same.rowid, id: same.id, created_at: same.created_at }, unit, postings, analysed);
            updated++;
          } else {
            addUnit(db, unit, env.newId(), postings, analysed);
            added++;
          }
        }
        postings.flush(db);
        return {
          tm: memory.name,
          added,
          updated,
          skipped: read.skipped.length,
          errors: read.skipped.map((s) => s.message),
        };
      });
    },
    addDocument(documentId, tm) {
      documents.require(documentId);
      return tx(() => {
        const memory = memoryFor(tm);
        const counts = { added: 0, updated: 0, skipped: 0 };
        const postings = new repo.PostingWriter();
        for (const p of documents.paragraphs(documentId)) {
          if (!isDone(p.status)) continue;
          counts[storeRow(documentId, p.index, memory, postings, p)]++;
        }
        postings.flush(db);
        return { tm: memory.name, ...counts, errors: [] };
      });
    },
    export(tm) {
      const memory = tm ? requireMemory(tm) : memoryFor();
      const units = repo.unitsOfMemory(db, memory.num).map((u) => {
        const extra = parseExtra(u);
        const o = originOf(u);
        return {
          id: u.id,
          tuid: u.tuid ?? undefined,
          source: u.source,
          target: u.target,
          author: u.author ?? undefined,
          created: u.created_at,
          changed: u.changed_at,
          origin: 'document' in o ? `document:${o.document}:${o.paragraph}` : `file:${o.file}`,
          codes: extra.codes,
          notes: extra.notes,
          props: extra.props,
        };
      });
      const safe = memory.name.replace(/[^\p{L}\p{N}._-]+/gu, '-');
      return {
        fileName: `${safe}.tmx`,
        mime: 'application/x-tmx+xml',
        bytes: new TextEncoder().encode(writeTmx(units, env.now())),
      };
    },
    lookup(input) {
      const s = settings();
      return matcher
        .lookup({
          text: input.text,
          min: input.min ?? s.tmMinScore,
          limit: input.limit ?? s.maxMatches,
          ...(input.documentId ? { disabled: repo.disabledMemories(db, input.documentId) } : {}),
        })
        .map((m) => toMatch(m));
    },
    concordance: (input) => concordance(db, new Map(repo.listMemories(db).map((m) => [m.num, m])), originOf, input),
    settings,
    setSettings(patch) {
      const next = { ...settings(), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      setSetting(db, 'tm', next);
      return next;
    },
    invalidate: () => matcher.reset(),
    onConfirmed(documentId, index) {
      // Already inside the documents service's transaction: a failure here undoes the confirmation too.
      try {
        const postings = new repo.PostingWriter();
        storeRow(documentId, index, undefined, postings);
        postings.flush(db);
        fillRepetitions(documentId, index);
      } finally {
        matcher.reset();
      }
    },
    storeConfirmed(rows) {
      const byDocument = new Map<string, number[]>();
      for (const r of rows) byDocument.set(r.documentId, [...(byDocument.get(r.documentId) ?? []), r.index]);
      let stored = 0;
      try {
        const postings = new repo.PostingWriter();
        for (const [documentId, indexes] of byDocument) {
          const paragraphs = documents.paragraphs(documentId);
          for (const index of new Set(indexes)) {
            const p = paragraphs[index];
            if (!p || !isDone(p.status)) continue;
            if (storeRow(documentId, index, undefined, postings, p, true) !== 'skipped') stored++;
          }
        }
        postings.flush(db);
      } finally {
        matcher.reset();
      }
      return stored;
    },
  };
}
