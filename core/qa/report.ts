/**
 * The QA report of a whole document, as CSV (one flag a line) and as a standalone HTML page (grouped by check,
 * with counts). Rows are numbered from 1 as in the UI; the CSV also has `paragraph`, counted from 0 as in the API.
 * User text is escaped and marked with its language and direction, never inserted as markup.
 */
import type { Paragraph } from '../model';
import type { QaFlag } from './types';

const csvCell = (v: string | number | undefined): string => {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function qaReportCsv(flags: readonly QaFlag[]): string {
  const head = ['row', 'paragraph', 'check', 'message', 'source', 'target', 'side', 'start', 'end', 'key'];
  const lines = flags.map((f) =>
    [f.paragraph + 1, f.paragraph, f.check, f.message, f.source, f.target, f.side, f.start, f.end, f.key]
      .map(csvCell)
      .join(','),
  );
  // A BOM so spreadsheet programs read the Arabic as UTF-8.
  return `\uFEFF${[head.join(','), ...lines].join('\r\n')}\r\n`;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function qaReportHtml(title: string, paragraphs: readonly Paragraph[], flags: readonly QaFlag[]): string {
  const byCheck = new Map<string, QaFlag[]>();
  for (const f of flags) byCheck.set(f.check, [...(byCheck.get(f.check) ?? []), f]);
  const sections = [...byCheck]
    .map(([check, list]) => {
      const rows = list
        .map((f) => {
          const p = paragraphs[f.paragraph];
          return (
            `<tr><td>${f.paragraph + 1}</td><td>${esc(f.message)}</td>` +
            `<td lang="ar" dir="rtl">${esc(f.source ?? '')}</td><td lang="en" dir="ltr">${esc(f.target ?? '')}</td>` +
            `<td lang="ar" dir="rtl" class="text">${esc(p?.source ?? '')}</td><td lang="en" dir="ltr" class="text">${esc(p?.target ?? '')}</td></tr>`
          );
        })
        .join('\n');
      return (
        `<section><h2>${esc(check)} (${list.length})</h2>\n<table><thead><tr><th>Row</th><th>Problem</th><th>Arabic</th><th>English</th>` +
        `<th>Arabic paragraph</th><th>English paragraph</th></tr></thead><tbody>\n${rows}\n</tbody></table></section>`
      );
    })
    .join('\n');
  const summary = [...byCheck].map(([check, list]) => `<li>${esc(check)}: ${list.length}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>QA report: ${esc(title)}</title>
<style>body{font-family:sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top;text-align:start}.text{font-size:.85em;color:#444}</style>
</head><body><h1>QA report: <bdi>${esc(title)}</bdi></h1>
<p>${flags.length} flags on ${new Set(flags.map((f) => f.paragraph)).size} of ${paragraphs.length} paragraphs (rows counted from 1).</p>
<ul>${summary}</ul>
${sections}
</body></html>
`;
}
