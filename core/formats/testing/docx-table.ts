/** Test helper: the tables of a DOCX as parsed XML nodes and cell texts. */
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
  return descendants([node], name, '').some((n) => val === undefined || (n[':@'] as Record<string, string> | undefined)?.['w:val'] === val);
}
