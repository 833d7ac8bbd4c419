/** Test helper: edits a bilingual DOCX the way a reviewer's word processor would, at the XML level. */
import JSZip from 'jszip';

/** Rewrites the English cell of table row `row` (1 = first paragraph) with the given runs XML. */
export async function editTargetCell(
  bytes: Uint8Array,
  row: number,
  targetColumn: number,
  runsXml: string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const rows = xml.split('<w:tr>');
  const cells = rows[row + 1]!.split('<w:tc>');
  // Keep the cell and paragraph properties, replace the runs of the cell's first paragraph.
  cells[targetColumn + 1] = cells[targetColumn + 1]!.replace(
    /(<w:p>(?:<w:pPr>.*?<\/w:pPr>)?).*?(<\/w:p>)/,
    `$1${runsXml}$2`,
  );
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

/**
 * Adds a Word comment by `author` on the English cell of table row `row` (1 = first paragraph), the way Word
 * writes one: a range in the cell, a reference run, the text in word/comments.xml (with its part declared).
 */
export async function addWordComment(
  bytes: Uint8Array,
  row: number,
  targetColumn: number,
  author: string,
  text: string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const existing = await zip.file('word/comments.xml')?.async('string');
  const id = existing ? (existing.match(/<w:comment /g) ?? []).length : 0;
  const rows = xml.split('<w:tr>');
  const cells = rows[row + 1]!.split('<w:tc>');
  cells[targetColumn + 1] = cells[targetColumn + 1]!.replace(
    /(<w:p>(?:<w:pPr>.*?<\/w:pPr>)?)(.*?)(<\/w:p>)/,
    `$1<w:commentRangeStart w:id="${id}"/>$2<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>$3`,
  );
  rows[row + 1] = cells.join('<w:tc>');
  zip.file('word/document.xml', rows.join('<w:tr>'));
  const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const comment = `<w:comment w:id="${id}" w:author="${escaped(author)}" w:date="2026-03-05T10:00:00Z" w:initials="R"><w:p>${run(escaped(text))}</w:p></w:comment>`;
  if (existing) {
    zip.file('word/comments.xml', existing.replace('</w:comments>', `${comment}</w:comments>`));
  } else {
    zip.file(
      'word/comments.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${comment}</w:comments>`,
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
      ),
    );
    const relsPath = 'word/_rels/document.xml.rels';
    const rels = await zip.file(relsPath)!.async('string');
    zip.file(
      relsPath,
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdDragomanTestComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
      ),
    );
  }
  return zip.generateAsync({ type: 'uint8array' });
}
