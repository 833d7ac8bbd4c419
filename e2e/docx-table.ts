/** Reads the first table of a DOCX the way a test needs it: rows of cells, each with its text and direction. */
import JSZip from 'jszip';

export interface DocxCell {
  text: string;
  bidi: boolean;
  rtl: boolean;
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function readDocxTable(bytes: Uint8Array): Promise<{ rows: DocxCell[][]; bidiVisualOff: boolean; xml: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml)?.[1] ?? '';
  const rows = [...table.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => ({
      text: textOf(c[1]!),
      bidi: /<w:bidi\/>|<w:bidi w:val="(?:1|true|on)"\/>/.test(c[1]!),
      rtl: /<w:rtl\/>|<w:rtl w:val="(?:1|true|on)"\/>/.test(c[1]!),
    })),
  );
  return { rows, bidiVisualOff: /<w:bidiVisual w:val="(?:0|false|off)"\/>/.test(table), xml };
}
