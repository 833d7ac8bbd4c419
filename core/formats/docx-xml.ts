/**
 * Reading WordprocessingML text the way Word shows it after "accept all changes": inserted text (w:ins) is
 * in, deleted text (w:del, w:delText, w:moveFrom) is out, field codes are out, field results are in.
 */
import { childrenOf, decodeXml, tagOf, type XmlNode } from './xml';

// Properties and alternate renderings hold no visible text of their own (or duplicate it).
const SKIP = new Set([
  'w:del',
  'w:delText',
  'w:moveFrom',
  'w:instrText',
  'w:delInstrText',
  'w:pPr',
  'w:rPr',
  'w:tcPr',
  'w:trPr',
  'w:tblPr',
  'w:sectPr',
  'mc:Fallback',
  'w:commentReference',
  'w:footnoteReference',
  'w:endnoteReference',
]);

export function runText(nodes: XmlNode[], fileName: string): string {
  let out = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (!tag || SKIP.has(tag)) continue;
    if (tag === 'w:t') {
      for (const t of childrenOf(node)) if ('#text' in t) out += decodeXml(String(t['#text']), fileName);
    } else if (tag === 'w:tab') out += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') out += '\n';
    else if (tag === 'w:noBreakHyphen') out += '-';
    else out += runText(childrenOf(node), fileName);
  }
  return out;
}

/** Descendants named `name`, not looking inside `stopAt` elements (nested tables). */
export function descendants(nodes: XmlNode[], name: string, stopAt = 'w:tbl'): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (!tag) continue;
    if (tag === name) out.push(node);
    else if (tag !== stopAt) out.push(...descendants(childrenOf(node), name, stopAt));
  }
  return out;
}

/** Text of a table cell: its paragraphs joined by line breaks. */
export function cellText(cell: XmlNode, fileName: string): string {
  return descendants(childrenOf(cell), 'w:p')
    .map((p) => runText(childrenOf(p), fileName))
    .join('\n');
}

/** A row the reviewer deleted with track changes on (w:trPr/w:del) counts as gone. */
export function isDeletedRow(row: XmlNode): boolean {
  const trPr = childrenOf(row).find((n) => tagOf(n) === 'w:trPr');
  return trPr !== undefined && childrenOf(trPr).some((n) => tagOf(n) === 'w:del');
}
