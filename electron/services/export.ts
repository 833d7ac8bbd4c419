/** Export service: a document in any supported format, with labels in the requested UI language. */
import type { ExportedFile, ExportFormatName, ExportRequestOptions, UiLanguage } from '../../core/api/contract';
import type { ExportLabels, ExportOptions } from '../../core/formats';
import { exportDocument } from '../../core/formats';
import type { DocumentFull } from '../../core/model';
import type { Db } from '../../db/open';
import { fill, resources } from '../../renderer/i18n/resources';
import { getDocument, getSettings } from './documents';
import { matchDocument } from './glossary';
import { insertExport } from '../../db/exports-repo';
import type { Env } from './clock';

/** The glossary terms found in a document, once each, in order of first appearance: the reviewer's name list. */
function termsUsed(db: Db, id: string, lang: UiLanguage): Array<{ source: string; target: string; kind: string }> {
  const kinds = resources[lang].translation.kinds;
  const seen = new Map<string, { source: string; target: string; kind: string }>();
  for (const m of matchDocument(db, id)) {
    if (!seen.has(m.termId)) seen.set(m.termId, { source: m.source, target: m.target, kind: kinds[m.kind] });
  }
  return [...seen.values()];
}

export function exportLabels(lang: UiLanguage, doc: DocumentFull): ExportLabels {
  const strings = resources[lang].translation;
  const e = strings.export;
  return {
    source: e.source,
    target: e.target,
    status: e.status,
    number: e.number,
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

export async function exportDoc(
  db: Db,
  env: Env,
  id: string,
  format: ExportFormatName,
  requested: ExportRequestOptions = {},
): Promise<ExportedFile> {
  const doc = getDocument(db, id);
  const settings = getSettings(db);
  const uiLanguage = requested.uiLanguage ?? settings.uiLanguage;
  // Arabic on the right of the screen means the Arabic column is written second (left to right).
  const columnOrder = requested.columnOrder ?? (settings.sourceSide === 'right' ? 'target-first' : 'source-first');
  const options: ExportOptions = {
    labels: exportLabels(uiLanguage, doc),
    uiLanguage,
    columnOrder,
    statusColumn: requested.statusColumn ?? false,
    numberColumn: requested.numberColumn ?? true,
    header: requested.header ?? true,
    orientation: requested.orientation ?? 'portrait',
    pageSize: requested.pageSize ?? 'A4',
  };
  if ((format === 'docx' || format === 'html') && (requested.glossaryAppendix ?? true)) {
    const terms = termsUsed(db, id, uiLanguage);
    if (terms.length > 0) options.glossaryTerms = terms;
  }
  if (format === 'docx') {
    // The English as it goes out: a reviewer's file is later compared with this, not with today's text.
    options.exportId = env.newId();
    insertExport(db, {
      id: options.exportId,
      documentId: id,
      now: env.now(),
      targets: doc.paragraphList.map((p) => (p.status === 'untranslated' ? '' : p.target)),
    });
  }
  const out = await exportDocument(doc, format, options);
  return { fileName: exportFileName(doc.title, out.extension), mime: out.mime, bytes: out.bytes };
}
