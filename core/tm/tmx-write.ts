/** TMX 1.4b export of a whole memory: ids, authors, dates, origin, notes, props and inline codes written back. */
import { escapeXml } from '../formats/xml';
import type { InlineCode } from '../model';

export interface TmxOutUnit {
  id: string;
  tuid?: string | undefined;
  source: string;
  target: string;
  author?: string | undefined;
  created: string;
  changed: string;
  /** `document:ID:N` or `file:NAME`, kept as a prop so a re-import knows where the unit came from. */
  origin?: string | undefined;
  codes?: InlineCode[] | undefined;
  notes?: string[] | undefined;
  props?: Record<string, string> | undefined;
}

const tmxDate = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function attrsOf(a: Record<string, string>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

function codeMarkup(c: InlineCode): string {
  if (c.tag === 'hi') return c.kind === 'open' ? `<hi${attrsOf(c.attrs)}>` : c.kind === 'close' ? '</hi>' : '';
  return `<${c.tag}${attrsOf(c.attrs)}>${escapeXml(c.content ?? '')}</${c.tag}>`;
}

function seg(text: string, codes: InlineCode[] | undefined): string {
  let out = '';
  let plain = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const c = code >= 0xe000 && code <= 0xf8ff ? codes?.[code - 0xe000] : undefined;
    if (c) {
      out += escapeXml(plain) + codeMarkup(c);
      plain = '';
    } else plain += ch;
  }
  return out + escapeXml(plain);
}

export function writeTmx(units: readonly TmxOutUnit[], now: string): string {
  const body = units.map((u) => {
    const props = { ...(u.props ?? {}), ...(u.origin ? { 'x-dragoman-origin': u.origin } : {}), 'x-dragoman-id': u.id };
    const author = u.author ? ` creationid="${escapeXml(u.author)}" changeid="${escapeXml(u.author)}"` : '';
    return (
      `    <tu tuid="${escapeXml(u.tuid ?? u.id)}"${author} creationdate="${tmxDate(u.created)}" changedate="${tmxDate(u.changed)}">\n` +
      (u.notes ?? []).map((n) => `      <note>${escapeXml(n)}</note>\n`).join('') +
      Object.entries(props)
        .map(([k, v]) => `      <prop type="${escapeXml(k)}">${escapeXml(v)}</prop>\n`)
        .join('') +
      `      <tuv xml:lang="ar"><seg>${seg(u.source, u.codes)}</seg></tuv>\n` +
      `      <tuv xml:lang="en"><seg>${seg(u.target, u.codes)}</seg></tuv>\n    </tu>\n`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n` +
    `  <header creationtool="Dragoman" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="dragoman"` +
    ` adminlang="en" srclang="ar" datatype="plaintext" creationdate="${tmxDate(now)}"/>\n` +
    `  <body>\n${body.join('')}  </body>\n</tmx>\n`
  );
}
