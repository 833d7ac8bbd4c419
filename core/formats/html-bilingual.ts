/**
 * The bilingual HTML: one self-contained printable page (inline CSS, no external resources). Every piece
 * of user text is escaped and carries its own lang/dir, whatever the direction of the page around it.
 */
import type { DocumentFull } from '../model';
import { columnLabel, isArabic, printedDate, tableColumns } from './columns';
import { visiblePlaceholders } from './placeholders';
import type { ExportOptions } from './types';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const ar = (text: string, tag = 'td') => `<${tag} lang="ar" dir="rtl" class="ar">${escapeHtml(text)}</${tag}>`;
const en = (text: string, tag = 'td') => `<${tag} lang="en" dir="ltr" class="en">${escapeHtml(text)}</${tag}>`;
/** Labels and titles whose language is not fixed: direction from their content. */
const auto = (text: string, tag: string, extra = '') =>
  isArabic(text)
    ? `<${tag} lang="ar" dir="rtl"${extra}>${escapeHtml(text)}</${tag}>`
    : `<${tag} dir="auto"${extra}>${escapeHtml(text)}</${tag}>`;

function css(opts: ExportOptions): string {
  const size = `${opts.pageSize ?? 'A4'} ${opts.orientation ?? 'portrait'}`;
  return `
@page { size: ${size}; margin: 15mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; font-size: 11pt; color: #111; margin: 0 auto; max-width: 1100px; padding: 12px; }
h1 { font-size: 16pt; margin: 0 0 6px; }
.meta { color: #444; font-size: 9pt; margin-block-end: 12px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-block-end: 16px; }
th, td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e8e8e8; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.ar { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Traditional Arabic", serif; font-size: 12.5pt; text-align: right; line-height: 1.7; }
.en { text-align: left; }
.num { width: 3.5em; text-align: center; }
.status { width: 8em; font-size: 9pt; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }`;
}

export function exportBilingualHtml(doc: DocumentFull, opts: ExportOptions): string {
  const ui = opts.uiLanguage;
  const columns = tableColumns(opts);
  const head = columns
    .map((c) =>
      auto(columnLabel(c, opts), 'th', c === 'number' ? ' class="num"' : c === 'status' ? ' class="status"' : ''),
    )
    .join('');
  const rows = doc.paragraphList.map((p, i) => {
    const cells = columns.map((c) => {
      if (c === 'number') return `<td class="num">${i + 1}</td>`;
      if (c === 'source') return ar(visiblePlaceholders(p.source));
      if (c === 'target') return en(p.status === 'untranslated' ? '' : visiblePlaceholders(p.target));
      if (c === 'comments') return auto(p.note ?? '', 'td', ' class="comments"');
      return auto(opts.labels.statuses[p.status], 'td', ' class="status"');
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const terms = opts.glossaryTerms ?? [];
  const glossary =
    terms.length === 0
      ? ''
      : `\n${auto(opts.labels.glossaryAppendix, 'h2')}\n<table class="glossary" dir="ltr"><thead><tr>` +
        (opts.columnOrder === 'target-first'
          ? `${auto(opts.labels.english, 'th')}${auto(opts.labels.arabic, 'th')}`
          : `${auto(opts.labels.arabic, 'th')}${auto(opts.labels.english, 'th')}`) +
        `${auto(opts.labels.kind, 'th')}</tr></thead><tbody>\n` +
        terms
          .map(
            (t) =>
              `<tr>${opts.columnOrder === 'target-first' ? en(t.target) + ar(t.source) : ar(t.source) + en(t.target)}${auto(t.kind, 'td')}</tr>`,
          )
          .join('\n') +
        `\n</tbody></table>`;
  const meta =
    opts.header === false
      ? ''
      : `\n<p class="meta">${escapeHtml(opts.labels.date)}: ${escapeHtml(printedDate(opts))}${opts.progressLine ? ` · ${escapeHtml(opts.labels.progress)}` : ''}</p>`;
  return `<!DOCTYPE html>
<html lang="${ui}" dir="${ui === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Dragoman">
<meta name="dragoman-document-id" content="${escapeHtml(doc.id)}">
<title>${escapeHtml(doc.title)}</title>
<style>${css(opts)}
</style>
</head>
<body>
${auto(doc.title, 'h1')}${meta}
<table class="bilingual" dir="ltr"><thead><tr>${head}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>${glossary}
</body>
</html>
`;
}
