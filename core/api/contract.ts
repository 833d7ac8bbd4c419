/**
 * The API between the renderer and the main process, declared once: method name → zod input schema and
 * result type. The IPC transport, the HTTP transport and the CLI all run the handlers of this one map.
 */
import { z } from 'zod';
import type { DocumentFull, DocumentSummary, Paragraph, SourceSide } from '../model';
import { TERM_KINDS } from '../glossary/types';
import type { TermKind } from '../glossary/types';

/** Phantom marker carrying a method's result type. */
function returns<T>(): T {
  return undefined as T;
}

/** The largest file Dragoman reads (documents, glossaries, reviews): checked before reading and again by the service. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const id = z.string().min(1).max(100);
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected the bytes of a file' });
export const UI_LANGUAGES = ['en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const EXPORT_FORMATS = ['docx', 'html', 'docx-target', 'txt', 'md', 'xliff', 'xliff12', 'tmx'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

export const settingsSchema = z.object({
  uiLanguage: z.enum(UI_LANGUAGES),
  sourceSide: z.enum(['left', 'right']),
});
export type Settings = { uiLanguage: UiLanguage; sourceSide: SourceSide };

export const exportOptionsSchema = z.object({
  uiLanguage: z.enum(UI_LANGUAGES).optional(),
  columnOrder: z.enum(['source-first', 'target-first']).optional(),
  statusColumn: z.boolean().optional(),
  numberColumn: z.boolean().optional(),
  header: z.boolean().optional(),
  glossaryAppendix: z.boolean().optional(),
  orientation: z.enum(['portrait', 'landscape']).optional(),
  pageSize: z.enum(['A4', 'Letter']).optional(),
}).strict();
export type ExportRequestOptions = z.infer<typeof exportOptionsSchema>;

export interface ExportedFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

export interface ParagraphUpdate {
  paragraph: Paragraph;
  document: DocumentSummary;
}

export interface GlossaryInfo {
  id: string;
  name: string;
  priority: number;
  terms: number;
  enabled: boolean;
}

export interface TermView {
  id: string;
  glossaryId: string;
  source: string;
  target: string;
  kind: TermKind;
  variants: string[];
  note: string;
  useCount: number;
}

export interface MatchView {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  termId: string;
  source: string;
  target: string;
  kind: TermKind;
}

export interface QaView {
  paragraph: number;
  termId: string;
  termKey: string;
  source: string;
  target: string;
  kind: TermKind;
}

const termFields = {
  source: z.string().trim().min(1).max(500),
  target: z.string().trim().min(1).max(1000),
  kind: z.enum(TERM_KINDS),
  variants: z.array(z.string().max(500)).max(100).optional(),
  note: z.string().max(5000).optional(),
};
const glossaryName = z.string().trim().min(1).max(200);

export const SCHEMES = ['news', 'ala-lc', 'buckwalter'] as const;
export type SchemeName = (typeof SCHEMES)[number];

export interface TranslitCandidateView {
  text: string;
  scheme: SchemeName;
  source: 'glossary' | 'lexicon' | 'rules';
}

export interface NameCandidateView {
  text: string;
  occurrences: Array<{ paragraph: number; start: number; end: number }>;
  suggestion: string;
  kind: 'person' | 'place' | 'org';
}

export const api = {
  'settings.get': { input: z.object({}).strict(), result: returns<Settings>() },
  'settings.set': { input: settingsSchema.partial().strict(), result: returns<Settings>() },
  'document.list': { input: z.object({}).strict(), result: returns<DocumentSummary[]>() },
  'document.import': {
    input: z
      .object({ fileName: z.string().min(1).max(500), bytes, title: z.string().max(200).optional() })
      .strict(),
    result: returns<{ documentId: string; paragraphs: number; title: string }>(),
  },
  'document.get': { input: z.object({ id }).strict(), result: returns<DocumentFull>() },
  'document.rename': {
    input: z.object({ id, title: z.string().trim().min(1).max(200) }).strict(),
    result: returns<DocumentSummary>(),
  },
  'document.delete': { input: z.object({ id }).strict(), result: returns<{ deleted: true }>() },
  'document.setActive': {
    input: z.object({ id, index: z.number().int().min(0) }).strict(),
    result: returns<{ activeParagraph: number }>(),
  },
  'paragraph.update': {
    input: z
      .object({
        documentId: id,
        index: z.number().int().min(0),
        target: z.string().max(100_000),
        confirm: z.boolean().optional(),
      })
      .strict(),
    result: returns<ParagraphUpdate>(),
  },
  'document.export': {
    input: z.object({ id, format: z.enum(EXPORT_FORMATS), options: exportOptionsSchema.optional() }).strict(),
    result: returns<ExportedFile>(),
  },
  'document.exportPdf': {
    input: z.object({ id, options: exportOptionsSchema.optional() }).strict(),
    result: returns<ExportedFile>(),
  },
  'document.importReview': {
    input: z.object({ id, fileName: z.string().min(1).max(500), bytes }).strict(),
    result: returns<{
      changed: Array<{ index: number; before: string; after: string }>;
      conflicts: Array<{ index: number; current: string; reviewer: string }>;
    }>(),
  },
  'glossary.list': {
    input: z.object({ documentId: id.optional() }).strict(),
    result: returns<GlossaryInfo[]>(),
  },
  'glossary.setEnabled': {
    input: z.object({ documentId: id, glossaryId: id, enabled: z.boolean() }).strict(),
    result: returns<GlossaryInfo[]>(),
  },
  'glossary.import': {
    input: z
      .object({ fileName: z.string().min(1).max(500), bytes, glossary: glossaryName.optional(), skipInvalid: z.boolean().optional() })
      .strict(),
    result: returns<{ glossary: string; added: number; updated: number; skipped: Array<{ line: number; message: string }> }>(),
  },
  'glossary.export': {
    input: z.object({ glossary: glossaryName.optional(), format: z.enum(['csv', 'tbx']) }).strict(),
    result: returns<ExportedFile>(),
  },
  'term.add': { input: z.object({ ...termFields, glossary: glossaryName.optional() }).strict(), result: returns<TermView>() },
  'term.update': { input: z.object({ id, ...termFields }).strict(), result: returns<TermView>() },
  'term.delete': { input: z.object({ id }).strict(), result: returns<{ deleted: true }>() },
  'term.search': {
    input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(1000).optional() }).strict(),
    result: returns<TermView[]>(),
  },
  'term.used': { input: z.object({ id }).strict(), result: returns<{ ok: true }>() },
  'document.matches': { input: z.object({ id }).strict(), result: returns<MatchView[]>() },
  'document.qa': { input: z.object({ id }).strict(), result: returns<QaView[]>() },
  'qa.accept': {
    input: z.object({ documentId: id, paragraph: z.number().int().min(0), termKey: z.string().min(1).max(1000) }).strict(),
    result: returns<{ accepted: true }>(),
  },
  'translit.suggest': {
    input: z.object({ text: z.string().max(10_000), scheme: z.enum(SCHEMES).optional() }).strict(),
    result: returns<TranslitCandidateView[]>(),
  },
  'names.discover': { input: z.object({ documentId: id }).strict(), result: returns<NameCandidateView[]>() },
  'names.dismiss': { input: z.object({ text: z.string().trim().min(1).max(500) }).strict(), result: returns<{ dismissed: true }>() },
} as const;

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type Result<M extends Method> = Api[M]['result'];

export const ERROR_CODES = ['invalid-input', 'not-found', 'bad-file', 'too-large', 'conflict', 'unsupported', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What both transports carry back. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** An error a handler reports to the user, with a code the client can act on. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A client of the API, whatever carries it (IPC or HTTP). */
export type ApiClient = <M extends Method>(method: M, input: Input<M>) => Promise<Result<M>>;
