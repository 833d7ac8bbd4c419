/**
 * Reads back a bilingual DOCX that a reviewer edited in Word or LibreOffice: rows are found by paragraph
 * number, the Arabic column must still be this document's Arabic, and the changed English is returned.
 * Tracked changes count as accepted.
 */
import type { DocumentFull } from '../model';
import type { Column } from './columns';
import { COLUMNS_PROPERTY, EXPORT_PROPERTY, ID_PROPERTY } from './docx-bilingual';
import { cellText, descendants, isDeletedRow } from './docx-xml';
import { FormatError } from './errors';
import { hiddenPlaceholders, visiblePlaceholders } from './placeholders';
import { childrenOf, localName, parseXml, plainText, rawAttrs, tagOf, type XmlNode } from './xml';
import { openZip, readPart } from './zip';

export interface ReviewChange {
  index: number;
  before: string;
  after: string;
}

const FILE = 'the reviewed DOCX';
const INVISIBLE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;
const norm = (text: string) => text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
const isNumber = (text: string) => /^\d+$/.test(norm(text));
const arabicLetters = (text: string) => (text.match(/[\u0600-\u06FF]/g) ?? []).length;

export async function readReview(
  bytes: Uint8Array,
  doc: DocumentFull,
): Promise<{ changes: ReviewChange[]; exportId?: string }> {
  if (bytes.length === 0) throw new FormatError(FILE, 'the file is empty (0 bytes)');
  const zip = await openZip(bytes, FILE);
  const xml = await readPart(zip, 'word/document.xml');
  if (xml === undefined) throw new FormatError(FILE, 'not a Word document: word/document.xml is missing');
  const props = customProperties(await readPart(zip, 'docProps/custom.xml'));
  const id = props.get(ID_PROPERTY);
  if (id !== undefined && id !== doc.id) {
    throw new FormatError(FILE, `this file belongs to another document (id ${id}), not to "${doc.title}"`, 'docProps/custom.xml');
  }
  const table = descendants(parseXml(xml, FILE, 'word/document.xml'), 'w:tbl', '')[0];
  if (!table) throw new FormatError(FILE, 'no bilingual table found', 'word/document.xml');
  const rows = descendants(childrenOf(table), 'w:tr')
    .filter((r) => !isDeletedRow(r))
    .map((r) => descendants(childrenOf(r), 'w:tc').map((c) => cellText(c, FILE)));
  const columns = layout(props.get(COLUMNS_PROPERTY), rows);
  const col = (c: Column) => columns.indexOf(c);
  const numbered = col('number') >= 0;
  // Without a number column the rows are taken in order, after the header row.
  const data = numbered ? rows.filter((r) => isNumber(r[col('number')] ?? '')) : rows.slice(1);

  const changes: ReviewChange[] = [];
  data.forEach((row, i) => {
    const index = numbered ? Number(norm(row[col('number')]!)) - 1 : i;
    const paragraph = doc.paragraphList[index];
    const arabic = row[col('source')] ?? '';
    if (!paragraph || norm(arabic) !== norm(visiblePlaceholders(paragraph.source))) {
      throw new FormatError(FILE, `this file belongs to another document: the Arabic of paragraph ${index + 1} does not match "${doc.title}"`, `table row ${i + 2}`);
    }
    // Codes were shown as ⟦n⟧ in the file: they come back as placeholders.
    const after = hiddenPlaceholders((row[col('target')] ?? '').trim());
    const exported = paragraph.status === 'untranslated' ? '' : paragraph.target;
    if (norm(after) !== norm(exported)) changes.push({ index, before: paragraph.target, after });
  });
  if ((data.length === 0 && doc.paragraphList.length > 0) || (id === undefined && data.length !== doc.paragraphList.length)) {
    throw new FormatError(FILE, `this file belongs to another document: its table has ${data.length} rows, "${doc.title}" has ${doc.paragraphList.length} paragraphs`);
  }
  const exportId = props.get(EXPORT_PROPERTY);
  return exportId ? { changes, exportId } : { changes };
}

function customProperties(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  const visit = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (!tag) continue;
      if (localName(tag) === 'property') out.set(String(rawAttrs(n)['name'] ?? ''), plainText(childrenOf(n), FILE).trim());
      else visit(childrenOf(n));
    }
  };
  visit(parseXml(xml, FILE, 'docProps/custom.xml'));
  return out;
}

/** The column layout recorded at export, else worked out from the cells (number first, status last). */
function layout(recorded: string | undefined, rows: string[][]): Column[] {
  const known: Column[] = ['number', 'source', 'target', 'status'];
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
