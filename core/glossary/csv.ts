/**
 * Glossary CSV: header `source,target,kind,variants,note`, variants joined by `|`, RFC 4180 quoting.
 * Cells that a spreadsheet would run as a formula (starting = + - @, tab or CR) are written with a leading `'`;
 * the reader removes it again, so a file written here reads back exactly.
 */
import { readCsvRecords } from './csv-records';
import type { Message } from '../i18n/message';
import { msg } from '../i18n/message';
import type { GlossaryParseError, GlossaryParseResult, ParsedTerm } from './parse-result';
import { joinReasons, rowError } from './parse-result';
import { termKey } from './term-key';
import { TERM_KINDS, isTermKind } from './types';
import type { TermKind } from './types';

export const CSV_COLUMNS = ['source', 'target', 'kind', 'variants', 'note'] as const;
/** Optional columns, read when the header names them: `deprecated`, English spellings not to use, joined by `|`. */
const OPTIONAL_COLUMNS = ['deprecated'] as const;
type Column = (typeof CSV_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

const DEFAULT_KIND: TermKind = 'term';
/** A cell a spreadsheet would evaluate, possibly already protected by quotes we added (then one more is added). */
const FORMULA = /^'*[=+\-@\t\r]/;
const PROTECTED = /^'+[=+\-@\t\r]/;

function protect(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

function unprotect(cell: string): string {
  return PROTECTED.test(cell) ? cell.slice(1) : cell;
}

function quote(cell: string): string {
  const c = protect(cell);
  return /[",\r\n]|^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
}

/** Serialises terms as CSV (CRLF line ends, as RFC 4180 says). */
export function glossaryToCsv(terms: readonly ParsedTerm[]): string {
  // The deprecated column only when a term has one, so files of older glossaries stay as they were.
  const withDeprecated = terms.some((t) => (t.deprecated ?? []).length > 0);
  const lines = [[...CSV_COLUMNS, ...(withDeprecated ? OPTIONAL_COLUMNS : [])].join(',')];
  for (const t of terms) {
    const cells = [
      t.source,
      t.target,
      t.kind,
      t.variants.join('|'),
      t.note,
      ...(withDeprecated ? [(t.deprecated ?? []).join('|')] : []),
    ];
    lines.push(cells.map(quote).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** Column positions from a header row, or null when the row is data (then the standard order is assumed). */
function headerColumns(cells: string[]): Map<Column, number> | null {
  const names = cells.map((c) => c.trim().toLowerCase());
  if (!names.includes('source') || !names.includes('target')) return null;
  const map = new Map<Column, number>();
  names.forEach((name, i) => {
    if ([...CSV_COLUMNS, ...OPTIONAL_COLUMNS].includes(name as Column) && !map.has(name as Column))
      map.set(name as Column, i);
  });
  return map;
}

/** Parses a glossary CSV (already decoded to a string). Valid rows go to `terms`, each bad row gives one error. */
export function parseGlossaryCsv(text: string, fileName: string): GlossaryParseResult {
  const terms: ParsedTerm[] = [];
  const errors: GlossaryParseError[] = [];
  const records = readCsvRecords(text.replace(/^\uFEFF/, ''));
  if (records.length === 0) {
    errors.push(rowError(0, msg('csvEmpty', { file: fileName, header: CSV_COLUMNS.join(',') })));
    return { terms, errors };
  }
  let columns = new Map<Column, number>(CSV_COLUMNS.map((c, i) => [c, i]));
  let width: number = CSV_COLUMNS.length;
  let rows = records;
  const first = records[0];
  if (first && 'cells' in first) {
    const header = headerColumns(first.cells);
    if (header) {
      columns = header;
      width = first.cells.length;
      rows = records.slice(1);
    }
  }
  const keyLines = new Map<string, number>();
  for (const record of rows) {
    if ('error' in record) {
      errors.push(rowError(record.line, record.error));
      continue;
    }
    const { line, cells } = record;
    if (cells.length !== width) {
      errors.push(rowError(line, msg('csvCellCount', { cells: cells.length, width })));
      continue;
    }
    const cell = (c: Column): string => {
      const i = columns.get(c);
      return i === undefined ? '' : unprotect(cells[i] ?? '');
    };
    const problems: Message[] = [];
    const source = cell('source').trim();
    const target = cell('target').trim();
    const kindCell = cell('kind').trim().toLowerCase();
    const kind = kindCell === '' ? DEFAULT_KIND : kindCell;
    if (source === '') problems.push(msg('csvNoSource'));
    if (target === '') problems.push(msg('csvNoTarget'));
    if (!isTermKind(kind))
      problems.push(msg('csvUnknownKind', { kind: cell('kind').trim(), kinds: TERM_KINDS.join(', ') }));
    const key = source === '' ? '' : termKey(source);
    if (source !== '' && key === '') problems.push(msg('csvNoLetters'));
    const earlier = key === '' ? undefined : keyLines.get(key);
    if (earlier !== undefined) problems.push(msg('csvDuplicate', { line: earlier }));
    if (problems.length > 0 || !isTermKind(kind)) {
      errors.push(rowError(line, joinReasons(problems)));
      continue;
    }
    keyLines.set(key, line);
    const variants = cell('variants')
      .split('|')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    const deprecated = cell('deprecated')
      .split('|')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    terms.push({ source, target, kind, variants, note: cell('note'), ...(deprecated.length ? { deprecated } : {}) });
  }
  return { terms, errors };
}
