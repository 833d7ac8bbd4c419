/**
 * XML hygiene for glossary files that come from outside: entities are never expanded (no billion laughs, no external
 * entities). A plain `<!DOCTYPE martif SYSTEM "…">` line is accepted; an internal subset or any `<!ENTITY` is refused.
 * The parser is run with entity processing off, then only the five predefined entities and numeric character
 * references are decoded here.
 */
import type { Message } from '../i18n/message';
import { msg } from '../i18n/message';

/** 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Why the document must be refused, with the line, or null when its prolog is acceptable. */
export function refuseUnsafeXml(text: string): { line: number; reason: Message } | null {
  const entity = text.search(/<!ENTITY/i);
  if (entity >= 0) {
    return { line: lineAt(text, entity), reason: msg('tbxEntity') };
  }
  const doctype = text.search(/<!DOCTYPE/i);
  if (doctype >= 0) {
    // Read to the end of the declaration, skipping quoted literals (a SYSTEM path may contain any character).
    let quote = '';
    for (let i = doctype + 9; i < text.length; i++) {
      const ch = text[i];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") {
        quote = ch;
      } else if (ch === '[') {
        return { line: lineAt(text, i), reason: msg('tbxDoctype') };
      } else if (ch === '>') {
        break;
      }
    }
  }
  return null;
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Decodes the five predefined entities and numeric references; any other `&name;` is left as written. */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return isXmlChar(cp) ? String.fromCodePoint(cp) : whole;
    }
    return PREDEFINED[body] ?? whole;
  });
}

/** Escapes text for element content and double-quoted attributes; drops characters XML 1.0 cannot carry. */
export function escapeXml(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (!isXmlChar(cp)) continue;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else out += ch;
  }
  return out;
}
