/** Test helper: edits a bilingual DOCX the way a reviewer's word processor would, at the XML level. */
import JSZip from 'jszip';

/** Rewrites the English cell of table row `row` (1 = first paragraph) with the given runs XML. */
export async function editTargetCell(bytes: Uint8Array, row: number, targetColumn: number, runsXml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const rows = xml.split('<w:tr>');
  const cells = rows[row + 1]!.split('<w:tc>');
  // Keep the cell and paragraph properties, replace the runs of the cell's first paragraph.
  cells[targetColumn + 1] = cells[targetColumn + 1]!.replace(/(<w:p>(?:<w:pPr>.*?<\/w:pPr>)?).*?(<\/w:p>)/, `$1${runsXml}$2`);
  rows[row + 1] = cells.join('<w:tc>');
  zip.file('word/document.xml', rows.join('<w:tr>'));
  return zip.generateAsync({ type: 'uint8array' });
}

export const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const inserted = (text: string) =>
  `<w:ins w:id="901" w:author="Reviewer" w:date="2026-03-05T10:00:00Z">${run(text)}</w:ins>`;
export const deleted = (text: string) =>
  `<w:del w:id="902" w:author="Reviewer" w:date="2026-03-05T10:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;

export async function removeCustomProperties(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.remove('docProps/custom.xml');
  return zip.generateAsync({ type: 'uint8array' });
}
