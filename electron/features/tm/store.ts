/**
 * Writing units: a paragraph unit, and its sentence units when the Arabic and the English split into the same
 * number of sentences. Used by confirmation, "add this document", and TMX/XLIFF import, so every unit is built the
 * same way (normalised key, index stems, token count). Runs in the caller's transaction.
 */
import type { InlineCode } from '../../../core/formats/types';
import { sentencePairs } from '../../../core/tm/sentences';
import { indexText, sourceKey, tokenize } from '../../../core/tm/tokens';
import type { Db } from '../../../db/open';
import * as repo from '../../../db/tm-repo';
import type { UnitRow } from '../../../db/tm-repo';

export interface UnitInput {
  memoryId: string;
  source: string;
  target: string;
  origin: { document: string; paragraph: number } | { file: string };
  tuid?: string | undefined;
  author?: string | undefined;
  prevKey?: number | null | undefined;
  nextKey?: number | null | undefined;
  created: string;
  changed: string;
  codes?: InlineCode[] | undefined;
  notes?: string[] | undefined;
  props?: Record<string, string> | undefined;
}

export interface UnitExtra {
  codes?: InlineCode[];
  notes?: string[];
  props?: Record<string, string>;
}

function extraOf(u: Pick<UnitInput, 'codes' | 'notes' | 'props'>): string | null {
  const e: UnitExtra = {};
  if (u.codes?.length) e.codes = u.codes;
  if (u.notes?.length) e.notes = u.notes;
  if (u.props && Object.keys(u.props).length) e.props = u.props;
  return Object.keys(e).length ? JSON.stringify(e) : null;
}

export function parseExtra(row: Pick<UnitRow, 'extra'>): UnitExtra {
  return row.extra ? (JSON.parse(row.extra) as UnitExtra) : {};
}

function analysed(source: string): { source_key: number; tokens: number; stems: string } {
  const tokens = tokenize(source);
  return { source_key: sourceKey(tokens), tokens: tokens.length, stems: indexText(tokens) };
}

function writeSentences(db: Db, parent: { id: string; memory_id: string }, u: UnitInput, newId: () => string): void {
  // Sentences carrying inline codes are not split: a code's two ends could land in different sentences.
  if (u.codes?.length) return;
  sentencePairs(u.source, u.target).forEach((pair, k) => {
    repo.insertUnit(db, {
      id: newId(),
      memory_id: parent.memory_id,
      parent_id: parent.id,
      sentence: k,
      source: pair.source,
      target: pair.target,
      ...analysed(pair.source),
      prev_key: null,
      next_key: null,
      origin_document: 'document' in u.origin ? u.origin.document : null,
      origin_paragraph: 'document' in u.origin ? u.origin.paragraph : null,
      origin_file: 'file' in u.origin ? u.origin.file : null,
      tuid: null,
      author: u.author ?? null,
      extra: null,
      created_at: u.created,
      changed_at: u.changed,
    });
  });
}

/** Adds a paragraph unit and its sentences; returns the new unit's id. */
export function addUnit(db: Db, u: UnitInput, newId: () => string): string {
  const id = newId();
  repo.insertUnit(db, {
    id,
    memory_id: u.memoryId,
    parent_id: null,
    sentence: null,
    source: u.source,
    target: u.target,
    ...analysed(u.source),
    prev_key: u.prevKey ?? null,
    next_key: u.nextKey ?? null,
    origin_document: 'document' in u.origin ? u.origin.document : null,
    origin_paragraph: 'document' in u.origin ? u.origin.paragraph : null,
    origin_file: 'file' in u.origin ? u.origin.file : null,
    tuid: u.tuid ?? null,
    author: u.author ?? null,
    extra: extraOf(u),
    created_at: u.created,
    changed_at: u.changed,
  });
  writeSentences(db, { id, memory_id: u.memoryId }, u, newId);
  return id;
}

/** Rewrites an existing paragraph unit (same id, same creation) and its sentences. */
export function replaceUnit(db: Db, existing: UnitRow, u: UnitInput, newId: () => string): void {
  repo.updateUnit(db, existing.rowid, {
    source: u.source,
    target: u.target,
    ...analysed(u.source),
    prev_key: u.prevKey ?? null,
    next_key: u.nextKey ?? null,
    author: u.author ?? null,
    extra: extraOf(u),
    changed_at: u.changed,
  });
  repo.deleteChildren(db, existing.id);
  writeSentences(db, existing, u, newId);
}
