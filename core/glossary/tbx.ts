/**
 * TBX glossaries. Reads TBX v2 TBX-Basic (martif/text/body/termEntry/langSet/tig/term) and TBX v3
 * (tbx/text/body/conceptEntry/langSec/termSec/term); writes TBX-Basic v2. The kind travels as
 * `<descrip type="subjectField">` on the entry, the note as `<note>`; extra Arabic terms of an entry are variants,
 * several English terms are the target's alternatives (`ISIS|Daesh`).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Message } from '../i18n/message';
import { msg } from '../i18n/message';
import type { GlossaryParseError, GlossaryParseResult, ParsedTerm } from './parse-result';
import { joinReasons, rowError } from './parse-result';
import { targetAlternatives } from './target';
import { termKey } from './term-key';
import { PROPER_KINDS, TERM_KINDS, isTermKind } from './types';
import type { TermKind } from './types';
import { decodeXmlText, escapeXml, lineAt, refuseUnsafeXml } from './xml-safety';

type XmlNode = Record<string, unknown>;

const ARRAYS = new Set([
  'termEntry',
  'conceptEntry',
  'langSet',
  'langSec',
  'tig',
  'ntig',
  'termGrp',
  'termSec',
  'term',
  'descrip',
  'descripGrp',
  'note',
  'termNote',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false, // never expand: decoded by decodeXmlText, predefined and numeric only
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => ARRAYS.has(name),
});

function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as XmlNode)[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map((x) =>
    typeof x === 'object' && x !== null ? (x as XmlNode) : { '#text': x },
  );
}

function textOf(node: XmlNode): string {
  const t = node['#text'];
  return t === undefined || t === null ? '' : decodeXmlText(String(t)).trim();
}

function attr(node: XmlNode, name: string): string {
  const v = node[`@_${name}`];
  return typeof v === 'string' ? decodeXmlText(v) : '';
}

/** Primary language subtag: `ar-SY` → `ar`. */
function lang(node: XmlNode): string {
  return (attr(node, 'xml:lang') || attr(node, 'lang')).split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** The terms of one language section, v2 (tig, ntig/termGrp) or v3 (termSec). */
function termHolders(section: XmlNode): XmlNode[] {
  return [
    ...children(section, 'tig'),
    ...children(section, 'termSec'),
    ...children(section, 'ntig').flatMap((n) => children(n, 'termGrp')),
  ];
}

/** `<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>` (also supersededTerm): not to be used. */
function isDeprecated(holder: XmlNode): boolean {
  return children(holder, 'termNote').some(
    (n) => attr(n, 'type') === 'administrativeStatus' && /^(deprecated|superseded)Term-admn-sts$/.test(textOf(n)),
  );
}

function sectionTerms(section: XmlNode, deprecated = false): string[] {
  return termHolders(section)
    .filter((h) => isDeprecated(h) === deprecated)
    .flatMap((h) => children(h, 'term').map(textOf))
    .filter((t) => t !== '');
}

function descrips(node: XmlNode): XmlNode[] {
  return [...children(node, 'descrip'), ...children(node, 'descripGrp').flatMap((g) => children(g, 'descrip'))];
}

/** Parses a TBX file. Valid entries go to `terms`, each bad entry gives one error with its line. */
export function parseTbx(text: string, fileName: string): GlossaryParseResult {
  const terms: ParsedTerm[] = [];
  const errors: GlossaryParseError[] = [];
  const src = text.replace(/^\uFEFF/, '');
  const unsafe = refuseUnsafeXml(src);
  if (unsafe)
    return { terms, errors: [rowError(unsafe.line, msg('tbxUnsafe', { file: fileName, reason: unsafe.reason }))] };
  const valid = XMLValidator.validate(src);
  if (valid !== true) {
    return {
      terms,
      errors: [rowError(valid.err.line, msg('tbxMalformed', { file: fileName, detail: valid.err.msg }))],
    };
  }
  const doc = parser.parse(src) as XmlNode;
  const root = children(doc, 'martif')[0] ?? children(doc, 'tbx')[0];
  if (!root) return { terms, errors: [rowError(1, msg('tbxNoRoot', { file: fileName }))] };
  const body = children(children(root, 'text')[0], 'body')[0];
  const entries = [...children(body, 'termEntry'), ...children(body, 'conceptEntry')];
  // The parser gives no positions: the n-th entry element in the source is the n-th entry.
  const entryLines = [...src.matchAll(/<(termEntry|conceptEntry)[\s>/]/g)].map((m) => lineAt(src, m.index));
  const keyLines = new Map<string, number>();
  entries.forEach((entry, n) => {
    const line = entryLines[n] ?? 0;
    const sections = [...children(entry, 'langSet'), ...children(entry, 'langSec')];
    const arabic = sections.filter((s) => lang(s) === 'ar').flatMap((s) => sectionTerms(s));
    const english = sections.filter((s) => lang(s) === 'en').flatMap((s) => sectionTerms(s));
    const deprecated = sections.filter((s) => lang(s) === 'en').flatMap((s) => sectionTerms(s, true));
    const subject = descrips(entry).find((d) => attr(d, 'type') === 'subjectField');
    const kindText = subject ? textOf(subject).toLowerCase() : '';
    const kind = kindText === '' ? 'term' : kindText;
    const notes = [entry, ...sections].flatMap((s) => children(s, 'note').map(textOf)).filter((t) => t !== '');
    const problems: Message[] = [];
    if (arabic.length === 0) problems.push(msg('tbxNoArabic'));
    if (english.length === 0) problems.push(msg('tbxNoEnglish'));
    if (!isTermKind(kind)) problems.push(msg('tbxUnknownKind', { kind: kindText, kinds: TERM_KINDS.join(', ') }));
    const key = arabic[0] ? termKey(arabic[0]) : '';
    const earlier = key ? keyLines.get(key) : undefined;
    if (earlier !== undefined) problems.push(msg('tbxDuplicate', { line: earlier }));
    if (problems.length > 0 || !isTermKind(kind)) {
      errors.push(rowError(line, joinReasons(problems)));
      return;
    }
    keyLines.set(key, line);
    terms.push({
      source: arabic[0] as string,
      target: english.join('|'),
      kind,
      variants: arabic.slice(1),
      note: notes.join('\n'),
      ...(deprecated.length ? { deprecated } : {}),
    });
  });
  if (entries.length === 0 && errors.length === 0) {
    errors.push(rowError(0, msg('tbxNoEntries', { file: fileName })));
  }
  return { terms, errors };
}

function tig(term: string, kind: TermKind): string {
  const pos = PROPER_KINDS.has(kind) ? '<termNote type="partOfSpeech">properNoun</termNote>' : '';
  return `<tig><term>${escapeXml(term)}</term>${pos}</tig>`;
}

/** Serialises terms as TBX-Basic v2; names (person, place, org) are marked as proper nouns. */
export function glossaryToTbx(terms: readonly ParsedTerm[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc><sourceDesc><p>Dragoman glossary</p></sourceDesc></fileDesc>',
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ];
  terms.forEach((t, i) => {
    out.push(`      <termEntry id="e${i + 1}">`);
    out.push(`        <descrip type="subjectField">${t.kind}</descrip>`);
    if (t.note.trim() !== '') out.push(`        <note>${escapeXml(t.note)}</note>`);
    out.push(
      `        <langSet xml:lang="ar">${[t.source, ...t.variants].map((a) => tig(a, t.kind)).join('')}</langSet>`,
    );
    const old = (t.deprecated ?? []).map((e) =>
      tig(e, t.kind).replace(
        '</tig>',
        '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>',
      ),
    );
    out.push(
      `        <langSet xml:lang="en">${targetAlternatives(t.target)
        .map((e) => tig(e, t.kind))
        .join('')}${old.join('')}</langSet>`,
    );
    out.push('      </termEntry>');
  });
  out.push('    </body>', '  </text>', '</martif>', '');
  return out.join('\n');
}
