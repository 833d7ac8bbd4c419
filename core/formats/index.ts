/** The formats module: every import and export of Dragoman documents goes through these functions. */
import type { DocumentFull } from '../model';
import type { WrittenFormatId } from './registry';
import { formatInfo } from './registry';
import type { ExportOptions, ExportResult } from './types';
import { WRITERS } from './writers';

export type { ExportFormat, ExportLabels, ExportOptions, ExportResult, AppendixTerm } from './types';
export type { InlineCode, InlineCodes } from '../model';
export { FormatError } from './errors';
export { importDocument, SUPPORTED_EXTENSIONS } from './import-document';
export { readReview } from './review';
export { PLACEHOLDER_BASE, placeholderChar, placeholderIndex } from './placeholders';
export { BILINGUAL_DEFAULTS, EXPORT_FORMAT_TABLE, formatInfo, formatsRunningAnywhere } from './registry';
export type { ExportFormatId, ExportFormatInfo, WrittenFormatId } from './registry';

export async function exportDocument(
  doc: DocumentFull,
  format: WrittenFormatId,
  opts: ExportOptions,
): Promise<ExportResult> {
  const info = formatInfo(format);
  return { bytes: await WRITERS[format](doc, opts), mime: info.mime, extension: info.extension };
}
