/**
 * Every export format, once: the contract's enum, the export dialog's list and the CLI's `--format` are all
 * derived from this table. It is plain data so the renderer can import it; the writers sit in `writers.ts`
 * (typed against this table), which keeps the DOCX library out of the UI bundle.
 * Adding a format: a row here, a writer in `writers.ts`, its label in the i18n resources.
 */

/** Layout options of the bilingual formats, with the defaults an export uses when the caller gives none. */
export interface BilingualDefaults {
  numberColumn: boolean;
  statusColumn: boolean;
  header: boolean;
  /** The progress line in the header (the desk's copy). */
  progressLine: boolean;
  glossaryAppendix: boolean;
  /** The rows' comments (paragraph notes) as a last column. */
  commentsColumn: boolean;
  orientation: 'portrait' | 'landscape';
  pageSize: 'A4' | 'Letter';
}

export const BILINGUAL_DEFAULTS: BilingualDefaults = {
  numberColumn: true,
  statusColumn: false,
  header: true,
  // A client's copy by default: no progress line, no appendix (the desk's options are one click away).
  progressLine: false,
  glossaryAppendix: false,
  commentsColumn: false,
  orientation: 'portrait',
  pageSize: 'A4',
};

export interface ExportFormatInfo {
  readonly id: string;
  readonly extension: string;
  readonly mime: string;
  /** Both languages side by side, with the layout options; otherwise the English (or an exchange file) only. */
  readonly bilingual: boolean;
  /** `desktop`: needs the desktop shell's renderer (PDF); `anywhere`: the app, the browser mode and the CLI. */
  readonly runs: 'anywhere' | 'desktop';
  /** Keeps the English as sent out, so a reviewer's file can be matched with it later. */
  readonly snapshot: boolean;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const EXPORT_FORMAT_TABLE = [
  { id: 'docx', extension: 'docx', mime: DOCX_MIME, bilingual: true, runs: 'anywhere', snapshot: true },
  {
    id: 'html',
    extension: 'html',
    mime: 'text/html;charset=utf-8',
    bilingual: true,
    runs: 'anywhere',
    snapshot: false,
  },
  { id: 'pdf', extension: 'pdf', mime: 'application/pdf', bilingual: true, runs: 'desktop', snapshot: false },
  { id: 'docx-target', extension: 'docx', mime: DOCX_MIME, bilingual: false, runs: 'anywhere', snapshot: false },
  {
    id: 'txt',
    extension: 'txt',
    mime: 'text/plain;charset=utf-8',
    bilingual: false,
    runs: 'anywhere',
    snapshot: false,
  },
  {
    id: 'md',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    bilingual: false,
    runs: 'anywhere',
    snapshot: false,
  },
  { id: 'xliff', extension: 'xlf', mime: 'application/xliff+xml', bilingual: false, runs: 'anywhere', snapshot: false },
  {
    id: 'xliff12',
    extension: 'xlf',
    mime: 'application/x-xliff+xml',
    bilingual: false,
    runs: 'anywhere',
    snapshot: false,
  },
  { id: 'tmx', extension: 'tmx', mime: 'application/x-tmx+xml', bilingual: false, runs: 'anywhere', snapshot: false },
] as const satisfies readonly ExportFormatInfo[];

export type ExportFormatId = (typeof EXPORT_FORMAT_TABLE)[number]['id'];
/** The formats written in core (every one but those the desktop renders). */
export type WrittenFormatId = Extract<(typeof EXPORT_FORMAT_TABLE)[number], { runs: 'anywhere' }>['id'];

export const EXPORT_FORMAT_IDS = EXPORT_FORMAT_TABLE.map((f) => f.id) as unknown as readonly [
  ExportFormatId,
  ...ExportFormatId[],
];

export function formatInfo(id: ExportFormatId): ExportFormatInfo {
  const info = EXPORT_FORMAT_TABLE.find((f) => f.id === id);
  if (!info) throw new Error(`unknown export format ${id}`);
  return info;
}

/** The formats that need no desktop shell: what the CLI and the browser mode can write themselves. */
export function formatsRunningAnywhere(): WrittenFormatId[] {
  return EXPORT_FORMAT_TABLE.filter((f): f is Extract<typeof f, { runs: 'anywhere' }> => f.runs === 'anywhere').map(
    (f) => f.id,
  );
}
