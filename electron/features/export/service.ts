/**
 * The export feature: a document in any format of the registry (core/formats/registry.ts), with labels in
 * the requested UI language. PDF, the one format core cannot write, is the bilingual HTML printed by the
 * desktop shell (`printToPdf`); without a shell it is refused with a message saying what to do instead.
 */
import type { ExportedFile, ExportFormatName, ExportRequestOptions, UiLanguage } from '../../../core/api/contract';
import { msg } from '../../../core/i18n/message';
import { ApiError } from '../../../core/api/contract';
import type { AppendixTerm, ExportLabels, WrittenFormatId } from '../../../core/formats';
import { BILINGUAL_DEFAULTS, exportDocument, formatInfo } from '../../../core/formats';
import type { DocumentFull } from '../../../core/model';
import { exportedTargets, insertExport } from '../../../db/exports-repo';
import type { Db } from '../../../db/open';
import { fill, resources } from '../../../core/i18n/resources';
import type { Env } from '../../app/env';
import { NATIVE_ZIP } from './native-zip';
import type { PlainExportOptions } from '../../jobs/table';
import type { DocumentsService } from '../documents/service';
import type { GlossaryService } from '../glossary/service';
import type { SettingsService } from '../settings/service';

/** What only the desktop shell can do; the browser mode and the CLI have none of it. */
export type PrintToPdf = (
  html: Uint8Array,
  options: { landscape: boolean; pageSize: 'A4' | 'Letter' },
) => Promise<Uint8Array>;

export interface ExportService {
  export(id: string, format: ExportFormatName, options?: ExportRequestOptions): Promise<ExportedFile>;
  /** The English of each paragraph as a bilingual DOCX sent it out (for the review feature). */
  snapshot(exportId: string, documentId: string): string[] | undefined;
}

export function exportLabels(lang: UiLanguage, doc: DocumentFull): ExportLabels {
  const strings = resources[lang].translation;
  const e = strings.export;
  return {
    source: e.source,
    target: e.target,
    status: e.status,
    number: e.number,
    comments: e.comments,
    statuses: { ...strings.status },
    progress: fill(e.progress, { done: doc.translated, total: doc.paragraphs }),
    glossaryAppendix: e.glossaryAppendix,
    arabic: e.arabic,
    english: e.english,
    kind: e.kind,
    page: e.page,
    date: e.date,
  };
}

/** A file name from the title: letters of any script kept, the rest collapsed, never empty. */
export function exportFileName(title: string, extension: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return `${base || 'document'}.${extension}`;
}

export function createExportService(deps: {
  db: Db;
  env: Env;
  documents: Pick<DocumentsService, 'get'>;
  glossary: Pick<GlossaryService, 'matchDocument'>;
  settings: Pick<SettingsService, 'get'>;
  printToPdf?: PrintToPdf | undefined;
  /** Writes the file; the app passes one that runs in a worker thread (electron/jobs). */
  writeFile?: (
    doc: Parameters<typeof exportDocument>[0],
    format: WrittenFormatId,
    options: PlainExportOptions,
  ) => ReturnType<typeof exportDocument>;
}): ExportService {
  const { db, env } = deps;
  const writeFile =
    deps.writeFile ?? ((doc, format, options) => exportDocument(doc, format, { ...options, compressor: NATIVE_ZIP }));
  // The glossary terms found in a document, once each, in order of first appearance: the reviewer's name list.
  const termsUsed = (id: string, lang: UiLanguage): AppendixTerm[] => {
    const kinds = resources[lang].translation.kinds;
    const seen = new Map<string, AppendixTerm>();
    for (const m of deps.glossary.matchDocument(id)) {
      if (!seen.has(m.termId)) seen.set(m.termId, { source: m.source, target: m.target, kind: kinds[m.kind] });
    }
    return [...seen.values()];
  };
  const write = async (id: string, format: WrittenFormatId, requested: ExportRequestOptions): Promise<ExportedFile> => {
    const doc = deps.documents.get(id);
    const settings = deps.settings.get();
    const info = formatInfo(format);
    const uiLanguage = requested.uiLanguage ?? settings.uiLanguage;
    const options: PlainExportOptions = {
      labels: exportLabels(uiLanguage, doc),
      uiLanguage,
      // Arabic on the right of the screen means the Arabic column is written second (left to right).
      columnOrder: requested.columnOrder ?? (settings.sourceSide === 'right' ? 'target-first' : 'source-first'),
      statusColumn: requested.statusColumn ?? BILINGUAL_DEFAULTS.statusColumn,
      numberColumn: requested.numberColumn ?? BILINGUAL_DEFAULTS.numberColumn,
      commentsColumn: requested.commentsColumn ?? BILINGUAL_DEFAULTS.commentsColumn,
      header: requested.header ?? BILINGUAL_DEFAULTS.header,
      progressLine: requested.progressLine ?? BILINGUAL_DEFAULTS.progressLine,
      orientation: requested.orientation ?? BILINGUAL_DEFAULTS.orientation,
      pageSize: requested.pageSize ?? BILINGUAL_DEFAULTS.pageSize,
    };
    if (info.bilingual && (requested.glossaryAppendix ?? BILINGUAL_DEFAULTS.glossaryAppendix)) {
      const terms = termsUsed(id, uiLanguage);
      if (terms.length > 0) options.glossaryTerms = terms;
    }
    if (info.snapshot) {
      // The English as it goes out: a reviewer's file is later compared with this, not with today's text.
      options.exportId = env.newId();
      insertExport(db, {
        id: options.exportId,
        documentId: id,
        now: env.now(),
        targets: doc.paragraphList.map((p) => (p.status === 'untranslated' ? '' : p.target)),
      });
    }
    const out = await writeFile(doc, format, options);
    return { fileName: exportFileName(doc.title, out.extension), mime: out.mime, bytes: out.bytes };
  };
  return {
    async export(id, format, requested = {}) {
      if (format !== 'pdf') return write(id, format, requested);
      if (!deps.printToPdf) throw new ApiError('unsupported', msg('pdfNeedsDesktop'));
      const html = await write(id, 'html', requested);
      const bytes = await deps.printToPdf(html.bytes, {
        landscape: requested.orientation === 'landscape',
        pageSize: requested.pageSize ?? BILINGUAL_DEFAULTS.pageSize,
      });
      return { fileName: html.fileName.replace(/\.html$/, '.pdf'), mime: formatInfo('pdf').mime, bytes };
    },
    snapshot: (exportId, documentId) => exportedTargets(db, exportId, documentId),
  };
}
