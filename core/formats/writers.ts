/**
 * The writer of every format the registry says runs anywhere. Typed against the table: a format added there
 * without a writer here fails to compile.
 */
import type { DocumentFull } from '../model';
import { exportBilingualDocx } from './docx-bilingual';
import { exportTargetDocx } from './docx-target';
import { exportBilingualHtml } from './html-bilingual';
import type { WrittenFormatId } from './registry';
import { exportMarkdown, exportText } from './target-text';
import { exportTmx } from './tmx-write';
import type { ExportOptions } from './types';
import { exportXliff12, exportXliff20 } from './xliff-write';

type Writer = (doc: DocumentFull, opts: ExportOptions) => Uint8Array | Promise<Uint8Array>;

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

export const WRITERS: { readonly [F in WrittenFormatId]: Writer } = {
  docx: (doc, opts) => exportBilingualDocx(doc, opts),
  'docx-target': (doc) => exportTargetDocx(doc),
  html: (doc, opts) => encode(exportBilingualHtml(doc, opts)),
  txt: (doc) => encode(exportText(doc)),
  md: (doc) => encode(exportMarkdown(doc)),
  xliff: (doc) => encode(exportXliff20(doc)),
  xliff12: (doc) => encode(exportXliff12(doc)),
  tmx: (doc, opts) => encode(exportTmx(doc, opts.now ?? new Date())),
};
