/**
 * Import dispatcher: the extension chooses the reader, and the content must agree with it (a PDF renamed
 * .docx, a DOCX renamed .md, an empty file are refused with a FormatError naming the file).
 */
import type { ImportedDocument } from '../model';
import { importDocx } from './docx-import';
import { FormatError } from './errors';
import type { ErrorKey, Message } from '../i18n/message';
import { msg } from '../i18n/message';
import { importHtml } from './html-import';
import { importMarkdown } from './markdown-import';
import { decodeText, splitParagraphs } from './plain-text';
import { importXliff } from './xliff-read';
import { isZip } from './zip';

type Reader = 'docx' | 'html' | 'md' | 'txt' | 'xliff';
const READERS: Readonly<Record<string, Reader>> = {
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'md',
  markdown: 'md',
  txt: 'txt',
  text: 'txt',
  xlf: 'xliff',
  xliff: 'xliff',
  xlz: 'xliff',
  sdlxliff: 'xliff',
  mqxliff: 'xliff',
};
export const SUPPORTED_EXTENSIONS = Object.keys(READERS).filter((e) => e !== 'xlz');

// Signatures of binary files people rename by mistake.
const SIGNATURES: Array<[ErrorKey, number[]]> = [
  ['kindZip', [0x50, 0x4b, 0x03, 0x04]],
  ['kindPdf', [0x25, 0x50, 0x44, 0x46]],
  ['kindOle', [0xd0, 0xcf, 0x11, 0xe0]],
  ['kindPng', [0x89, 0x50, 0x4e, 0x47]],
  ['kindJpeg', [0xff, 0xd8, 0xff]],
  ['kindGif', [0x47, 0x49, 0x46, 0x38]],
  ['kindRtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

function binaryKind(bytes: Uint8Array): Message | undefined {
  const kind = SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
  return kind && msg(kind);
}

function extensionOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export async function importDocument(bytes: Uint8Array, fileName: string): Promise<ImportedDocument> {
  if (bytes.length === 0) throw new FormatError(fileName, msg('fileEmptyBytes'));
  const ext = extensionOf(fileName);
  const reader = READERS[ext];
  if (!reader || ext === 'xlz') {
    throw new FormatError(
      fileName,
      msg('unsupportedType', {
        ext: ext ? `.${ext}` : msg('noExtension'),
        supported: SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', '),
      }),
    );
  }
  const binary = binaryKind(bytes);
  if (reader === 'docx') {
    if (!isZip(bytes)) {
      throw new FormatError(fileName, msg('notDocx', { kind: binary ?? msg('kindNotWord') }));
    }
    return importDocx(bytes, fileName);
  }
  if (binary) throw new FormatError(fileName, msg('notTextFile', { kind: binary, ext }));
  const text = decodeText(bytes, fileName);
  switch (reader) {
    case 'html':
      return importHtml(text, fileName);
    case 'md':
      return importMarkdown(text, fileName);
    case 'xliff':
      return importXliff(text, fileName);
    case 'txt': {
      const paragraphs = splitParagraphs(text).filter((p) => p.trim() !== '');
      if (paragraphs.length === 0) throw new FormatError(fileName, msg('noTextFile'));
      return {
        title: paragraphs[0]!,
        sourceFormat: 'txt',
        paragraphs: paragraphs.map((source) => ({ source, role: { kind: 'body' } })),
      };
    }
  }
}
