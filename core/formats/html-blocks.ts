/**
 * Turns HTML (a web page, or mammoth's rendering of a DOCX) into paragraphs in reading order: every block
 * element is a paragraph boundary, inline markup is dropped, entities are decoded by the parser, so markup
 * never reaches the text. Roles (heading, list item, table cell) are kept for the English export.
 */
import { Parser } from 'htmlparser2';
import type { ParagraphRole } from '../model';

export interface BlockParagraph {
  source: string;
  role: ParagraphRole;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'html',
]);
// Content that is not document text at all.
const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'select', 'textarea']);

interface Open {
  name: string;
  list?: { ordered: boolean };
  table?: { row: number; cell: number };
}

export interface HtmlBlockOptions {
  /** HTML rules: runs of whitespace are one space. Off for mammoth output, whose spaces are the author's. */
  collapseWhitespace: boolean;
  /** Elements dropped with their content, e.g. mammoth's footnote links ("[1]", "↑") that are not text. */
  skip?: (name: string, attribs: Record<string, string>) => boolean;
}

export function htmlToBlocks(html: string, options: HtmlBlockOptions): BlockParagraph[] {
  const out: BlockParagraph[] = [];
  const stack: Open[] = [];
  let skipDepth = 0;
  let buffer = '';
  let bufferRole: ParagraphRole | undefined;

  const flush = () => {
    const text = options.collapseWhitespace
      ? buffer.replace(/\s+/g, ' ').trim()
      : buffer.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ').trim(); // a line break joins lines like plain text does
    if (text !== '') out.push({ source: text, role: bufferRole ?? { kind: 'body' } });
    buffer = '';
    bufferRole = undefined;
  };

  const append = (text: string) => {
    if (bufferRole === undefined && text.trim() !== '') bufferRole = currentRole(stack);
    buffer += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || SKIPPED.has(name) || options.skip?.(name, attribs)) {
          skipDepth++;
          return;
        }
        if (BLOCKS.has(name)) flush();
        const open: Open = { name };
        if (name === 'ul' || name === 'ol') open.list = { ordered: name === 'ol' };
        if (name === 'table') open.table = { row: -1, cell: -1 };
        const table = [...stack].reverse().find((o) => o.table)?.table;
        if (name === 'tr' && table) {
          table.row++;
          table.cell = -1;
        }
        if ((name === 'td' || name === 'th') && table) table.cell++;
        if (name === 'br') append('\n');
        stack.push(open);
      },
      ontext(text) {
        if (skipDepth === 0) append(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (BLOCKS.has(name)) flush();
        // Pop up to the matching element; htmlparser2 already closes implied tags for us.
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]?.name === name) {
            stack.length = i;
            break;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out;
}

/** The innermost heading, list item or table cell decides the role; paragraphs inside them inherit it. */
function currentRole(stack: Open[]): ParagraphRole {
  for (let i = stack.length - 1; i >= 0; i--) {
    const name = stack[i]?.name ?? '';
    const heading = /^h([1-6])$/.exec(name);
    if (heading) return { kind: 'heading', level: Number(heading[1]) };
    if (name === 'li') {
      const lists = stack.slice(0, i).filter((o) => o.list);
      return { kind: 'list-item', ordered: lists.at(-1)?.list?.ordered ?? false, level: Math.max(1, lists.length) };
    }
    if (name === 'td' || name === 'th') {
      const table = stack.slice(0, i).reverse().find((o) => o.table)?.table;
      return { kind: 'table-cell', row: Math.max(0, table?.row ?? 0), cell: Math.max(0, table?.cell ?? 0) };
    }
  }
  return { kind: 'body' };
}
