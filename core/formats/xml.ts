/**
 * Safe XML reading and writing for the formats (XLIFF, DOCX parts).
 * fast-xml-parser runs with entity processing off; we decode only the five predefined entities and
 * numeric character references ourselves, and refuse DTD declarations outright, so no entity
 * expansion (billion laughs, external entities) can ever happen.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atLine, FormatError } from './errors';
import type { Message } from '../i18n/message';
import { msg } from '../i18n/message';

/** A node of fast-xml-parser's `preserveOrder` output: `{ tag: children, ':@': attrs }` or `{ '#text': s }`. */
export type XmlNode = Record<string, unknown>;

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: '#cdata',
  textNodeName: '#text',
} as const;

/** Refuses DTD features that could define entities: a bare `<!DOCTYPE x>` is harmless and accepted. */
export function assertNoDtd(xml: string, fileName: string, part?: string): void {
  const entity = xml.search(/<!ENTITY/i);
  if (entity >= 0) {
    throw new FormatError(fileName, msg('xmlEntity'), lineAt(xml, entity, part));
  }
  const doctype = /<!DOCTYPE[^>[]*\[/i.exec(xml);
  if (doctype) {
    throw new FormatError(fileName, msg('xmlDoctype'), lineAt(xml, doctype.index, part));
  }
}

function lineAt(text: string, offset: number, part?: string): Message {
  return atLine(text.slice(0, offset).split('\n').length, part);
}

/** Parses XML text into ordered nodes, after the DTD check and a well-formedness check with line numbers. */
export function parseXml(xml: string, fileName: string, part?: string): XmlNode[] {
  assertNoDtd(xml, fileName, part);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new FormatError(fileName, msg('xmlMalformed', { detail: valid.err.msg }), atLine(valid.err.line, part));
  }
  assertDepth(xml, fileName, part);
  return new XMLParser(PARSER_OPTIONS).parse(xml) as XmlNode[];
}

/** Deeper than any XLIFF, TMX, TBX or DOCX part; past it the parser and our walks would recurse too deep. */
export const MAX_XML_DEPTH = 1000;

/** One linear pass over the tags of well-formed XML (validated above): refuses nesting past MAX_XML_DEPTH. */
function assertDepth(xml: string, fileName: string, part?: string): void {
  const tag = /<(\/?)[A-Za-z_][^>]*?(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g;
  let depth = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[0].startsWith('<!')) continue;
    if (m[1]) depth--;
    else if (!m[2] && ++depth > MAX_XML_DEPTH) {
      throw new FormatError(fileName, msg('xmlTooDeep', { depth: MAX_XML_DEPTH }), lineAt(xml, m.index, part));
    }
  }
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined entities and numeric references; any other named entity is an error (no DTD defines it). */
export function decodeXml(raw: string, fileName: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g, (_m, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) throw new FormatError(fileName, msg('xmlBadReference', { name }));
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[name];
    if (value === undefined) throw new FormatError(fileName, msg('xmlUndefinedEntity', { name }));
    return value;
  });
}

/** Escapes text for element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''); // not allowed in XML 1.0
}

/** The element name of a node, or undefined for text/CDATA/comment nodes. */
export function tagOf(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) {
    if (key !== ':@' && key !== '#text' && key !== '#cdata' && !key.startsWith('?')) return key;
  }
  return undefined;
}

/** The name without its namespace prefix: `xliff:unit` → `unit`. */
export function localName(tag: string): string {
  const i = tag.indexOf(':');
  return i >= 0 ? tag.slice(i + 1) : tag;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** Raw (undecoded) attributes of an element. */
export function rawAttrs(node: XmlNode): Record<string, string> {
  const attrs = node[':@'];
  return attrs && typeof attrs === 'object' ? (attrs as Record<string, string>) : {};
}

/** Decoded attributes of an element. */
export function attrsOf(node: XmlNode, fileName: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs(node))) out[k] = decodeXml(String(v), fileName);
  return out;
}

/** Child elements whose local name is `name`. */
export function elements(nodes: XmlNode[], name: string): XmlNode[] {
  return nodes.filter((n) => {
    const tag = tagOf(n);
    return tag !== undefined && localName(tag) === name;
  });
}

/** Text of a text or CDATA node (decoded), or undefined for elements. */
export function textOfNode(node: XmlNode, fileName: string): string | undefined {
  if ('#text' in node) return decodeXml(String(node['#text']), fileName);
  if ('#cdata' in node) {
    const inner = node['#cdata'];
    return Array.isArray(inner) ? inner.map((n: XmlNode) => String(n['#text'] ?? '')).join('') : '';
  }
  return undefined;
}

/** All text inside a node list, markup dropped (used for notes and native code content). */
export function plainText(nodes: XmlNode[], fileName: string): string {
  let out = '';
  for (const n of nodes) out += textOfNode(n, fileName) ?? plainText(childrenOf(n), fileName);
  return out;
}
