/** Contract slice of the export feature; the format enum comes from the one table in core/formats/registry. */
import { z } from 'zod';
import { EXPORT_FORMAT_IDS } from '../../formats/registry';
import { id, returns, UI_LANGUAGES } from './common';
import type { ExportedFile } from './common';

export const EXPORT_FORMATS = EXPORT_FORMAT_IDS;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

export const exportOptionsSchema = z
  .object({
    uiLanguage: z.enum(UI_LANGUAGES).optional(),
    columnOrder: z.enum(['source-first', 'target-first']).optional(),
    statusColumn: z.boolean().optional(),
    numberColumn: z.boolean().optional(),
    commentsColumn: z.boolean().optional(),
    header: z.boolean().optional(),
    progressLine: z.boolean().optional(),
    glossaryAppendix: z.boolean().optional(),
    orientation: z.enum(['portrait', 'landscape']).optional(),
    pageSize: z.enum(['A4', 'Letter']).optional(),
  })
  .strict();
export type ExportRequestOptions = z.infer<typeof exportOptionsSchema>;

export const exportMethods = {
  'document.export': {
    input: z.object({ id, format: z.enum(EXPORT_FORMATS), options: exportOptionsSchema.optional() }).strict(),
    result: returns<ExportedFile>(),
  },
  /** The same as `document.export` with format `pdf`; kept because the desktop UI calls it by name. */
  'document.exportPdf': {
    input: z.object({ id, options: exportOptionsSchema.optional() }).strict(),
    result: returns<ExportedFile>(),
  },
} as const;
