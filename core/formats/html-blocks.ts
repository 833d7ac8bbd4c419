/**
 * Turns HTML (a web page, or mammoth's rendering of a DOCX) into paragraphs in reading order: every block
 * element is a paragraph boundary, inline markup is dropped, entities are decoded by the parser, so markup
 * never reaches the text. Roles (heading, list item, table cell) are kept for the English export.
 */
import { Parser } from 'htmlparser2';
import type { ParagraphRole } from '../model';
import { atLine, FormatError } from './errors';
import { msg } from '../i18n/message';

export interface BlockParagraph {
  source: string;
  role: ParagraphRole;
}

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'html',
]);
// Content that is not document text at all.
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'select',
  'textarea',
]);

/**
 * An open element with the context its text inherits, computed from its parent when it opens, so each tag
 * and each run of text costs O(1) whatever the depth (walking the stack per flush made 200,000 nested divs
 * take minutes).
 */
interface Open {
  name: string;
  /** The innermost heading, list item or table cell around it, if any. */
  role: ParagraphRole | undefined;
  /** Lists open around it (this one included) and the innermost one's kind. */
  lists: number;
  ordered: boolean;
  /** The innermost table's counters. */
  table: { row: number; cell: number } | undefined;
}

/** Deeper than any real document; the limit keeps a hostile file from costing memory and time. */
export const MAX_HTML_DEPTH = 2000;

export interface HtmlBlockOptions {
  /** HTML rules: runs of whitespace are one space. Off for mammoth output, whose spaces are the author's. */
  collapseWhitespace: boolean;
  /** Elements dropped with their content, e.g. mammoth's footnote links ("[1]", "↑") that are not text. */
  skip?: (name: string, attribs: Record<string, string>) => boolean;
  /** Named in the message when the nesting limit is passed. */
  fileName?: string;
}

const ROOT: Open = { name: '', role: undefined, lists: 0, ordered: false, table: undefined };

/** The context of `name` opening inside `parent`. */
function child(parent: Open, name: string): Open {
  const isList = name === 'ul' || name === 'ol';
  const open: Open = {
    name,
    role: parent.role,
    lists: parent.lists + (isList ? 1 : 0),
    ordered: isList ? name === 'ol' : parent.ordered,
    table: name === 'table' ? { row: -1, cell: -1 } : parent.table,
  };
  const heading = /^h([1-6])$/.exec(name);
  if (heading) open.role = { kind: 'heading', level: Number(heading[1]) };
  else if (name === 'li') open.role = { kind: 'list-item', ordered: parent.ordered, level: Math.max(1, parent.lists) };
  else if ((name === 'td' || name === 'th') && parent.table) {
    parent.table.cell++;
    open.role = { kind: 'table-cell', row: Math.max(0, parent.table.row), cell: Math.max(0, parent.table.cell) };
  } else if (name === 'td' || name === 'th') open.role = { kind: 'table-cell', row: 0, cell: 0 };
  if (name === 'tr' && parent.table) {
    parent.table.row++;
    parent.table.cell = -1;
  }
  return open;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function htmlToBlocks(html: string, options: HtmlBlockOptions): BlockParagraph[] {
  const out: BlockParagraph[] = [];
  const stack: Open[] = [];
  // How many of each element are open: a close tag with none open is ignored without a walk of the stack.
  const openCount = new Map<string, number>();
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
    // The innermost heading, list item or table cell decides the role; paragraphs inside them inherit it.
    if (bufferRole === undefined && text.trim() !== '') bufferRole = (stack.at(-1) ?? ROOT).role ?? { kind: 'body' };
    buffer += text;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || SKIPPED.has(name) || options.skip?.(name, attribs)) {
          skipDepth++;
          return;
        }
        if (stack.length + skipDepth >= MAX_HTML_DEPTH) {
          throw new FormatError(
            options.fileName ?? 'the HTML',
            msg('htmlTooDeep', { depth: MAX_HTML_DEPTH }),
            atLine(lineAt(html, parser.startIndex)),
          );
        }
        if (BLOCKS.has(name)) flush();
        if (name === 'br') append('\n');
        stack.push(child(stack.at(-1) ?? ROOT, name));
        openCount.set(name, (openCount.get(name) ?? 0) + 1);
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
        if (!openCount.get(name)) return;
        // Pop up to the matching element; htmlparser2 already closes implied tags for us.
        while (stack.length > 0) {
          const top = stack.pop() as Open;
          openCount.set(top.name, (openCount.get(top.name) ?? 1) - 1);
          if (top.name === name) break;
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
