/**
 * DOCX import: the ZIP is checked (corruption, zip bomb) before mammoth renders it to HTML, then the HTML
 * blocks become paragraphs in reading order (headings, list items, table cells row by row).
 */
import mammoth from 'mammoth';
import type { ImportedDocument } from '../model';
import { atPart, FormatError } from './errors';
import { msg } from '../i18n/message';
import { htmlToBlocks } from './html-blocks';
import { openZip } from './zip';

// mammoth's links between a note reference and the note ("[1]", "↑") are navigation, not text.
const NOTE_LINK = /^#(footnote|endnote|comment)-/;

export async function importDocx(bytes: Uint8Array, fileName: string): Promise<ImportedDocument> {
  const zip = await openZip(bytes, fileName);
  if (!zip.file('word/document.xml')) {
    throw new FormatError(fileName, msg('noWordPart'));
  }
  const arrayBuffer = bytes.slice().buffer as ArrayBuffer;
  // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`; both accept an ArrayBuffer.
  const input = { arrayBuffer, buffer: arrayBuffer } as { arrayBuffer: ArrayBuffer };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      input,
      // Images are not translated: do not spend time and memory base64-encoding them.
      {
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        // Title and Subtitle are headings to a reader (and the best document title).
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
      },
    );
    html = result.value;
  } catch (e) {
    throw new FormatError(
      fileName,
      msg('unreadableWord', { detail: (e as Error).message }),
      atPart('word/document.xml'),
    );
  }
  const blocks = htmlToBlocks(html, {
    collapseWhitespace: false,
    fileName,
    skip: (name, attribs) => name === 'a' && NOTE_LINK.test(attribs['href'] ?? ''),
  });
  if (blocks.length === 0) throw new FormatError(fileName, msg('noTextDocument'));
  return {
    title: titleOf(blocks),
    sourceFormat: 'docx',
    paragraphs: blocks.map((b) => ({ source: b.source, role: b.role })),
  };
}

/** The first heading, else the first paragraph. */
export function titleOf(blocks: Array<{ source: string; role?: { kind: string } }>): string {
  return (blocks.find((b) => b.role?.kind === 'heading') ?? blocks[0])?.source ?? '';
}
