/** The domain model shared by every layer: documents are lists of paragraphs, each a source and a target. */

/**
 * `reviewed` follows `translated`: a reviewer (or an admin) signed the row off (issue 21). It counts as done
 * wherever `translated` does (progress, QA, the memory); only the status column tells them apart.
 */
export const STATUSES = ['untranslated', 'draft', 'translated', 'reviewed'] as const;
export type Status = (typeof STATUSES)[number];

/** Confirmed: translated, or translated and reviewed. */
export function isDone(status: Status): boolean {
  return status === 'translated' || status === 'reviewed';
}

/** Where a paragraph came from in a structured source (DOCX, HTML, Markdown), kept for export. */
export type ParagraphRole =
  | { kind: 'body' }
  | { kind: 'heading'; level: number }
  | { kind: 'list-item'; ordered: boolean; level: number }
  | { kind: 'table-cell'; row: number; cell: number };

export interface Paragraph {
  index: number;
  source: string;
  target: string;
  status: Status;
  role?: ParagraphRole;
  /** Id of the unit in the file it came from (XLIFF trans-unit/unit id), kept for the way back. */
  externalId?: string;
  note?: string;
  /** How many times the English was saved (set by the store); a save names the version it edits. */
  version?: number;
  /** Where the English came from (set by the store; absent before anything was written). */
  origin?: ParagraphOrigin;
  /** The XLIFF inline codes the paragraph's placeholder characters stand for (set by an XLIFF import). */
  inline?: InlineCodes;
}

/**
 * One inline code of an XLIFF segment. In the paragraph text it is the single character U+E000 + its
 * index in `InlineCodes.codes`; the markup itself is kept here so export can write it back in place
 * (core/formats/placeholders.ts reads and writes them).
 */
export interface InlineCode {
  /** Element local name: g, x, bx, ex, ph, bpt, ept, it, mrk (1.2); pc, ph, sc, ec, mrk, sm, em (2.0). */
  tag: string;
  /** `open`/`close` are the two ends of a paired element (g, pc, mrk); `empty` is a standalone element. */
  kind: 'open' | 'close' | 'empty';
  /** Decoded attributes, written back as they were (the close end has none). */
  attrs: Record<string, string>;
  /** Text content of native-code elements (1.2 ph/bpt/ept/it), markup inside them flattened. */
  content?: string;
  /** For `open`/`close`: index of the other end. */
  pair?: number;
}

export interface InlineCodes {
  /** The XLIFF version the codes came from: markup is written back verbatim only to the same version. */
  xliff: '1.2' | '2.0';
  codes: InlineCode[];
  /** XLIFF 2.0 `<originalData>` entries referenced by `dataRef` attributes. */
  originalData?: Array<{ id: string; text: string }>;
}

/**
 * Where a row's English came from, a field of its own beside the status: typed by the translator, copied from an
 * identical row confirmed earlier (`repetition`), inserted from a memory match of that score (`tm:87`), or filled
 * by pre-translation (`pretranslated:87`).
 */
export type ParagraphOrigin = 'typed' | 'repetition' | `tm:${number}` | `pretranslated:${number}`;

export function isParagraphOrigin(s: unknown): s is ParagraphOrigin {
  return typeof s === 'string' && /^(typed|repetition|(tm|pretranslated):\d{1,3})$/.test(s);
}

export interface DocumentSummary {
  id: string;
  title: string;
  paragraphs: number;
  translated: number;
  words: number;
  wordsTranslated: number;
  createdAt: string;
  updatedAt: string;
  activeParagraph: number;
  /** Counts every change to the document's paragraphs; `document.changes` lists those after a revision. */
  revision: number;
}

export interface DocumentFull extends DocumentSummary {
  sourceFormat: string;
  paragraphList: Paragraph[];
}

/** What an importer hands to the document service: paragraphs in reading order, targets when the file had them. */
export interface ImportedDocument {
  title: string;
  sourceFormat: string;
  paragraphs: Array<Omit<Paragraph, 'index' | 'target' | 'status'> & { target?: string; status?: Status }>;
}

/** The status a row takes from its English text when the translator has not confirmed it. */
export function statusForEdit(target: string, confirm: boolean): Status {
  if (target.trim() === '') return 'untranslated';
  return confirm ? 'translated' : 'draft';
}

/** The physical side of the screen (and column of the exports) where the Arabic sits. */
export type SourceSide = 'left' | 'right';
