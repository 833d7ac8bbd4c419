/** The formats module: every import and export of Dragoman documents goes through these three functions. */
import type { DocumentFull } from '../model';
import { exportBilingualDocx } from './docx-bilingual';
import { exportTargetDocx } from './docx-target';
import { exportBilingualHtml } from './html-bilingual';
import { exportMarkdown, exportText } from './target-text';
import { exportTmx } from './tmx-write';
import type { ExportFormat, ExportOptions, ExportResult } from './types';
import { exportXliff12, exportXliff20 } from './xliff-write';

export type { ExportFormat, ExportLabels, ExportOptions, ExportResult, FormatParagraph, GlossaryTerm, InlineCode, InlineCodes } from './types';
export { FormatError } from './errors';
export { importDocument, SUPPORTED_EXTENSIONS } from './import-document';
export { readReview } from './review';
export { PLACEHOLDER_BASE, placeholderChar, placeholderIndex } from './placeholders';

const encode = (text: string) => new TextEncoder().encode(text);

export async function exportDocument(doc: DocumentFull, format: ExportFormat, opts: ExportOptions): Promise<ExportResult> {
  switch (format) {
    case 'docx':
      return { bytes: await exportBilingualDocx(doc, opts), mime: DOCX_MIME, extension: 'docx' };
    case 'docx-target':
      return { bytes: await exportTargetDocx(doc), mime: DOCX_MIME, extension: 'docx' };
    case 'html':
      return { bytes: encode(exportBilingualHtml(doc, opts)), mime: 'text/html;charset=utf-8', extension: 'html' };
    case 'txt':
      return { bytes: encode(exportText(doc)), mime: 'text/plain;charset=utf-8', extension: 'txt' };
    case 'md':
      return { bytes: encode(exportMarkdown(doc)), mime: 'text/markdown;charset=utf-8', extension: 'md' };
    case 'xliff':
      return { bytes: encode(exportXliff20(doc)), mime: 'application/xliff+xml', extension: 'xlf' };
    case 'xliff12':
      return { bytes: encode(exportXliff12(doc)), mime: 'application/x-xliff+xml', extension: 'xlf' };
    case 'tmx':
      return { bytes: encode(exportTmx(doc, opts.now ?? new Date())), mime: 'application/x-tmx+xml', extension: 'tmx' };
    default: {
      const never: never = format;
      throw new Error(`unknown export format ${String(never)}`);
    }
  }
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
