/**
 * Writes the rows of a big DOCX table straight as XML. The docx library builds an object tree for every
 * run, cell and row before it serialises anything: 10,000 rows took 6 s and 800 MB, 100,000 ran out of
 * memory. So the library builds the document once with a single template row whose cells hold sentinels;
 * the row's XML is cut around them into fixed pieces (cell openings, a paragraph's opening and closing per
 * column), and each real row is those pieces around its escaped text. The result is the XML the library
 * itself would write (docx-rows.test.ts compares them byte for byte), at a fraction of the cost.
 */
import type { Document, Paragraph } from 'docx';
import { Packer } from 'docx';
import JSZip from 'jszip';
import type { Compressor } from './zip-write';
import { concatBytes, writeZip } from './zip-write';

const DOCUMENT_PART = 'word/document.xml';
/** Supplementary private-use characters: nothing escapes or strips them, no text of ours holds them. */
const sentinel = (k: number): string => `\u{F0000}cell-${k}\u{F0001}`;

export interface RowSource {
  /** Cells per row. */
  columns: number;
  /** One cell's paragraphs for a text (a single line), by column: the layout of every row. */
  cell: (column: number, text: string) => Paragraph[];
  /** The whole document with the library, its table holding exactly the given rows. */
  build: (rows: Paragraph[][][]) => Document;
  rows: number;
  /** The cells' texts of row `i`; a line break starts a new paragraph in the cell, as the library does. */
  texts: (i: number) => string[];
  /** The host's native compression (Node's zlib); without it JSZip's pure-JS deflate, several times slower. */
  compressor?: Compressor | undefined;
}

/** The template row's XML, cut around the sentinels. */
interface RowTemplate {
  /** The XML before the row, and after it. */
  before: string;
  after: string;
  /** gaps[k] comes before column k's paragraphs; gaps[columns] closes the row. */
  gaps: string[];
  /** A paragraph of column k: open + escaped line + close. */
  open: string[];
  close: string[];
}

/** Escapes text as the docx library does (its `escapeAll`): entities for & " ' < >, C0 controls dropped. */
export function escapeText(text: string): string {
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

function cutTemplate(xml: string, columns: number): RowTemplate {
  const gaps: string[] = [];
  const open: string[] = [];
  const close: string[] = [];
  const at = (k: number): number => {
    const pos = xml.indexOf(sentinel(k));
    if (pos < 0 || xml.indexOf(sentinel(k), pos + 1) >= 0)
      throw new Error(`DOCX template: cell ${k} not found exactly once`);
    return pos;
  };
  const rowStart = xml.lastIndexOf('<w:tr>', at(0));
  let cursor = rowStart;
  for (let k = 0; k < columns; k++) {
    const pos = at(k);
    const pStart = xml.lastIndexOf('<w:p>', pos);
    const pEnd = xml.indexOf('</w:p>', pos) + '</w:p>'.length;
    if (rowStart < 0 || pStart < cursor || pEnd < pos)
      throw new Error(`DOCX template: cell ${k} is not a plain paragraph`);
    gaps.push(xml.slice(cursor, pStart));
    open.push(xml.slice(pStart, pos));
    close.push(xml.slice(pos + sentinel(k).length, pEnd));
    cursor = pEnd;
  }
  const rowEnd = xml.indexOf('</w:tr>', cursor) + '</w:tr>'.length;
  gaps.push(xml.slice(cursor, rowEnd));
  return { before: xml.slice(0, rowStart), after: xml.slice(rowEnd), gaps, open, close };
}

function rowXml(t: RowTemplate, texts: readonly string[]): string {
  let out = '';
  for (let k = 0; k < texts.length; k++) {
    out += t.gaps[k];
    for (const line of texts[k]!.split(/\r?\n/)) out += t.open[k]! + escapeText(line) + t.close[k]!;
  }
  return out + t.gaps[texts.length]!;
}

/** Rows are encoded in batches of about this many characters, so no string grows to the whole part. */
const BATCH_CHARS = 1 << 20;

/** The document's bytes with every row of `source` written into the table. */
export async function writeRowsIntoDocx(source: RowSource): Promise<Uint8Array> {
  const templateRow = Array.from({ length: source.columns }, (_, k) => source.cell(k, sentinel(k)));
  const packed = await Packer.toArrayBuffer(source.build([templateRow]));
  const zip = await JSZip.loadAsync(packed);
  const part = zip.file(DOCUMENT_PART);
  if (!part) throw new Error(`DOCX template: no ${DOCUMENT_PART}`);
  const template = cutTemplate(await part.async('string'), source.columns);

  const chunks = documentChunks(template, source);
  if (!source.compressor) {
    zip.file(DOCUMENT_PART, concatBytes(chunks));
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
  const entries = [];
  for (const file of Object.values(zip.files)) {
    if (!file.dir)
      entries.push({
        name: file.name,
        chunks: file.name === DOCUMENT_PART ? chunks : [await file.async('uint8array')],
      });
  }
  return writeZip(entries, source.compressor);
}

/**
 * document.xml as UTF-8 chunks of about a megabyte, made as the compressor asks for them: with the native
 * compressor the whole part (about 2 kB a row) never exists at once.
 */
function* documentChunks(template: RowTemplate, source: RowSource): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(template.before);
  let batch = '';
  for (let i = 0; i < source.rows; i++) {
    batch += rowXml(template, source.texts(i));
    if (batch.length >= BATCH_CHARS) {
      yield encoder.encode(batch);
      batch = '';
    }
  }
  yield encoder.encode(batch + template.after);
}
