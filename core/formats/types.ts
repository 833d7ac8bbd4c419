/** Public types of the formats module: export options and results (inline codes are on the paragraph model). */
import type { Status } from '../model';
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

/** One row of the bilingual export's appendix of names used: the kind already in the export's language. */
export interface AppendixTerm {
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
  glossaryTerms?: AppendixTerm[];
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
