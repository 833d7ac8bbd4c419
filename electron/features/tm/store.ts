/**
 * Writing units: a paragraph unit, and its sentence units when the Arabic and the English split into the same
 * number of sentences (stored as offsets into the paragraph unit). Used by confirmation, "add this document" and
 * TMX/XLIFF import, so every unit is built the same way (normalised key, index stems, token count). Runs in the
 * caller's transaction.
 */
import type { InlineCode } from '../../../core/model';
import { splitArabicSentences, splitEnglishSentences } from '../../../core/tm/sentences';
import type { Sentence } from '../../../core/tm/sentences';
import { analyseWithParts } from '../../../core/tm/analyse';
import type { TextAnalysis } from '../../../core/tm/analyse';
import { englishTerms } from '../../../core/tm/tokens';
import type { Db } from '../../../db/open';
import * as repo from '../../../db/tm-repo';

export interface UnitInput {
  memory: number;
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

export function parseExtra(row: { extra: string | null }): UnitExtra {
  return row.extra ? (JSON.parse(row.extra) as UnitExtra) : {};
}

interface Analysed {
  source_key: number;
  tokens: number;
  stems: string[];
}

const analysed = (a: TextAnalysis): Analysed => ({ source_key: a.key, tokens: a.count, stems: a.stems });

/** The paragraph's key, count and terms, and its sentence units' when both sides split alike (one pass for all). */
export function analyse(u: Pick<UnitInput, 'source' | 'target' | 'codes'>): {
  paragraph: Analysed;
  sentences: Array<Analysed & { pair: SentencePair }>;
} {
  const arabic = splitArabicSentences(u.source);
  // Sentences carrying inline codes are not split: a code's two ends could land in different sentences.
  const english = arabic.length > 1 && !u.codes?.length ? splitEnglishSentences(u.target) : [];
  const split = english.length === arabic.length;
  const a = analyseWithParts(u.source, split ? arabic : []);
  return {
    paragraph: analysed(a.whole),
    sentences: a.parts.map((p, k) => ({ ...analysed(p), pair: { source: arabic[k]!, target: english[k]! } })),
  };
}

interface SentencePair {
  source: Sentence;
  target: Sentence;
}

function fields(u: UnitInput, a: Analysed) {
  return {
    source: u.source,
    target: u.target,
    ...a,
    // The English words are indexed for the concordance (paragraph units only: a sentence's are in its paragraph).
    stems: a.stems.concat(englishTerms(u.target)),
    prev_key: u.prevKey ?? null,
    next_key: u.nextKey ?? null,
    author: u.author ?? null,
    extra: extraOf(u),
    changed_at: u.changed,
  };
}

/** Adds a paragraph unit and its sentences; returns the new unit's rowid. `id`: a new UUID, or the id of the unit it rewrites. */
export function addUnit(
  db: Db,
  u: UnitInput,
  id: string,
  postings: repo.PostingWriter,
  analysed: ReturnType<typeof analyse> = analyse(u),
): number {
  const a = analysed;
  const rowid = repo.insertParagraphUnit(
    db,
    {
      id,
      memory: u.memory,
      ...fields(u, a.paragraph),
      origin_document: 'document' in u.origin ? u.origin.document : null,
      origin_paragraph: 'document' in u.origin ? u.origin.paragraph : null,
      origin_file: 'file' in u.origin ? u.origin.file : null,
      tuid: u.tuid ?? null,
      created_at: u.created,
    },
    postings,
  );
  a.sentences.forEach((s, k) => {
    repo.insertSentenceUnit(
      db,
      {
        memory: u.memory,
        parent: rowid,
        sentence: k,
        source_start: s.pair.source.start,
        source_end: s.pair.source.end,
        target_start: s.pair.target.start,
        target_end: s.pair.target.end,
        source_key: s.source_key,
        tokens: s.tokens,
        stems: s.stems,
      },
      postings,
    );
  });
  return rowid;
}

/** Rewrites a paragraph unit: same id, same creation time, new texts, new sentences, a new rowid (see migration 7). */
export function replaceUnit(
  db: Db,
  old: { rowid: number; id: string; created_at: string },
  u: UnitInput,
  postings: repo.PostingWriter,
  analysed?: ReturnType<typeof analyse>,
): number {
  repo.deleteParagraphUnit(db, old.rowid);
  return addUnit(db, { ...u, created: old.created_at }, old.id, postings, analysed);
}
