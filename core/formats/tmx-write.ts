/** TMX 1.4b export: the confirmed (translated) pairs only, so the memory never learns unreviewed drafts. */
import type { DocumentFull } from '../model';
import { writeTmxInline } from './placeholders';
import { escapeXml } from './xml';
import { unitIds } from './xliff-write';
import { isDone } from '../model';

/** TMX dates are UTC in the basic ISO form 20260131T120000Z. */
function tmxDate(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function exportTmx(doc: DocumentFull, now: Date): string {
  const paragraphs = doc.paragraphList;
  const ids = unitIds(paragraphs, '1.2');
  const units = paragraphs
    .map((p, i) => ({ p, id: ids[i]! }))
    .filter(({ p }) => isDone(p.status) && p.target.trim() !== '')
    .map(
      ({ p, id }) =>
        `    <tu tuid="${escapeXml(id)}">\n` +
        `      <tuv xml:lang="ar"><seg>${writeTmxInline(p.source, p.inline, escapeXml)}</seg></tuv>\n` +
        `      <tuv xml:lang="en"><seg>${writeTmxInline(p.target, p.inline, escapeXml)}</seg></tuv>\n    </tu>`,
    );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n` +
    `  <header creationtool="Dragoman" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="dragoman"` +
    ` adminlang="en" srclang="ar" datatype="plaintext" creationdate="${tmxDate(now)}"/>\n` +
    `  <body>\n${units.join('\n')}\n  </body>\n</tmx>\n`
  );
}
