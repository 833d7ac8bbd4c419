/**
 * Reads back a bilingual DOCX that a reviewer edited in Word or LibreOffice: rows are found by paragraph
 * number, the Arabic column must still be this document's Arabic, and the changed English is returned.
 * Tracked changes count as accepted.
 */
import type { DocumentFull } from '../model';
import type { Column } from './columns';
import { COLUMNS_PROPERTY, EXPORT_PROPERTY, ID_PROPERTY } from './docx-bilingual';
import { cellText, descendants, isDeletedRow, runText } from './docx-xml';
import { atPart, FormatError } from './errors';
import { msg } from '../i18n/message';
import { hiddenPlaceholders, visiblePlaceholders } from './placeholders';
import { attrsOf, childrenOf, localName, parseXml, plainText, rawAttrs, tagOf, type XmlNode } from './xml';
import { openZip, readPart } from './zip';

export interface ReviewChange {
  index: number;
  before: string;
  after: string;
}

/** A reviewer's Word comment anchored in a row of the table (index counted from 0). */
export interface ReviewComment {
  index: number;
  author: string;
  text: string;
}

/** A comments cell the reviewer edited: the row's comment becomes its text. */
export interface ReviewNote {
  index: number;
  note: string;
}

const FILE = 'the reviewed DOCX';
const INVISIBLE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;
const norm = (text: string) => text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
const isNumber = (text: string) => /^\d+$/.test(norm(text));
const arabicLetters = (text: string) => (text.match(/[\u0600-\u06FF]/g) ?? []).length;

export async function readReview(
  bytes: Uint8Array,
  doc: DocumentFull,
): Promise<{ changes: ReviewChange[]; comments: ReviewComment[]; notes: ReviewNote[]; exportId?: string }> {
  if (bytes.length === 0) throw new FormatError(FILE, msg('fileEmptyBytes'));
  const zip = await openZip(bytes, FILE);
  const xml = await readPart(zip, 'word/document.xml');
  if (xml === undefined) throw new FormatError(FILE, msg('noWordPartShort'));
  const props = customProperties(await readPart(zip, 'docProps/custom.xml'));
  const id = props.get(ID_PROPERTY);
  if (id !== undefined && id !== doc.id) {
    throw new FormatError(FILE, msg('reviewOtherId', { id, title: doc.title }), atPart('docProps/custom.xml'));
  }
  const table = descendants(parseXml(xml, FILE, 'word/document.xml'), 'w:tbl', '')[0];
  if (!table) throw new FormatError(FILE, msg('reviewNoTable'), atPart('word/document.xml'));
  const kept = descendants(childrenOf(table), 'w:tr').filter((r) => !isDeletedRow(r));
  const rows = kept.map((r) => descendants(childrenOf(r), 'w:tc').map((c) => cellText(c, FILE)));
  const wordComments = commentTexts(await readPart(zip, 'word/comments.xml'));
  const commentIds = kept.map(commentIdsIn);
  const columns = layout(props.get(COLUMNS_PROPERTY), rows);
  const col = (c: Column) => columns.indexOf(c);
  const numbered = col('number') >= 0;
  // Without a number column the rows are taken in order, after the header row.
  const data = numbered ? rows.filter((r) => isNumber(r[col('number')] ?? '')) : rows.slice(1);

  const changes: ReviewChange[] = [];
  const comments: ReviewComment[] = [];
  const notes: ReviewNote[] = [];
  const dataRows = numbered
    ? rows.flatMap((r, k) => (isNumber(r[col('number')] ?? '') ? [k] : []))
    : rows.slice(1).map((_, k) => k + 1);
  data.forEach((row, i) => {
    const index = numbered ? Number(norm(row[col('number')]!)) - 1 : i;
    const paragraph = doc.paragraphList[index];
    const arabic = row[col('source')] ?? '';
    if (!paragraph || norm(arabic) !== norm(visiblePlaceholders(paragraph.source))) {
      throw new FormatError(
        FILE,
        msg('reviewArabicDiffers', { n: index + 1, title: doc.title }),
        msg('atTableRow', { row: i + 2 }),
      );
    }
    // Codes were shown as ⟦n⟧ in the file: they come back as placeholders.
    const after = hiddenPlaceholders((row[col('target')] ?? '').trim());
    const exported = paragraph.status === 'untranslated' ? '' : paragraph.target;
    if (norm(after) !== norm(exported)) changes.push({ index, before: paragraph.target, after });
    if (col('comments') >= 0) {
      const note = (row[col('comments')] ?? '').trim();
      if (norm(note) !== norm(paragraph.note ?? '')) notes.push({ index, note });
    }
    for (const cid of commentIds[dataRows[i]!] ?? []) {
      const c = wordComments.get(cid);
      if (c && c.text) comments.push({ index, ...c });
    }
  });
  if (
    (data.length === 0 && doc.paragraphList.length > 0) ||
    (id === undefined && data.length !== doc.paragraphList.length)
  ) {
    throw new FormatError(
      FILE,
      msg('reviewRowCount', { rows: data.length, title: doc.title, paragraphs: doc.paragraphList.length }),
    );
  }
  const exportId = props.get(EXPORT_PROPERTY);
  return exportId ? { changes, comments, notes, exportId } : { changes, comments, notes };
}

/** Word's comments by id (word/comments.xml): the author's name and the text, paragraphs joined by line breaks. */
function commentTexts(xml: string | undefined): Map<string, { author: string; text: string }> {
  const out = new Map<string, { author: string; text: string }>();
  if (!xml) return out;
  for (const c of descendants(parseXml(xml, FILE, 'word/comments.xml'), 'w:comment', '')) {
    const attrs = attrsOf(c, FILE);
    const text = descendants(childrenOf(c), 'w:p', '')
      .map((p) => runText(childrenOf(p), FILE).trim())
      .filter(Boolean)
      .join('\n');
    out.set(String(attrs['w:id'] ?? ''), { author: String(attrs['w:author'] ?? '').trim(), text });
  }
  return out;
}

/** The ids of the comments anchored in a table row (their range starts there, or their reference mark is there). */
function commentIdsIn(row: XmlNode): string[] {
  const ids = new Set<string>();
  for (const name of ['w:commentRangeStart', 'w:commentReference']) {
    for (const n of descendants(childrenOf(row), name, '')) ids.add(String(rawAttrs(n)['w:id'] ?? ''));
  }
  return [...ids];
}

function customProperties(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  const visit = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (!tag) continue;
      if (localName(tag) === 'property')
        out.set(String(rawAttrs(n)['name'] ?? ''), plainText(childrenOf(n), FILE).trim());
      else visit(childrenOf(n));
    }
  };
  visit(parseXml(xml, FILE, 'docProps/custom.xml'));
  return out;
}

/** The column layout recorded at export, else worked out from the cells (number first, status last). */
function layout(recorded: string | undefined, rows: string[][]): Column[] {
  const known: Column[] = ['number', 'source', 'target', 'status', 'comments'];
  const parsed = recorded?.split(',').map((c) => c.trim()) ?? [];
  if (parsed.length >= 2 && parsed.every((c): c is Column => (known as string[]).includes(c))) return parsed;
  const body = rows.slice(1);
  const width = Math.max(0, ...body.map((r) => r.length));
  const numbered = width >= 3 && body.length > 0 && body.every((r) => isNumber(r[0] ?? ''));
  const first = numbered ? 1 : 0;
  const arabicIn = (c: number) => body.reduce((sum, r) => sum + arabicLetters(r[c] ?? ''), 0);
  const pair: Column[] = arabicIn(first) >= arabicIn(first + 1) ? ['source', 'target'] : ['target', 'source'];
  const cols: Column[] = [...(numbered ? (['number'] as Column[]) : []), ...pair];
  return width > cols.length ? [...cols, 'status'] : cols;
}
