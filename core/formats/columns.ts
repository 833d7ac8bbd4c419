/** The bilingual table's columns, shared by the DOCX and HTML exports and by the review reader. */
import type { ExportOptions } from './types';

export type Column = 'number' | 'source' | 'target' | 'status' | 'comments';

/** Physical left-to-right order: number, then source/target as asked, then status, then comments. */
export function tableColumns(
  opts: Pick<ExportOptions, 'columnOrder' | 'numberColumn' | 'statusColumn' | 'commentsColumn'>,
): Column[] {
  const pair: Column[] = opts.columnOrder === 'target-first' ? ['target', 'source'] : ['source', 'target'];
  return [
    ...(opts.numberColumn !== false ? (['number'] as Column[]) : []),
    ...pair,
    ...(opts.statusColumn ? (['status'] as Column[]) : []),
    ...(opts.commentsColumn ? (['comments'] as Column[]) : []),
  ];
}

export function columnLabel(column: Column, opts: ExportOptions): string {
  const l = opts.labels;
  return { number: l.number, source: l.source, target: l.target, status: l.status, comments: l.comments }[column];
}

/** Text that contains Arabic letters is laid out right-to-left (titles, labels in the Arabic UI). */
export function isArabic(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text);
}

/** The date printed in headers: ISO day, the same in every locale. */
export function printedDate(opts: ExportOptions): string {
  return (opts.now ?? new Date()).toISOString().slice(0, 10);
}
