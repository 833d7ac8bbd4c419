/**
 * TMX 1.4b reading, made for large memories: one pass of regular expressions over the text (no DOM), the line of
 * every unit known, so a bad unit is reported as "line N: …". UTF-8 and UTF-16 (with or without BOM); language
 * codes in any case and region (ar, ar-SY, AR, en-US…); inline codes bpt/ept/ph/it/ut and the hi wrapper become the
 * protected placeholders the editor shows (U+E000 + n), their markup kept; notes and props kept.
 *
 * What makes the whole file unusable (an entity declaration, a truncated file, no Arabic–English units at all)
 * throws a TmxError with its line; a single bad unit (no Arabic, no English, an unknown entity) is skipped and listed.
 */
import type { InlineCode } from '../model';
import type { Message } from '../i18n/message';
import { englishText, isMessage, msg } from '../i18n/message';

export class TmxError extends Error {
  /** "FILE: line N: REASON" as a message the UI shows in its language. */
  readonly detail: Message;
  constructor(
    readonly fileName: string,
    readonly line: number,
    reason: Message,
  ) {
    const detail = msg('fileLine', { file: fileName, line, reason });
    super(englishText(detail));
    this.detail = detail;
  }
}

export interface TmxUnit {
  line: number;
  source: string;
  target: string;
  tuid?: string;
  author?: string;
  created?: string;
  changed?: string;
  codes?: InlineCode[];
  notes?: string[];
  props?: Record<string, string>;
}

export interface TmxRead {
  units: TmxUnit[];
  skipped: Array<{ line: number; message: Message }>;
}

/** Decodes the bytes of a TMX: BOMs, UTF-16 without BOM (recognised by its `<` and a zero byte), else strict UTF-8. */
export function decodeTmx(bytes: Uint8Array, fileName: string): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let encoding = 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) encoding = 'utf-16le';
  else if (b0 === 0xfe && b1 === 0xff) encoding = 'utf-16be';
  else if (b0 === 0x3c && b1 === 0) encoding = 'utf-16le';
  else if (b0 === 0 && b1 === 0x3c) encoding = 'utf-16be';
  try {
    // TextDecoder drops the BOM itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new TmxError(fileName, 1, msg('tmxEncoding', { encoding: encoding.toUpperCase() }));
  }
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class EntityError extends Error {
  constructor(readonly reason: Message) {
    super(englishText(reason));
  }
}

function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new EntityError(msg('tmxBareAmp'));
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new EntityError(msg('tmxBadCharRef', { ref: whole }));
      return String.fromCodePoint(code);
    }
    const v = PREDEFINED[name];
    if (v === undefined) throw new EntityError(msg('tmxUndefinedEntity', { name }));
    return v;
  });
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

// exec on one shared expression, not matchAll (which copies the expression each call): this runs on every unit.
function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m !== null; m = ATTR.exec(s)) out[m[1]!] = decode(m[2] ?? m[3] ?? '');
  return out;
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const stripTags = (s: string): string => s.replace(/<[^>]*>/g, '');

/** Collects one unit's inline codes: the source adds them, the target reuses the source's by element and i/x. */
class Codes {
  readonly list: InlineCode[] = [];
  private used = new Set<number>();
  side(): void {
    this.used = new Set();
  }
  add(code: InlineCode): string {
    const key = (c: InlineCode): string =>
      `${c.tag}|${c.kind}|${c.attrs['i'] ?? ''}|${c.attrs['x'] ?? ''}|${c.attrs['type'] ?? ''}`;
    const k = key(code);
    let index = this.list.findIndex((c, i) => !this.used.has(i) && key(c) === k);
    if (index < 0) index = this.list.push(code) - 1;
    this.used.add(index);
    return String.fromCharCode(0xe000 + index);
  }
}

const INLINE = /<(bpt|ept|ph|it|ut)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)|<hi\b([^>]*?)(\/>|>)|<\/hi>|<[^>]*>/g;

/** A segment's content as text with placeholders. */
function segText(raw: string, codes: Codes): string {
  // Plain text, the usual segment: no markup to read.
  if (!raw.includes('<')) return decode(raw);
  const withCdata = raw.replace(CDATA, (_m, t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  let out = '';
  let last = 0;
  const hiStack: number[] = [];
  for (const m of withCdata.matchAll(INLINE)) {
    out += decode(withCdata.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1]) {
      const content = decode(stripTags(m[4] ?? ''));
      out += codes.add({ tag: m[1], kind: 'empty', attrs: attrs(m[2] ?? ''), ...(content ? { content } : {}) });
    } else if (m[0].startsWith('<hi')) {
      if (m[6] === '/>') continue;
      const ch = codes.add({ tag: 'hi', kind: 'open', attrs: attrs(m[5] ?? '') });
      hiStack.push(ch.charCodeAt(0) - 0xe000);
      out += ch;
    } else if (m[0] === '</hi>') {
      const open = hiStack.pop();
      const ch = codes.add({ tag: 'hi', kind: 'close', attrs: {} });
      const close = ch.charCodeAt(0) - 0xe000;
      if (open !== undefined) {
        codes.list[open]!.pair = close;
        codes.list[close]!.pair = open;
      }
      out += ch;
    }
    // Any other tag inside a seg (sub, an unknown element) is dropped; its text is kept.
  }
  return out + decode(withCdata.slice(last));
}

/** TMX dates (20260131T120000Z) as ISO 8601; anything else is left out. */
function isoDate(d: string | undefined): string | undefined {
  // Neighbouring units mostly carry the same dates: the last one read is remembered.
  if (d === lastDate) return lastIso;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(d ?? '');
  lastDate = d;
  lastIso = m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : undefined;
  return lastIso;
}
let lastDate: string | undefined;
let lastIso: string | undefined;

export function readTmx(text: string, fileName: string): TmxRead {
  let lineOffset = 0;
  let line = 1;
  // Line ends are found with indexOf, not by visiting every character: a memory file is tens of megabytes.
  const lineOf = (offset: number): number => {
    for (let i = text.indexOf('\n', lineOffset); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    lineOffset = offset;
    return line;
  };
  const entity = text.search(/<!ENTITY/i);
  if (entity >= 0) throw new TmxError(fileName, lineOf(entity), msg('tmxEntity'));
  const subset = /<!DOCTYPE[^>[]*\[/i.exec(text);
  if (subset) throw new TmxError(fileName, lineOf(subset.index), msg('tmxDoctype'));
  const root = /<tmx\b/.exec(text);
  if (!root) throw new TmxError(fileName, 1, msg('tmxNoRoot'));
  const header = /<header\b([^>]*)>/.exec(text);
  const srclang = (header ? attrs(header[1]!)['srclang'] : undefined)?.toLowerCase();

  const units: TmxUnit[] = [];
  const skipped: TmxRead['skipped'] = [];
  const languages = new Set<string>();
  const TU = /<tu\b([^>]*)>([\s\S]*?)<\/tu>|<tu\b/g;
  let end = root.index;
  for (const m of text.matchAll(TU)) {
    const at = lineOf(m.index);
    if (m[2] === undefined) throw new TmxError(fileName, at, msg('tmxEndsInUnit'));
    const body = m[2];
    end = m.index + m[0].length;
    const nested = body.search(/<tu\b/);
    if (nested >= 0) throw new TmxError(fileName, at, msg('tmxUnclosedUnit'));
    try {
      const unit = readUnit(attrs(m[1] ?? ''), body, at, languages);
      if (isMessage(unit)) skipped.push({ line: at, message: unit });
      else units.push(unit);
    } catch (e) {
      if (!(e instanceof EntityError)) throw e;
      skipped.push({ line: at, message: e.reason });
    }
  }
  if (!/<\/tmx>\s*$/.test(text.slice(end))) throw new TmxError(fileName, lineOf(text.length), msg('tmxNoEnd'));
  const has = (p: string): boolean => [...languages].some((l) => l.split(/[-_]/)[0] === p);
  if (units.length === 0 && skipped.length > 0 && (!has('ar') || !has('en'))) {
    const pair = [...languages].join(', ') || srclang || 'none';
    throw new TmxError(fileName, skipped[0]!.line, msg('tmxNoPair', { languages: pair }));
  }
  return { units, skipped };
}

// Shared expressions, run with exec (readUnit is never re-entered while one of them is in a loop).
const TUV = /<tuv\b([^>]*)>([\s\S]*?)<\/tuv>/g;
const PROP = /<prop\b([^>]*)>([\s\S]*?)<\/prop>/g;
const LANG = /(?:^|\s)(?:xml:)?lang\s*=\s*(?:"([^"]*)"|'([^']*)')/;

function readUnit(a: Record<string, string>, body: string, line: number, languages: Set<string>): TmxUnit | Message {
  const codes = new Codes();
  let source: string | undefined;
  let target: string | undefined;
  const tuvNotes: string[] = [];
  TUV.lastIndex = 0;
  for (let t = TUV.exec(body); t !== null; t = TUV.exec(body)) {
    // Only the language is read from a tuv (its own dates and ids are the tu's business).
    const l = LANG.exec(t[1]!);
    const lang = (l ? (l[1] ?? l[2] ?? '') : '').toLowerCase();
    languages.add(lang);
    const seg = /<seg\b[^>]*>([\s\S]*?)<\/seg>|<seg\b[^>]*\/>/.exec(t[2]!);
    if (!seg) return msg('tmxTuvWithoutSeg');
    const primary = lang.split(/[-_]/)[0];
    if (primary === 'ar' && source === undefined) {
      codes.side();
      source = segText(seg[1] ?? '', codes);
    } else if (primary === 'en' && target === undefined) {
      codes.side();
      target = segText(seg[1] ?? '', codes);
    }
    if (t[2]!.includes('<note'))
      for (const n of t[2]!.matchAll(/<note\b[^>]*>([\s\S]*?)<\/note>/g)) tuvNotes.push(decode(stripTags(n[1]!)));
  }
  if (source === undefined || source.trim() === '') return msg('tmxNoArabic');
  if (target === undefined || target.trim() === '') return msg('tmxNoEnglish');
  const outside = body.includes('<note') || body.includes('<prop') ? body.replace(/<tuv\b[\s\S]*?<\/tuv>/g, '') : '';
  const notes = [
    ...[...outside.matchAll(/<note\b[^>]*>([\s\S]*?)<\/note>/g)].map((n) => decode(stripTags(n[1]!))),
    ...tuvNotes,
  ];
  const props: Record<string, string> = {};
  PROP.lastIndex = 0;
  for (let p = PROP.exec(outside); p !== null; p = PROP.exec(outside))
    props[attrs(p[1]!)['type'] ?? 'x-prop'] = decode(stripTags(p[2]!));
  const unit: TmxUnit = { line, source, target };
  if (a['tuid']) unit.tuid = a['tuid'];
  const author = a['changeid'] ?? a['creationid'];
  if (author) unit.author = author;
  const created = isoDate(a['creationdate']);
  const changed = isoDate(a['changedate']) ?? created;
  if (created) unit.created = created;
  if (changed) unit.changed = changed;
  if (codes.list.length > 0) unit.codes = codes.list;
  if (notes.length > 0) unit.notes = notes;
  if (Object.keys(props).length > 0) unit.props = props;
  return unit;
}
