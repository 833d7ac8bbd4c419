/**
 * RFC 4180 record reader that keeps going after a broken line: each record carries the line it starts on, and a
 * broken record (unbalanced quote, stray quote) becomes an error for that line, reading resumes on the next line.
 */
import type { Message } from '../i18n/message';
import { msg } from '../i18n/message';

export type CsvRecord = { line: number; cells: string[] } | { line: number; error: Message };

function isLineEnd(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r';
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) n++;
  }
  return n;
}

/** Reads all records; blank lines are skipped. */
export function readCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const len = text.length;
  let pos = 0;
  let line = 1;
  while (pos < len) {
    const recordStart = pos;
    const recordLine = line;
    const cells: string[] = [];
    let error: Message | undefined;
    for (;;) {
      let cell = '';
      if (text[pos] === '"') {
        pos++;
        for (;;) {
          const q = text.indexOf('"', pos);
          if (q < 0) {
            error = msg('csvUnclosedQuote');
            break;
          }
          cell += text.slice(pos, q);
          if (text[q + 1] === '"') {
            cell += '"';
            pos = q + 2;
          } else {
            pos = q + 1;
            break;
          }
        }
        if (!error && pos < len && text[pos] !== ',' && !isLineEnd(text[pos])) {
          // A cell that ran over a line end before going wrong was most likely never closed on its own line.
          error = /[\r\n]/.test(cell) ? msg('csvQuoteNotClosedOnLine') : msg('csvTextAfterQuote');
        }
      } else {
        let end = pos;
        while (end < len && text[end] !== ',' && !isLineEnd(text[end])) end++;
        cell = text.slice(pos, end);
        if (cell.includes('"')) error = msg('csvQuoteInCell');
        pos = end;
      }
      if (error) break;
      cells.push(cell);
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      break; // line end or end of text
    }
    if (error) {
      // Resume on the line after the one where the broken record starts.
      let next = recordStart;
      while (next < len && !isLineEnd(text[next])) next++;
      if (text[next] === '\r' && text[next + 1] === '\n') next += 2;
      else if (next < len) next += 1;
      records.push({ line: recordLine, error });
      pos = next;
      line = recordLine + 1;
      continue;
    }
    // Consume the line end.
    if (text[pos] === '\r' && text[pos + 1] === '\n') pos += 2;
    else if (isLineEnd(text[pos])) pos += 1;
    line += countNewlines(text, recordStart, pos);
    if (cells.length === 1 && cells[0] === '') continue; // blank line
    records.push({ line: recordLine, cells });
  }
  return records;
}
