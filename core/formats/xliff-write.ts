/**
 * XLIFF 2.0 and 1.2 export: one unit per paragraph in order, ids stable across exports (the id the
 * paragraph came with, else p{n}), statuses mapped to the standard states, notes and inline codes carried.
 */
import type { DocumentFull, Paragraph, Status } from '../model';
import { writeInline } from './placeholders';
import { escapeXml } from './xml';

const NMTOKEN = /^[\p{L}\p{N}._:\-\u00B7]+$/u;

/** Unit ids: the imported id when usable and unique, else p{index+1} (which never changes for a paragraph). */
export function unitIds(paragraphs: Paragraph[], version: '1.2' | '2.0'): string[] {
  const used = new Set<string>();
  return paragraphs.map((p, i) => {
    const ext = p.externalId?.trim();
    const ok = ext && !used.has(ext) && (version === '1.2' || NMTOKEN.test(ext));
    let id = ok ? ext : `p${i + 1}`;
    for (let n = 2; used.has(id); n++) id = `p${i + 1}-${n}`;
    used.add(id);
    return id;
  });
}

const hasTarget = (p: Paragraph) => p.target.trim() !== '' && p.status !== 'untranslated';

export function exportXliff20(doc: DocumentFull): string {
  const paragraphs = doc.paragraphList;
  const ids = unitIds(paragraphs, '2.0');
  const units = paragraphs.map((p, i) => {
    const notes = p.note ? `\n      <notes><note>${escapeXml(p.note)}</note></notes>` : '';
    const data =
      p.inline?.xliff === '2.0' && p.inline.originalData?.length
        ? `\n      <originalData>${p.inline.originalData.map((d) => `<data id="${escapeXml(d.id)}">${escapeXml(d.text)}</data>`).join('')}</originalData>`
        : '';
    const state =
      !hasTarget(p) || p.status === 'draft' ? 'initial' : p.status === 'reviewed' ? 'reviewed' : 'translated';
    const target = hasTarget(p)
      ? `\n        <target>${writeInline(p.target, p.inline, '2.0', escapeXml)}</target>`
      : '';
    return (
      `    <unit id="${escapeXml(ids[i]!)}">${notes}${data}\n      <segment state="${state}">` +
      `\n        <source>${writeInline(p.source, p.inline, '2.0', escapeXml)}</source>${target}\n      </segment>\n    </unit>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="en">\n` +
    `  <file id="f1" original="${escapeXml(doc.title || doc.id)}">\n${units.join('\n')}\n  </file>\n</xliff>\n`
  );
}

const STATE_12: Record<Status, string> = {
  untranslated: 'needs-translation',
  draft: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
};

export function exportXliff12(doc: DocumentFull): string {
  const paragraphs = doc.paragraphList;
  const ids = unitIds(paragraphs, '1.2');
  const units = paragraphs.map((p, i) => {
    const status: Status = hasTarget(p) ? p.status : 'untranslated';
    const target = hasTarget(p) ? writeInline(p.target, p.inline, '1.2', escapeXml) : '';
    const note = p.note ? `\n        <note>${escapeXml(p.note)}</note>` : '';
    return (
      `      <trans-unit id="${escapeXml(ids[i]!)}" xml:space="preserve">` +
      `\n        <source>${writeInline(p.source, p.inline, '1.2', escapeXml)}</source>` +
      `\n        <target state="${STATE_12[status]}">${target}</target>${note}\n      </trans-unit>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n` +
    `  <file original="${escapeXml(doc.title || doc.id)}" source-language="ar" target-language="en" datatype="plaintext">\n` +
    `    <header><tool tool-id="dragoman" tool-name="Dragoman"/></header>\n` +
    `    <body>\n${units.join('\n')}\n    </body>\n  </file>\n</xliff>\n`
  );
}
