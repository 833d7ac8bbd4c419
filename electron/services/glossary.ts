/**
 * Glossary services: glossaries in priority order, terms, matching a document, the consistency check,
 * CSV/TBX import and export. The match index is built once per glossary change and cached.
 */
import type { GlossaryIndex, GlossaryMatch, GlossaryParseResult, ParsedTerm, TermKind } from '../../core/glossary';
import {
  buildGlossaryIndex,
  checkConsistency,
  glossaryToCsv,
  glossaryToTbx,
  matchText,
  parseGlossaryCsv,
  parseTbx,
  preferredTarget,
  termKey,
} from '../../core/glossary';
import { ApiError } from '../../core/api/contract';
import type { MatchView, QaView } from '../../core/api/contract';
import { normalizeArabic } from '../../core/arabic/normalize';
import { foldPresentationForms } from '../../core/arabic/presentation-forms';
import { FormatError } from '../../core/formats/errors';
import { decodeText } from '../../core/formats/plain-text';
import { listParagraphs } from '../../db/documents-repo';
import * as repo from '../../db/glossary-repo';
import type { StoredTerm } from '../../db/glossary-repo';
import type { Db } from '../../db/open';
import type { Env } from './clock';
import { requireDocument } from './documents';

export const DEFAULT_GLOSSARY = 'Main';

export interface TermInput {
  source: string;
  target: string;
  kind: TermKind;
  variants?: string[] | undefined;
  note?: string | undefined;
}

/** A match as the API reports it, and a consistency problem (types shared with the contract). */
export type DocumentMatch = MatchView;
export type QaProblem = QaView;

/** The glossary a write goes to: the named one (created on first use), or the workspace's first. */
export function resolveGlossary(db: Db, env: Env, name?: string): repo.GlossaryRow {
  const all = repo.listGlossaries(db);
  const wanted = name?.trim() || all[0]?.name || DEFAULT_GLOSSARY;
  const found = all.find((g) => g.name === wanted);
  if (found) return found;
  const id = env.newId();
  repo.insertGlossary(db, { id, name: wanted, now: env.now() });
  return { id, name: wanted, priority: all.length, terms: 0 };
}

function cleanTerm(input: TermInput): repo.TermWrite {
  const source = foldPresentationForms(input.source).trim().replace(/\s+/g, ' ');
  const target = input.target.trim();
  if (!source) throw new ApiError('invalid-input', 'the Arabic of the term is empty');
  if (!/[\u0600-\u06FF]/.test(source)) throw new ApiError('invalid-input', `“${source}” has no Arabic letters`);
  if (!target) throw new ApiError('invalid-input', `the English of “${source}” is empty`);
  const key = termKey(source);
  // A variant whose key is the term's own is kept once, silently.
  const seen = new Set([key]);
  const variants: string[] = [];
  for (const v of input.variants ?? []) {
    const t = foldPresentationForms(v).trim().replace(/\s+/g, ' ');
    const k = termKey(t);
    if (t && k && !seen.has(k)) {
      seen.add(k);
      variants.push(t);
    }
  }
  return { source, key, target, kind: input.kind, variants, note: input.note?.trim() ?? '' };
}

export function addTerm(db: Db, env: Env, input: TermInput & { glossary?: string | undefined }): StoredTerm {
  return db.transaction(() => {
    const g = resolveGlossary(db, env, input.glossary);
    const t = cleanTerm(input);
    const existing = repo.findTermByKey(db, g.id, t.key);
    if (existing) {
      throw new ApiError('conflict', `“${t.source}” is already in the glossary ${g.name} as “${existing.source}” → ${existing.target}`);
    }
    const id = env.newId();
    repo.insertTerm(db, { ...t, id, glossaryId: g.id, now: env.now() });
    return repo.findTerm(db, id)!;
  })();
}

export function updateTerm(db: Db, env: Env, id: string, input: TermInput): StoredTerm {
  return db.transaction(() => {
    const current = repo.findTerm(db, id);
    if (!current) throw new ApiError('not-found', `no term with id ${id}`);
    const t = cleanTerm(input);
    const clash = repo.findTermByKey(db, current.glossaryId, t.key);
    if (clash && clash.id !== id) throw new ApiError('conflict', `“${t.source}” is already in this glossary as “${clash.source}”`);
    repo.updateTerm(db, id, { ...t, now: env.now() });
    return repo.findTerm(db, id)!;
  })();
}

export function deleteTerm(db: Db, id: string): { deleted: true } {
  if (!repo.findTerm(db, id)) throw new ApiError('not-found', `no term with id ${id}`);
  repo.deleteTerm(db, id);
  return { deleted: true };
}

export function searchTerms(db: Db, query: string, limit = 200): StoredTerm[] {
  const q = query.trim();
  if (!q) return repo.enabledTerms(db).slice(0, limit);
  return repo.searchTerms(db, q, normalizeArabic(q).replace(/\s+/g, ' '), limit);
}

const indexCache = new WeakMap<Db, Map<string, { revision: string; index: GlossaryIndex; terms: StoredTerm[] }>>();

/** The match index for a document's enabled glossaries, rebuilt only when a glossary changed. */
export function indexFor(db: Db, documentId?: string): GlossaryIndex {
  const revision = `${repo.glossaryRevision(db)}|${documentId ? repo.disabledGlossaries(db, documentId).join(',') : ''}`;
  let perDb = indexCache.get(db);
  if (!perDb) indexCache.set(db, (perDb = new Map()));
  const cacheKey = documentId ?? '';
  const hit = perDb.get(cacheKey);
  if (hit && hit.revision === revision) return hit.index;
  const terms = repo.enabledTerms(db, documentId);
  const index = buildGlossaryIndex(terms);
  perDb.set(cacheKey, { revision, index, terms });
  return index;
}

function toDocumentMatch(paragraph: number, m: GlossaryMatch): DocumentMatch {
  return {
    paragraph,
    start: m.start,
    end: m.end,
    text: m.text,
    termId: m.term.id,
    source: m.term.source,
    target: preferredTarget(m.term.target),
    kind: m.term.kind,
  };
}

export function matchDocument(db: Db, documentId: string): DocumentMatch[] {
  requireDocument(db, documentId);
  const index = indexFor(db, documentId);
  return listParagraphs(db, documentId).flatMap((p) => matchText(index, p.source).map((m) => toDocumentMatch(p.index, m)));
}

/** Translated rows whose English lacks a glossary term found in their Arabic (minus accepted cases). */
export function qaDocument(db: Db, documentId: string): QaProblem[] {
  requireDocument(db, documentId);
  const index = indexFor(db, documentId);
  const accepted = repo.acceptedQa(db, documentId);
  const problems: QaProblem[] = [];
  for (const p of listParagraphs(db, documentId)) {
    if (p.status !== 'translated') continue;
    for (const term of checkConsistency(matchText(index, p.source), p.target)) {
      const key = termKey(term.source);
      if (accepted.has(`${p.index}:${key}`)) continue;
      problems.push({ paragraph: p.index, termId: term.id, termKey: key, source: term.source, target: term.target, kind: term.kind });
    }
  }
  return problems;
}

export function acceptQa(db: Db, documentId: string, paragraph: number, key: string): { accepted: true } {
  requireDocument(db, documentId);
  repo.acceptQa(db, documentId, paragraph, key);
  return { accepted: true };
}

function parseGlossaryFile(bytes: Uint8Array, fileName: string): GlossaryParseResult {
  const text = decodeText(bytes, fileName);
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'txt') return parseGlossaryCsv(text, fileName);
  if (ext === 'tbx' || ext === 'xml') return parseTbx(text, fileName);
  throw new FormatError(fileName, 'unknown glossary format: use .csv or .tbx');
}

export interface GlossaryImportReport {
  glossary: string;
  added: number;
  updated: number;
  skipped: Array<{ line: number; message: string }>;
}

/**
 * Imports a CSV or TBX file in one transaction. Bad rows are reported with their lines; unless the user
 * accepts importing the valid rows (`skipInvalid`), nothing is imported when any row is bad.
 */
export function importGlossary(
  db: Db,
  env: Env,
  input: { fileName: string; bytes: Uint8Array; glossary?: string | undefined; skipInvalid?: boolean | undefined },
): GlossaryImportReport {
  let parsed: GlossaryParseResult;
  try {
    parsed = parseGlossaryFile(input.bytes, input.fileName);
  } catch (e) {
    if (e instanceof FormatError) throw new ApiError('bad-file', e.message);
    throw e;
  }
  const fatal = parsed.errors.find((e) => e.line === 0);
  if (fatal) throw new ApiError('bad-file', `${input.fileName}: ${fatal.message}`);
  if (parsed.errors.length > 0 && !input.skipInvalid) {
    throw new ApiError(
      'bad-file',
      parsed.errors.map((e) => `${input.fileName}: line ${e.line}: ${e.message}`).join('\n'),
    );
  }
  if (parsed.terms.length === 0) throw new ApiError('bad-file', `${input.fileName}: no terms to import`);
  return db.transaction(() => {
    const g = resolveGlossary(db, env, input.glossary);
    let added = 0;
    let updated = 0;
    const skipped = [...parsed.errors];
    const now = env.now();
    for (const term of parsed.terms) {
      let t: repo.TermWrite;
      try {
        t = cleanTerm(term);
      } catch (e) {
        // A row the parser accepted but the glossary cannot hold (no Arabic letter, say): skipped only when asked.
        if (!(e instanceof ApiError) || !input.skipInvalid) throw e instanceof ApiError ? new ApiError('bad-file', `${input.fileName}: ${e.message}`) : e;
        skipped.push({ line: 0, message: e.message });
        continue;
      }
      const existing = repo.findTermByKey(db, g.id, t.key);
      if (existing) {
        repo.updateTerm(db, existing.id, { ...t, now });
        updated++;
      } else {
        repo.insertTerm(db, { ...t, id: env.newId(), glossaryId: g.id, now });
        added++;
      }
    }
    return { glossary: g.name, added, updated, skipped };
  })();
}

export function exportGlossary(
  db: Db,
  env: Env,
  input: { glossary?: string | undefined; format: 'csv' | 'tbx' },
): { fileName: string; mime: string; bytes: Uint8Array } {
  const g = input.glossary ? repo.listGlossaries(db).find((x) => x.name === input.glossary) : resolveGlossary(db, env);
  if (!g) throw new ApiError('not-found', `no glossary named ${input.glossary}`);
  const terms: ParsedTerm[] = repo
    .termsOfGlossary(db, g.id)
    .map((t) => ({ source: t.source, target: t.target, kind: t.kind, variants: t.variants, note: t.note }));
  const text = input.format === 'csv' ? glossaryToCsv(terms) : glossaryToTbx(terms);
  const safeName = g.name.replace(/[\\/:*?"<>|]+/g, '_');
  return {
    fileName: `${safeName}.${input.format}`,
    mime: input.format === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-tbx+xml',
    bytes: new TextEncoder().encode(text),
  };
}
