/**
 * Contract slice of the translation memory: memories, import/export, lookups (whole paragraphs and sentences),
 * concordance, pre-translation, analysis and the memory's settings. Paragraphs are counted from 0.
 */
import { z } from 'zod';
import type { Band } from '../../tm/score';
import { bytes, fileName, id, returns } from './common';
import type { ExportedFile } from './common';
import type { Message } from '../../i18n/message';

export interface TmInfo {
  id: string;
  name: string;
  /** 1 is looked up first. */
  priority: number;
  /** Points subtracted from every score of this memory. */
  penalty: number;
  units: number;
  /** For the document asked about (always true without one). */
  enabled: boolean;
}

/** Where a unit came from: a paragraph of a workspace document, or an imported file. */
export type TmOrigin = { document: string; paragraph: number } | { file: string };

export interface TmMatch {
  /** 0–100; 101 for a context match (the paragraphs before and after match too). */
  score: number;
  source: string;
  /** The English to insert: the unit's, with the looked-up text's numbers put in when they differ. */
  target: string;
  tm: string;
  unitId: string;
  tuid?: string;
  origin: TmOrigin;
  author?: string;
  changedAt: string;
  /** Numbers replaced in `target` (unit's value → this text's value). */
  placeables?: Array<{ from: string; to: string }>;
  /** Set on sentence matches: the sentence of the looked-up paragraph (counted from 0) this unit covers. */
  sentence?: number;
}

export interface TmAssembled {
  /** The matched sentences' English in order; sentences without a match are left for the translator. */
  target: string;
  /** Share of the paragraph's words covered by the matched sentences, 0–100. */
  coverage: number;
  sentences: number[];
}

export interface TmParagraphMatches {
  paragraph: number;
  matches: TmMatch[];
  assembled?: TmAssembled;
}

export interface TmImportReport {
  tm: string;
  added: number;
  updated: number;
  skipped: number;
  /** One per skipped unit: file, line or unit, reason (the CLI prints each in English, the UI in its language). */
  errors: Message[];
}

export interface ConcordanceHit {
  source: string;
  target: string;
  tm: string;
  origin: TmOrigin;
  side: 'ar' | 'en';
  /** The hit in that side's text (UTF-16 offsets). */
  start: number;
  end: number;
  changedAt: string;
}

export interface TmSettings {
  /** Matches below this score are not offered (default 70). */
  tmMinScore: number;
  /** At most this many matches per row (default 5). */
  maxMatches: number;
  /** Confirming a row fills the document's identical untranslated rows as drafts (default on). */
  repetitions: boolean;
}

export type BandCounts = Partial<Record<Band, { rows: number; words: number }>>;

/** What `tm.analyze` reports: rows and words of the document per match band, and in all. */
export interface TmAnalysis {
  bands: BandCounts;
  total: { rows: number; words: number };
}

/** What `tm.pretranslate` reports: rows filled as drafts, and how many per band. */
export interface PretranslateReport {
  filled: number;
  bands: Partial<Record<Band, number>>;
}

const tmName = z.string().trim().min(1).max(200);
const score = z.number().int().min(0).max(101);
const limit = z.number().int().min(1).max(100);

export const tmMethods = {
  'tm.list': { input: z.object({ documentId: id.optional() }).strict(), result: returns<TmInfo[]>() },
  'tm.create': { input: z.object({ name: tmName }).strict(), result: returns<TmInfo[]>() },
  'tm.set': {
    input: z
      .object({
        tm: tmName,
        priority: z.number().int().min(1).max(1000).optional(),
        penalty: z.number().int().min(0).max(100).optional(),
        documentId: id.optional(),
        enabled: z.boolean().optional(),
      })
      .strict(),
    result: returns<TmInfo[]>(),
  },
  'tm.import': {
    input: z.object({ fileName, bytes, tm: tmName.optional() }).strict(),
    result: returns<TmImportReport>(),
  },
  'tm.addDocument': {
    input: z.object({ documentId: id, tm: tmName.optional() }).strict(),
    result: returns<TmImportReport>(),
  },
  'tm.export': { input: z.object({ tm: tmName.optional() }).strict(), result: returns<ExportedFile>() },
  'tm.lookup': {
    input: z
      .object({
        text: z.string().min(1).max(100_000),
        /** A document whose switched-off memories are left out. */
        documentId: id.optional(),
        min: score.optional(),
        limit: limit.optional(),
      })
      .strict(),
    result: returns<TmMatch[]>(),
  },
  'tm.lookupDocument': {
    input: z
      .object({
        documentId: id,
        paragraphs: z.array(z.number().int().min(0)).max(10_000).optional(),
        min: score.optional(),
        limit: limit.optional(),
      })
      .strict(),
    result: returns<TmParagraphMatches[]>(),
  },
  'tm.concordance': {
    input: z
      .object({
        query: z.string().trim().min(1).max(500),
        side: z.enum(['ar', 'en']).optional(),
        limit: limit.optional(),
      })
      .strict(),
    result: returns<ConcordanceHit[]>(),
  },
  'tm.pretranslate': {
    input: z.object({ documentId: id, min: score.optional() }).strict(),
    result: returns<PretranslateReport>(),
  },
  'tm.analyze': {
    input: z.object({ documentId: id }).strict(),
    result: returns<TmAnalysis>(),
  },
  'tm.getSettings': { input: z.object({}).strict(), result: returns<TmSettings>() },
  'tm.setSettings': {
    input: z
      .object({
        tmMinScore: z.number().int().min(0).max(101).optional(),
        maxMatches: limit.optional(),
        repetitions: z.boolean().optional(),
      })
      .strict(),
    result: returns<TmSettings>(),
  },
} as const;
