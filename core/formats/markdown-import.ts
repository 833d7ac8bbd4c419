/**
 * Markdown import through markdown-it's token stream: headings, list items (with nesting), table cells and
 * paragraphs become paragraphs with their roles; inline markup and raw HTML tags are dropped.
 */
import MarkdownIt from 'markdown-it';
import type { ImportedDocument, ParagraphRole } from '../model';
import { titleOf } from './docx-import';
import { FormatError } from './errors';
import { msg } from '../i18n/message';
import { htmlToBlocks, type BlockParagraph } from './html-blocks';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

// Raw HTML is parsed (html: true) so that its tags can be dropped instead of showing up as text.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

export function importMarkdown(text: string, fileName: string): ImportedDocument {
  const blocks = markdownToBlocks(text);
  if (blocks.length === 0) throw new FormatError(fileName, msg('noTextDocument'));
  return {
    title: titleOf(blocks),
    sourceFormat: 'md',
    paragraphs: blocks.map((b) => ({ source: b.source, role: b.role })),
  };
}

interface Context {
  role?: ParagraphRole;
  list?: { ordered: boolean };
  table?: { row: number; cell: number };
}

export function markdownToBlocks(text: string): BlockParagraph[] {
  const out: BlockParagraph[] = [];
  const stack: Context[] = [];
  const push = (source: string, role: ParagraphRole) => {
    const clean = source.replace(/\s+/g, ' ').trim();
    if (clean !== '') out.push({ source: clean, role });
  };
  const roleNow = (): ParagraphRole => [...stack].reverse().find((c) => c.role)?.role ?? { kind: 'body' };
  const table = () => [...stack].reverse().find((c) => c.table)?.table;

  for (const token of md.parse(text, {})) {
    if (token.nesting === -1) {
      stack.pop();
      continue;
    }
    if (token.nesting === 1) {
      const ctx: Context = {};
      const heading = /^h([1-6])$/.exec(token.tag);
      if (token.type === 'heading_open' && heading) ctx.role = { kind: 'heading', level: Number(heading[1]) };
      if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        ctx.list = { ordered: token.type === 'ordered_list_open' };
      }
      if (token.type === 'list_item_open') {
        const lists = stack.filter((c) => c.list);
        ctx.role = {
          kind: 'list-item',
          ordered: lists.at(-1)?.list?.ordered ?? false,
          level: Math.max(1, lists.length),
        };
      }
      if (token.type === 'table_open') ctx.table = { row: -1, cell: -1 };
      const t = table();
      if (token.type === 'tr_open' && t) {
        t.row++;
        t.cell = -1;
      }
      if ((token.type === 'td_open' || token.type === 'th_open') && t) {
        t.cell++;
        ctx.role = { kind: 'table-cell', row: t.row, cell: t.cell };
      }
      stack.push(ctx);
      continue;
    }
    if (token.type === 'inline') push(inlineText(token.children ?? []), roleNow());
    else if (token.type === 'fence' || token.type === 'code_block') push(token.content, roleNow());
    else if (token.type === 'html_block') {
      for (const b of htmlToBlocks(token.content, { collapseWhitespace: true })) {
        push(b.source, b.role.kind === 'body' ? roleNow() : b.role);
      }
    }
  }
  return out;
}

/** Plain text of inline tokens: emphasis, links and inline HTML tags vanish, their text stays. */
function inlineText(children: Token[]): string {
  let out = '';
  for (const c of children) {
    if (c.type === 'text' || c.type === 'code_inline') out += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') out += ' ';
    else if (c.type === 'html_inline' && /^<br\b/i.test(c.content)) out += ' ';
  }
  return out;
}
