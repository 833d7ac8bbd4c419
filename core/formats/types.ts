/** Public types of the formats module: export options and the inline-code data kept for XLIFF round trips. */
import type { Paragraph, Status } from '../model';
import type { WrittenFormatId } from './registry';
import type { Compressor } from './zip-write';

/** A format core writes itself (see registry.ts). */
export type ExportFormat = WrittenFormatId;

export interface ExportLabels {
  source: string;
  target: string;
  status: string;
  number: string;
  comments: string;
  statuses: Record<Status, string>;
  /** Already interpolated, e.g. "3 of 10 paragraphs translated". */
  progress: string;
  glossaryAppendix: string;
  arabic: string;
  english: string;
  kind: string;
  page: string;
  date: string;
}

export interface GlossaryTerm {
  source: string;
  target: string;
  kind: string;
}

export interface ExportOptions {
  labels: ExportLabels;
  uiLanguage: 'en' | 'ar';
  /** Physical order, left to right: source-first puts the Arabic in the left column. */
  columnOrder: 'source-first' | 'target-first';
  statusColumn?: boolean;
  /** The rows' comments (paragraph notes) as the last column; default false. */
  commentsColumn?: boolean;
  /** Default true. */
  numberColumn?: boolean;
  header?: boolean;
  /** The header's progress line ("5 of 8 paragraphs translated"): for the desk; a client's copy has none. Default false. */
  progressLine?: boolean;
  orientation?: 'portrait' | 'landscape';
  pageSize?: 'A4' | 'Letter';
  glossaryTerms?: GlossaryTerm[];
  now?: Date;
  /** The host's native ZIP compression (Node's zlib), for big DOCX files; without it a pure-JS one is used. */
  compressor?: Compressor | undefined;
  /** Written into the bilingual DOCX so the reviewed file can be matched with what was sent out. */
  exportId?: string;
}

export interface ExportResult {
  bytes: Uint8Array;
  mime: string;
  extension: string;
}

/**
 * One inline code of an XLIFF segment. In the paragraph text it is the single character U+E000 + its
 * index in `InlineCodes.codes`; the markup itself is kept here so export can write it back in place.
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
 * A paragraph as the formats module sees it: the model's paragraph plus the inline codes an XLIFF import
 * attached (persist `inline` with the paragraph to get the markup back on export).
 */
export type FormatParagraph = Paragraph & { inline?: InlineCodes };
