/**
 * Plain-text import: decoding by evidence (UTF-8, UTF-16 with BOM, Windows-1256) and paragraph splitting.
 * Windows-1256 decodes any byte, so it is accepted only when the result is mostly Arabic letters.
 */
import { atLine, FormatError } from './errors';
import { msg } from '../i18n/message';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Control characters that never occur in text (tab, LF, CR, FF are fine). */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

function rejectControls(text: string, fileName: string): string {
  const m = CONTROL.exec(text);
  if (m) {
    const line = text.slice(0, m.index).split('\n').length;
    const byte = m[0].charCodeAt(0).toString(16).padStart(2, '0');
    throw new FormatError(fileName, msg('controlByte', { byte }), atLine(line));
  }
  return text;
}

/**
 * Share of Arabic letters among the non-ASCII letters: ASCII decodes the same in every candidate encoding,
 * so only the other bytes are evidence (an Arabic glossary CSV is half English and still Windows-1256).
 */
function arabicShare(text: string): number {
  const letters = text.match(/[^\u0000-\u007f]/gu)?.filter((c) => /\p{L}/u.test(c)) ?? [];
  if (letters.length === 0) return 0;
  const arabic = letters.filter((c) => /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(c));
  return arabic.length / letters.length;
}

/** Decodes a text file without asking the user which encoding it is in. Throws FormatError when it is not text. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new FormatError(fileName, msg('fileEmpty'));
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { ignoreBOM: false }).decode(bytes);
    return rejectControls(text, fileName);
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new FormatError(fileName, msg('nulBytes'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const guess = new TextDecoder('windows-1256').decode(body);
    if (arabicShare(guess) < 0.5) {
      throw new FormatError(fileName, msg('undecodable'));
    }
    text = guess;
  }
  return rejectControls(text, fileName);
}

/**
 * Paragraphs are blocks separated by blank lines, lines inside a block joined with a space;
 * a text without blank lines takes each line as a paragraph. Each paragraph is trimmed, inner spacing kept.
 */
export function splitParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hasBlank = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1);
  if (!hasBlank) return lines.map((l) => l.trim()).filter((l) => l !== '');
  const paragraphs: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    const p = block
      .map((l) => l.trim())
      .join(' ')
      .trim();
    if (p !== '') paragraphs.push(p);
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else block.push(line);
  }
  flush();
  return paragraphs;
}
