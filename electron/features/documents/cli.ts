/** CLI commands of the documents feature. Paragraphs are counted from 0, as in the API. */
import path from 'node:path';
import type { CliCommand } from '../../cli/command';
import { CliError, DOC_OPTION, need } from '../../cli/command';

export const documentCommands: CliCommand[] = [
  {
    name: 'import',
    summary: 'import a document (text, DOCX, HTML, Markdown, XLIFF): {"documentId", "paragraphs"}',
    args: 'FILE',
    options: { title: { type: 'string', value: 'T', help: 'the title (default: the file’s own, or its first line)' } },
    readsFile: 'import: name the FILE to import',
    workspace: 'required',
    creates: true,
    async run(ctx) {
      const { path: file, bytes } = ctx.file!;
      const title = typeof ctx.values.title === 'string' ? ctx.values.title : undefined;
      const r = await ctx.call('document.import', { fileName: path.basename(file), bytes, title });
      ctx.print({ documentId: r.documentId, paragraphs: r.paragraphs });
    },
  },
  {
    name: 'list',
    summary: 'the documents of the workspace, newest first',
    options: {},
    workspace: 'required',
    async run(ctx) {
      const docs = await ctx.call('document.list', {});
      ctx.print(
        docs.map((d) => ({
          id: d.id,
          title: d.title,
          paragraphs: d.paragraphs,
          translated: d.translated,
          words: d.words,
          wordsTranslated: d.wordsTranslated,
          updatedAt: d.updatedAt,
        })),
      );
    },
  },
  {
    name: 'show',
    summary: 'a document’s paragraphs (index counted from 0), both texts and status',
    options: { doc: DOC_OPTION },
    workspace: 'required',
    async run(ctx) {
      const doc = await ctx.call('document.get', { id: need(ctx, 'doc') });
      ctx.print({
        id: doc.id,
        title: doc.title,
        paragraphs: doc.paragraphList.map((p) => ({
          index: p.index,
          source: p.source,
          target: p.target,
          status: p.status,
        })),
      });
    },
  },
  {
    name: 'translate',
    summary: 'set the English of one paragraph (a draft, translated with --confirm, reviewed with --review)',
    options: {
      doc: DOC_OPTION,
      paragraph: { type: 'string', value: 'N', help: 'the paragraph, counted from 0', required: true },
      text: { type: 'string', value: 'TEXT', help: 'the English', required: true },
      confirm: { type: 'boolean', help: 'mark the paragraph translated' },
      review: { type: 'boolean', help: 'mark the paragraph reviewed (a shared document: its reviewer or an admin)' },
    },
    workspace: 'required',
    async run(ctx) {
      const n = need(ctx, 'paragraph');
      if (!/^\d+$/.test(n)) throw new CliError(`--paragraph must be a number counted from 0, not ${n}`);
      if (typeof ctx.values.text !== 'string') throw new CliError('missing --text');
      const r = await ctx.call('paragraph.update', {
        documentId: need(ctx, 'doc'),
        index: Number(n),
        target: ctx.values.text,
        confirm: ctx.values.confirm === true,
        review: ctx.values.review === true,
      });
      ctx.print({ index: r.paragraph.index, target: r.paragraph.target, status: r.paragraph.status });
    },
  },
];
