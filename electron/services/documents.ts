/** Document services: import, list, read, translate, rename, delete. Each write is one transaction. */
import type { Settings } from '../../core/api/contract';
import { ApiError, MAX_FILE_BYTES } from '../../core/api/contract';
import { importDocument as parseDocument, readReview } from '../../core/formats';
import { FormatError } from '../../core/formats/errors';
import type { DocumentFull, DocumentSummary, Paragraph } from '../../core/model';
import { statusForEdit } from '../../core/model';
import { foldPresentationForms } from '../../core/arabic/presentation-forms';
import { countWords } from '../../core/text/words';
import * as repo from '../../db/documents-repo';
import type { Db } from '../../db/open';
import { exportedTargets } from '../../db/exports-repo';
import { getSetting, setSetting } from '../../db/settings-repo';
import type { Env } from './clock';

export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;
const MAX_TITLE = 200;

export function defaultTitle(firstParagraph: string): string {
  const t = firstParagraph.trim().replace(/\s+/g, ' ');
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1)}…` : t;
}

export async function importDocument(
  db: Db,
  env: Env,
  input: { fileName: string; bytes: Uint8Array; title?: string | undefined },
): Promise<{ documentId: string; paragraphs: number; title: string }> {
  if (input.bytes.length > MAX_IMPORT_BYTES) {
    throw new ApiError(
      'too-large',
      `${input.fileName}: the file is ${(input.bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB`,
    );
  }
  let parsed;
  try {
    parsed = await parseDocument(input.bytes, input.fileName);
  } catch (e) {
    if (e instanceof FormatError) throw new ApiError('bad-file', e.message);
    throw e;
  }
  if (parsed.paragraphs.length === 0) {
    throw new ApiError('bad-file', `${input.fileName}: the file has no text to translate`);
  }
  const id = env.newId();
  const now = env.now();
  const title = foldPresentationForms(input.title?.trim() || parsed.title.trim() || defaultTitle(parsed.paragraphs[0]!.source));
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
      inline: (p as { inline?: unknown }).inline,
    };
  });
  db.transaction(() => repo.insertDocument(db, { id, title, sourceFormat: parsed.sourceFormat, now }, rows))();
  return { documentId: id, paragraphs: rows.length, title };
}

export function requireDocument(db: Db, id: string): DocumentSummary & { sourceFormat: string } {
  const doc = repo.findDocument(db, id);
  if (!doc) throw new ApiError('not-found', `no document with id ${id}`);
  return doc;
}

export function getDocument(db: Db, id: string): DocumentFull {
  const doc = requireDocument(db, id);
  return { ...doc, paragraphList: repo.listParagraphs(db, id) };
}

export function updateParagraph(
  db: Db,
  env: Env,
  input: { documentId: string; index: number; target: string; confirm?: boolean | undefined },
): { paragraph: Paragraph; document: DocumentSummary } {
  return db.transaction(() => {
    requireDocument(db, input.documentId);
    const current = repo.findParagraph(db, input.documentId, input.index);
    if (!current) {
      throw new ApiError('not-found', `document ${input.documentId} has no paragraph ${input.index}`);
    }
    const status = statusForEdit(input.target, input.confirm ?? false);
    repo.updateParagraphTarget(db, input.documentId, input.index, input.target, status, env.now());
    return {
      paragraph: { ...current, target: input.target, status },
      document: requireDocument(db, input.documentId),
    };
  })();
}

export function setActive(db: Db, id: string, index: number): { activeParagraph: number } {
  const doc = requireDocument(db, id);
  if (index >= doc.paragraphs) throw new ApiError('not-found', `document ${id} has no paragraph ${index}`);
  repo.setActiveParagraph(db, id, index);
  return { activeParagraph: index };
}

export function rename(db: Db, env: Env, id: string, title: string): DocumentSummary {
  return db.transaction(() => {
    requireDocument(db, id);
    repo.renameDocument(db, id, title.trim(), env.now());
    return requireDocument(db, id);
  })();
}

export function remove(db: Db, id: string): { deleted: true } {
  requireDocument(db, id);
  repo.deleteDocument(db, id);
  return { deleted: true };
}

const DEFAULT_SETTINGS: Settings = { uiLanguage: 'en', sourceSide: 'right' };

export function getSettings(db: Db): Settings {
  return { ...DEFAULT_SETTINGS, ...getSetting<Partial<Settings>>(db, 'ui', {}) };
}

export function updateSettings(db: Db, patch: Partial<Settings>): Settings {
  const next = { ...getSettings(db), ...patch };
  setSetting(db, 'ui', next);
  return next;
}

export interface ReviewReport {
  changed: Array<{ index: number; before: string; after: string }>;
  /** Rows changed both by the reviewer and in Dragoman since the export: left as they are, for the translator. */
  conflicts: Array<{ index: number; current: string; reviewer: string }>;
}

/**
 * Reads a bilingual DOCX edited by a reviewer and applies the reviewer's corrections, in one transaction.
 * Each cell is compared with the English as it was exported (the snapshot named in the file): an untouched
 * cell changes nothing, so work done since the export is never undone; a row changed on both sides is
 * reported as a conflict and left alone. The source is never touched.
 */
export async function importReview(
  db: Db,
  env: Env,
  input: { id: string; fileName: string; bytes: Uint8Array },
): Promise<ReviewReport> {
  const doc = getDocument(db, input.id);
  if (input.bytes.length > MAX_IMPORT_BYTES) {
    throw new ApiError('too-large', `${input.fileName}: the file is over the 50 MB limit`);
  }
  let review;
  try {
    review = await readReview(input.bytes, doc);
  } catch (e) {
    if (e instanceof FormatError) throw new ApiError('bad-file', e.message.replace('the reviewed DOCX', input.fileName));
    throw e;
  }
  const exported = review.exportId ? exportedTargets(db, review.exportId, doc.id) : undefined;
  const changed: ReviewReport['changed'] = [];
  const conflicts: ReviewReport['conflicts'] = [];
  for (const c of review.changes) {
    const current = doc.paragraphList[c.index];
    if (!current || current.target === c.after) continue;
    const base = exported?.[c.index];
    if (base === undefined) {
      // A file without a known snapshot: an empty cell never wipes a translation.
      if (c.after.trim() === '') continue;
    } else {
      if (c.after === base) continue; // the reviewer left it as exported
      if (current.target !== base) {
        conflicts.push({ index: c.index, current: current.target, reviewer: c.after });
        continue;
      }
    }
    changed.push({ index: c.index, before: current.target, after: c.after });
  }
  const now = env.now();
  db.transaction(() => {
    for (const c of changed) {
      const before = doc.paragraphList[c.index]!;
      // A reviewer's correction of a confirmed row stays confirmed; new text on an open row is a draft.
      const status = c.after.trim() === '' ? 'untranslated' : before.status === 'translated' ? 'translated' : 'draft';
      repo.updateParagraphTarget(db, doc.id, c.index, c.after, status, now);
    }
  })();
  return { changed, conflicts };
}
