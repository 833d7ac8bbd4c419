/** English-only plain text and Markdown, keeping headings, lists and tables of a structured source. */
import type { DocumentFull } from '../model';
import { targetBlocks } from './target-blocks';

export function exportText(doc: DocumentFull): string {
  const out = targetBlocks(doc).map((b) => {
    if (b.kind === 'list-item')
      return `${'  '.repeat(b.level - 1)}${b.ordered ? `${b.number}.` : '-'} ${oneLine(b.text)}`;
    if (b.kind === 'table') return b.rows.map((r) => r.map(oneLine).join('\t')).join('\n');
    return b.text;
  });
  return out.join('\n\n') + '\n';
}

/** Backslash-escapes what Markdown would read as markup, so the English comes back exactly as written. */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|#~!&{}]/g, '\\$&')
    .replace(/^(\s*)([-+=])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

export function exportMarkdown(doc: DocumentFull): string {
  const blocks = targetBlocks(doc);
  const out: string[] = [];
  blocks.forEach((b, i) => {
    // Items of one list stay on consecutive lines; everything else is separated by a blank line.
    const sep = i === 0 ? '' : b.kind === 'list-item' && blocks[i - 1]?.kind === 'list-item' ? '\n' : '\n\n';
    if (b.kind === 'heading') out.push(sep, `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`);
    else if (b.kind === 'list-item') {
      const marker = b.ordered ? `${b.number}.` : '-';
      // Nested items are indented by the width of a parent marker ("1. " is three characters).
      out.push(sep, `${'   '.repeat(b.level - 1)}${marker} ${escapeMarkdown(b.text)}`);
    } else if (b.kind === 'table') {
      const width = b.rows[0]?.length ?? 0;
      const row = (r: string[]) => `| ${r.map((c) => escapeMarkdown(c) || ' ').join(' | ')} |`;
      const lines =
        b.rows.length === 0 ? [] : [row(b.rows[0]!), `|${' --- |'.repeat(width)}`, ...b.rows.slice(1).map(row)];
      out.push(sep, lines.join('\n'));
    } else out.push(sep, escapeMarkdown(b.text));
  });
  return out.join('') + '\n';
}
