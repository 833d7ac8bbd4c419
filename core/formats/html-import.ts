/** HTML/HTM import: block elements become paragraphs; scripts, styles and markup never reach the text. */
import type { ImportedDocument } from '../model';
import { titleOf } from './docx-import';
import { FormatError } from './errors';
import { msg } from '../i18n/message';
import { htmlToBlocks } from './html-blocks';

const LOOKS_LIKE_HTML = /<(!doctype\s+html|html|head|body|p|div|h[1-6]|table|ul|ol|li|span|br|section|article)\b/i;

export function importHtml(text: string, fileName: string): ImportedDocument {
  if (!LOOKS_LIKE_HTML.test(text)) throw new FormatError(fileName, msg('notHtml'));
  const blocks = htmlToBlocks(text, { collapseWhitespace: true, fileName });
  if (blocks.length === 0) throw new FormatError(fileName, msg('noTextPage'));
  return {
    title: titleOf(blocks),
    sourceFormat: 'html',
    paragraphs: blocks.map((b) => ({ source: b.source, role: b.role })),
  };
}
