/**
 * What the memory does over a whole document: look up every row (whole matches, then its sentences when no whole
 * match is good), pre-translate the empty rows, and the analysis by bands. Paragraphs are counted from 0.
 */
import type {
  BandCounts,
  PretranslateReport,
  TmAnalysis,
  TmAssembled,
  TmMatch,
  TmParagraphMatches,
  TmSettings,
} from '../../../core/api/methods/tm';
import type { Paragraph } from '../../../core/model';
import { bandOf } from '../../../core/tm/score';
import type { Band } from '../../../core/tm/score';
import { splitArabicSentences } from '../../../core/tm/sentences';
import { sourceKey, textKey, tokenize } from '../../../core/tm/tokens';
import { countWords } from '../../../core/text/words';
import type { Db } from '../../../db/open';
import type { DocumentsService } from '../documents/service';
import type { Matcher } from './lookup';
import { toMatch } from './matches';

/** Below this best whole-paragraph score, a paragraph's sentences are looked up one by one. */
export const SUBSEGMENT_BELOW = 85;
/** Sentence matches are offered from this score. */
export const SENTENCE_MIN = 75;
/** The analysis counts matches down to this score (its lowest band); the minimum score setting does not apply. */
const ANALYSIS_MIN = 50;
/**
 * A lookup of this many rows or fewer (the workbench asks for its active row) reads those rows and their
 * neighbours only: reading all of a 100,000-paragraph document took seconds, and the server answers one call
 * at a time, so the first rows of the next document waited behind it.
 */
const FEW_ROWS = 50;

export interface DocumentOps {
  lookupDocument(input: {
    documentId: string;
    paragraphs?: number[] | undefined;
    min?: number | undefined;
    limit?: number | undefined;
  }): TmParagraphMatches[];
  pretranslate(input: { documentId: string; min?: number | undefined }): PretranslateReport;
  analyze(documentId: string): TmAnalysis;
}

export function createDocumentOps(deps: {
  db: Db;
  documents: Pick<DocumentsService, 'require' | 'paragraphs' | 'rows' | 'writeTargets'>;
  matcher: Matcher;
  settings: () => TmSettings;
  disabled: (documentId: string) => ReadonlySet<number>;
  tx: <T>(fn: () => T) => T;
}): DocumentOps {
  const { documents, matcher } = deps;

  const wholeMatches = (
    documentId: string,
    all: readonly Paragraph[],
    i: number,
    min: number,
    limit: number,
    disabled: ReadonlySet<number>,
  ) =>
    matcher.lookup({
      text: all[i]!.source,
      min,
      limit,
      disabled,
      prevKey: i > 0 ? textKey(all[i - 1]!.source) : null,
      nextKey: i + 1 < all.length ? textKey(all[i + 1]!.source) : null,
      self: { document: documentId, paragraph: i },
    });

  const rowMatches = (
    documentId: string,
    all: readonly Paragraph[],
    i: number,
    min: number,
    limit: number,
    disabled: ReadonlySet<number>,
  ): TmParagraphMatches => {
    const whole = wholeMatches(documentId, all, i, min, limit, disabled).map((m) => toMatch(m));
    const out: TmParagraphMatches = { paragraph: i, matches: whole };
    if ((whole[0]?.score ?? 0) >= SUBSEGMENT_BELOW) return out;
    const sentences = splitArabicSentences(all[i]!.source);
    if (sentences.length < 2) return out;
    const words = countWords(all[i]!.source) || 1;
    const best: Array<TmMatch | undefined> = [];
    sentences.forEach((s, k) => {
      const found = matcher
        .lookup({
          text: s.text,
          min: Math.max(SENTENCE_MIN, min),
          limit,
          disabled,
          self: { document: documentId, paragraph: i },
        })
        .map((m) => toMatch(m, k));
      best[k] = found[0];
      out.matches.push(...found);
    });
    const covered = best.flatMap((m, k) => (m ? [k] : []));
    if (covered.length > 0) {
      const coverage = Math.round((100 * covered.reduce((n, k) => n + countWords(sentences[k]!.text), 0)) / words);
      const assembled: TmAssembled = {
        target: covered.map((k) => best[k]!.target).join(' '),
        coverage: Math.min(100, coverage),
        sentences: covered,
      };
      out.assembled = assembled;
    }
    return out;
  };

  /** The rows asked for and their neighbours (the context keys), at their indices in an array as long as the document. */
  const around = (documentId: string, count: number, wanted: readonly number[]): Paragraph[] => {
    const all = new Array<Paragraph>(count);
    for (const i of wanted) {
      if (i < 0 || i >= count || all[i]) continue;
      for (const p of documents.rows(documentId, Math.max(0, i - 1), i === 0 ? 2 : 3)) all[p.index] = p;
    }
    return all;
  };

  return {
    lookupDocument(input) {
      const doc = documents.require(input.documentId);
      const s = deps.settings();
      const all =
        input.paragraphs && input.paragraphs.length <= FEW_ROWS
          ? around(input.documentId, doc.paragraphs, input.paragraphs)
          : documents.paragraphs(input.documentId);
      const disabled = deps.disabled(input.documentId);
      const wanted = input.paragraphs ?? all.map((p) => p.index);
      return wanted
        .filter((i) => i < all.length)
        .map((i) =>
          rowMatches(input.documentId, all, i, input.min ?? s.tmMinScore, input.limit ?? s.maxMatches, disabled),
        );
    },
    pretranslate(input) {
      documents.require(input.documentId);
      const min = input.min ?? deps.settings().tmMinScore;
      return deps.tx(() => {
        const all = documents.paragraphs(input.documentId);
        const disabled = deps.disabled(input.documentId);
        const bands: Partial<Record<Band, number>> = {};
        const changes: Array<{ index: number; target: string; status: 'draft'; origin: `pretranslated:${number}` }> =
          [];
        for (const p of all) {
          if (p.target.trim() !== '') continue;
          const best = wholeMatches(input.documentId, all, p.index, min, 1, disabled)[0];
          if (!best) continue;
          const m = toMatch(best);
          changes.push({ index: p.index, target: m.target, status: 'draft', origin: `pretranslated:${m.score}` });
          const band = bandOf(m.score);
          bands[band] = (bands[band] ?? 0) + 1;
        }
        if (changes.length > 0) documents.writeTargets(input.documentId, changes);
        return { filled: changes.length, bands };
      });
    },
    analyze(documentId) {
      documents.require(documentId);
      const all = documents.paragraphs(documentId);
      const disabled = deps.disabled(documentId);
      const seen = new Set<number>();
      const bands: BandCounts = {};
      const total = { rows: 0, words: 0 };
      for (const p of all) {
        const tokens = tokenize(p.source);
        const key = sourceKey(tokens);
        const words = countWords(p.source);
        let band: Band;
        if (seen.has(key)) band = 'repetition';
        else band = bandOf(wholeMatches(documentId, all, p.index, ANALYSIS_MIN, 1, disabled)[0]?.score);
        seen.add(key);
        const b = (bands[band] ??= { rows: 0, words: 0 });
        b.rows++;
        b.words += words;
        total.rows++;
        total.words += words;
      }
      return { bands, total };
    },
  };
}
