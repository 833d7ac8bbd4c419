/**
 * Inline codes as protected placeholders. Each code of an XLIFF segment (a bold span, a line break, a
 * field…) becomes ONE private-use character, U+E000 + n, where n is its index in the paragraph's
 * `InlineCodes.codes`. One character survives editing, search and glossary matching as a unit, and the
 * markup stays beside the text so export can write it back in place.
 */
import { FormatError } from './errors';
import { msg } from '../i18n/message';
import { attrsOf, childrenOf, localName, plainText, tagOf, textOfNode, type XmlNode } from './xml';
import type { InlineCode, InlineCodes } from '../model';

export const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_MAX = 0xf8ff - PLACEHOLDER_BASE;

export function placeholderChar(index: number): string {
  return String.fromCharCode(PLACEHOLDER_BASE + index);
}

export function placeholderIndex(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code >= PLACEHOLDER_BASE && code <= 0xf8ff ? code - PLACEHOLDER_BASE : undefined;
}

type Version = InlineCodes['xliff'];
const PAIRED: Record<Version, Set<string>> = { '1.2': new Set(['g', 'mrk']), '2.0': new Set(['pc', 'mrk']) };
const EMPTY: Record<Version, Set<string>> = {
  '1.2': new Set(['x', 'bx', 'ex']),
  '2.0': new Set(['ph', 'sc', 'ec', 'sm', 'em']),
};
// 1.2 elements whose content is the original (native) code rather than translatable text.
const NATIVE_1_2 = new Set(['ph', 'bpt', 'ept', 'it', 'sub']);

const keyOf = (tag: string, kind: string, attrs: Record<string, string>) =>
  `${tag}|${kind}|${attrs['id'] ?? attrs['mid'] ?? attrs['startRef'] ?? attrs['rid'] ?? ''}`;

/** Collects the codes of one unit: the source adds them, the target reuses the source's by tag and id. */
export class CodeCollector {
  readonly codes: InlineCode[] = [];
  private used = new Set<number>();

  constructor(
    readonly version: Version,
    private readonly fileName: string,
    private readonly unitId: string,
  ) {}

  /** Starts a new side (source or target): every code may be used once per side. */
  nextSide(): void {
    this.used = new Set();
  }

  /** Converts inline XLIFF content to text with placeholders. */
  toText(nodes: XmlNode[]): string {
    let out = '';
    for (const node of nodes) {
      const text = textOfNode(node, this.fileName);
      if (text !== undefined) {
        out += text;
        continue;
      }
      const tag = tagOf(node);
      if (!tag || tag.startsWith('?')) continue;
      const name = localName(tag);
      const attrs = attrsOf(node, this.fileName);
      if (this.version === '2.0' && name === 'cp') {
        out += String.fromCodePoint(parseInt(attrs['hex'] ?? '0', 16));
      } else if (PAIRED[this.version].has(name)) {
        const open = this.add({ tag: name, kind: 'open', attrs });
        out += placeholderChar(open) + this.toText(childrenOf(node));
        const close = this.add({ tag: name, kind: 'close', attrs });
        this.codes[open]!.pair = close;
        this.codes[close]!.pair = open;
        out += placeholderChar(close);
      } else if (EMPTY[this.version].has(name) || (this.version === '1.2' && NATIVE_1_2.has(name))) {
        const content = this.version === '1.2' ? plainText(childrenOf(node), this.fileName) : '';
        out += placeholderChar(this.add({ tag: name, kind: 'empty', attrs, ...(content ? { content } : {}) }));
      } else {
        out += this.toText(childrenOf(node)); // unknown wrapper: keep its text
      }
    }
    return out;
  }

  private add(code: InlineCode): number {
    const key = keyOf(code.tag, code.kind, code.attrs);
    const found = this.codes.findIndex((c, i) => !this.used.has(i) && keyOf(c.tag, c.kind, c.attrs) === key);
    const index = found >= 0 ? found : this.codes.push(code) - 1;
    if (index > PLACEHOLDER_MAX)
      throw new FormatError(this.fileName, msg('tooManyCodes'), msg('atUnit', { unit: this.unitId }));
    this.used.add(index);
    return index;
  }
}

/**
 * Which paired codes are properly nested in this text; the others are written in their isolated form so
 * the XML stays well-formed whatever the translator did to the placeholders.
 */
function nestedPairs(text: string, codes: InlineCode[]): Set<number> {
  const ok = new Set<number>();
  const stack: number[] = [];
  for (const ch of text) {
    const i = placeholderIndex(ch);
    const code = i === undefined ? undefined : codes[i];
    if (i === undefined || !code) continue;
    if (code.kind === 'open') stack.push(i);
    else if (code.kind === 'close' && code.pair !== undefined) {
      // Opens left unclosed inside this pair become isolated codes; the pair itself still nests.
      const at = stack.lastIndexOf(code.pair);
      if (at >= 0) {
        ok.add(i).add(code.pair);
        stack.length = at;
      }
    }
  }
  return ok;
}

export type EscapeFn = (text: string) => string;

/** How a paired end sits in the text: properly nested, present but crossing another pair, or alone. */
export type Pairing = 'nested' | 'crossed' | 'alone';

function pairingOf(text: string, code: InlineCode, i: number, nested: Set<number>): Pairing {
  if (nested.has(i)) return 'nested';
  return code.pair !== undefined && text.includes(placeholderChar(code.pair)) ? 'crossed' : 'alone';
}

/** One code as XLIFF markup of `version`: verbatim when it came from that version, generic otherwise. */
export function codeMarkup(
  code: InlineCode,
  index: number,
  inline: InlineCodes,
  version: Version,
  pairing: Pairing,
  esc: EscapeFn,
): string {
  const attrs = (a: Record<string, string>) =>
    Object.entries(a)
      .map(([k, v]) => ` ${k}="${esc(v)}"`)
      .join('');
  const same = inline.xliff === version;
  const generic = `c${Math.min(index, code.pair ?? index) + 1}`;
  const id = esc(same ? (code.attrs['id'] ?? code.attrs['mid'] ?? generic) : generic);
  if (code.kind !== 'empty' && pairing !== 'nested') {
    // An end without its partner in place: written as a standalone start/end code.
    if (version === '1.2') return code.kind === 'open' ? `<bx id="${id}"/>` : `<ex id="${id}"/>`;
    if (code.kind === 'open') return pairing === 'crossed' ? `<sc id="${id}"/>` : `<sc id="${id}" isolated="yes"/>`;
    return pairing === 'crossed' ? `<ec startRef="${id}"/>` : `<ec id="${id}" isolated="yes"/>`;
  }
  if (same) {
    if (code.kind === 'open') return `<${code.tag}${attrs(code.attrs)}>`;
    if (code.kind === 'close') return `</${code.tag}>`;
    if (code.content !== undefined) return `<${code.tag}${attrs(code.attrs)}>${esc(code.content)}</${code.tag}>`;
    return `<${code.tag}${attrs(code.attrs)}/>`;
  }
  // Across versions only the structure survives: paired ends, or a standalone code.
  const [open, empty] = version === '1.2' ? ['g', 'x'] : ['pc', 'ph'];
  if (code.kind === 'open') return `<${open} id="${id}">`;
  if (code.kind === 'close') return `</${open}>`;
  return `<${empty} id="${id}"/>`;
}

/** Writes text with placeholders as XLIFF inline content; placeholders without a stored code stay characters. */
export function writeInline(text: string, inline: InlineCodes | undefined, version: Version, esc: EscapeFn): string {
  if (!inline || inline.codes.length === 0) return esc(text);
  const nested = nestedPairs(text, inline.codes);
  let out = '';
  let run = '';
  for (const ch of text) {
    const i = placeholderIndex(ch);
    const code = i === undefined ? undefined : inline.codes[i];
    if (i === undefined || !code) {
      run += ch;
      continue;
    }
    out += esc(run) + codeMarkup(code, i, inline, version, pairingOf(text, code, i, nested), esc);
    run = '';
  }
  return out + esc(run);
}

/**
 * TMX inline markup. XLIFF 1.2 native codes map one to one (bpt/ept/ph/it hold the original code as text);
 * paired elements become bpt/ept and other codes ph, their XLIFF markup kept as the native code.
 */
export function writeTmxInline(text: string, inline: InlineCodes | undefined, esc: EscapeFn): string {
  if (!inline || inline.codes.length === 0) return esc(text);
  const paired = nestedPairs(text, inline.codes);
  const native = (c: InlineCode, i: number) =>
    esc(c.content ?? codeMarkup(c, i, inline, inline.xliff, pairingOf(text, c, i, paired), esc));
  let out = '';
  for (const ch of text) {
    const i = placeholderIndex(ch);
    const code = i === undefined ? undefined : inline.codes[i];
    if (i === undefined || !code) {
      out += esc(ch);
      continue;
    }
    const ref = esc(
      code.attrs['rid'] ?? code.attrs['id'] ?? String((code.pair !== undefined ? Math.min(i, code.pair) : i) + 1),
    );
    const native12 = inline.xliff === '1.2' && code.content !== undefined;
    if (native12 && (code.tag === 'bpt' || code.tag === 'ept'))
      out += `<${code.tag} i="${ref}">${native(code, i)}</${code.tag}>`;
    else if (native12 && code.tag === 'it')
      out += `<it pos="${code.attrs['pos'] === 'close' ? 'end' : 'begin'}">${native(code, i)}</it>`;
    else if (code.kind === 'open' && paired.has(i)) out += `<bpt i="${ref}">${native(code, i)}</bpt>`;
    else if (code.kind === 'close' && paired.has(i)) out += `<ept i="${ref}">${native(code, i)}</ept>`;
    else if (code.kind !== 'empty')
      out += `<it pos="${code.kind === 'open' ? 'begin' : 'end'}">${native(code, i)}</it>`;
    else out += `<ph x="${i + 1}">${native(code, i)}</ph>`;
  }
  return out;
}

/** Target-only exports are final text: codes have nowhere to go, so their placeholders are dropped. */
export function stripPlaceholders(text: string): string {
  return text.replace(/[-]/g, '');
}

/** Bilingual exports show each code as ⟦n⟧ so a reviewer can see and keep it; readReview maps it back. */
export function visiblePlaceholders(text: string): string {
  return text.replace(/[-]/g, (c) => `⟦${c.charCodeAt(0) - PLACEHOLDER_BASE + 1}⟧`);
}

export function hiddenPlaceholders(text: string): string {
  return text.replace(/⟦(\d+)⟧/g, (m, n: string) =>
    Number(n) >= 1 && Number(n) - 1 <= PLACEHOLDER_MAX ? placeholderChar(Number(n) - 1) : m,
  );
}
