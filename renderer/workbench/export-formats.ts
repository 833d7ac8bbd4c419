/** The export dialog's choices, straight from the format table (core/formats/registry.ts). */
import { EXPORT_FORMAT_TABLE } from '../../core/formats/registry';
import type { ExportFormatId } from '../../core/formats/registry';

export type ExportChoice = ExportFormatId;

/** Every format, in the table's order: the dialog offers them all (PDF prints through the browser there). */
export const DIALOG_FORMATS: readonly ExportChoice[] = EXPORT_FORMAT_TABLE.map((f) => f.id);

/** The formats that take the bilingual layout options. */
export const BILINGUAL_FORMATS: ReadonlySet<ExportChoice> = new Set(
  EXPORT_FORMAT_TABLE.filter((f) => f.bilingual).map((f) => f.id),
);
