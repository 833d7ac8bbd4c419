/** Test helpers: the tables of a DOCX as parsed XML nodes and cell texts, and the first table as a test reads it (unit tests and e2e). */
import JSZip from 'jszip';
import { cellText, descendants } from '../docx-xml';
import { childrenOf, parseXml, type XmlNode } from '../xml';

export interface DocxTables {
  xml: string;
  tables: XmlNode[];
  rows: (table: XmlNode) => XmlNode[];
  cells: (row: XmlNode) => XmlNode[];
  texts: (table: XmlNode) => string[][];
  zip: JSZip;
}

export async function docxTables(bytes: Uint8Array): Promise<DocxTables> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const tables = descendants(parseXml(xml, 'test.docx'), 'w:tbl', '');
  const rows = (t: XmlNode) => descendants(childrenOf(t), 'w:tr');
  const cells = (r: XmlNode) => descendants(childrenOf(r), 'w:tc');
  const texts = (t: XmlNode) => rows(t).map((r) => cells(r).map((c) => cellText(c, 'test.docx')));
  return { xml, tables, rows, cells, texts, zip };
}

/** Whether a node has a descendant element `name` (optionally with attribute w:val = val). */
export function hasElement(node: XmlNode, name: string, val?: string): boolean {
  return descendants([node], name, '').some(
    (n) => val === undefined || (n[':@'] as Record<string, string> | undefined)?.['w:val'] === val,
  );
}

/** One cell of a DOCX table as a test looks at it: its text, bidi paragraphs, right-to-left runs. */
export interface DocxCell {
  text: string;
  bidi: boolean;
  rtl: boolean;
}

const ON = new Set(['1', 'true', 'on']);
/** An on/off property (w:bidi, w:rtl) set anywhere under the node: present without w:val, or w:val on. */
function isOn(node: XmlNode, name: string): boolean {
  return descendants([node], name, '').some((n) => {
    const val = (n[':@'] as Record<string, string> | undefined)?.['w:val'];
    return val === undefined || ON.has(val);
  });
}

/**
 * The first table of a DOCX (the bilingual export's one table) as rows of cells, and whether the table turns
 * Word's visual right-to-left column order off (`w:bidiVisual w:val="0"`), as the bilingual export must.
 */
export async function readDocxTable(
  bytes: Uint8Array,
): Promise<{ rows: DocxCell[][]; bidiVisualOff: boolean; xml: string }> {
  const { xml, tables, rows, cells } = await docxTables(bytes);
  const table = tables[0];
  if (!table) return { rows: [], bidiVisualOff: false, xml };
  const visual = descendants([table], 'w:bidiVisual', '');
  return {
    rows: rows(table).map((r) =>
      cells(r).map((c) => ({ text: cellText(c, 'test.docx'), bidi: isOn(c, 'w:bidi'), rtl: isOn(c, 'w:rtl') })),
    ),
    bidiVisualOff: visual.some((n) =>
      ['0', 'false', 'off'].includes((n[':@'] as Record<string, string> | undefined)?.['w:val'] ?? ''),
    ),
    xml,
  };
}
