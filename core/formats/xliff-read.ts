/**
 * XLIFF 1.2 and 2.0 import (Trados, memoQ, OmegaT, Okapi and our own export): one paragraph per unit,
 * unit ids kept as externalId, existing targets and their states kept, inline codes turned into
 * placeholders (see placeholders.ts). Only Arabic → English files are accepted.
 */
import type { ImportedDocument, InlineCodes, Status } from '../model';
import { atPart, FormatError } from './errors';
import type { Message } from '../i18n/message';
import { msg } from '../i18n/message';
import { CodeCollector } from './placeholders';
import { attrsOf, childrenOf, elements, localName, parseXml, plainText, tagOf, type XmlNode } from './xml';

type ImportedParagraph = ImportedDocument['paragraphs'][number];

const isLang = (value: string | undefined, lang: string) =>
  value !== undefined && new RegExp(`^${lang}([-_].*)?$`, 'i').test(value.trim());

function checkLanguages(fileName: string, where: Message, src: string | undefined, trg: string | undefined): void {
  if (!isLang(src, 'ar')) {
    throw new FormatError(fileName, msg('xliffSourceLanguage', { lang: src ?? msg('missingLanguage') }), where);
  }
  if (trg !== undefined && trg.trim() !== '' && !isLang(trg, 'en')) {
    throw new FormatError(fileName, msg('xliffTargetLanguage', { lang: trg }), where);
  }
}

export function importXliff(text: string, fileName: string): ImportedDocument {
  const root = parseXml(text, fileName).find((n) => localName(tagOf(n) ?? '') === 'xliff');
  if (!root) throw new FormatError(fileName, msg('notXliff'));
  const attrs = attrsOf(root, fileName);
  const version = attrs['version'] ?? '';
  let paragraphs: ImportedParagraph[];
  let title = '';
  if (version.startsWith('2.')) {
    checkLanguages(fileName, atPart('<xliff>'), attrs['srcLang'], attrs['trgLang']);
    const files = elements(childrenOf(root), 'file');
    title = attrsOf(files[0] ?? {}, fileName)['original'] ?? '';
    paragraphs = files.flatMap((f) => collect(childrenOf(f), 'unit').map((u) => readUnit20(u, fileName)));
  } else if (version.startsWith('1.')) {
    const files = elements(childrenOf(root), 'file');
    paragraphs = files.flatMap((f, i) => {
      const fa = attrsOf(f, fileName);
      checkLanguages(fileName, msg('atFileElement', { n: i + 1 }), fa['source-language'], fa['target-language']);
      title ||= fa['original'] ?? '';
      const body = elements(childrenOf(f), 'body')[0];
      return collect(body ? childrenOf(body) : [], 'trans-unit').map((u) => readUnit12(u, fileName));
    });
  } else {
    throw new FormatError(fileName, msg('xliffVersion', { version }), atPart('<xliff>'));
  }
  const kept = paragraphs.filter((p) => p.source.trim() !== '');
  if (kept.length === 0) throw new FormatError(fileName, msg('noUnits'));
  return { title: title.replace(/^.*[\\/]/, '') || kept[0]!.source, sourceFormat: 'xliff', paragraphs: kept };
}

/** Units at any depth of groups, in document order, leaving out those marked translate="no". */
function collect(nodes: XmlNode[], unitName: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const n of nodes) {
    const name = localName(tagOf(n) ?? '');
    const translate = (n[':@'] as Record<string, string> | undefined)?.['translate'];
    if (translate === 'no') continue;
    if (name === unitName) out.push(n);
    else if (name === 'group') out.push(...collect(childrenOf(n), unitName));
  }
  return out;
}

function finish(p: {
  source: string;
  target: string;
  status: Status;
  id: string;
  notes: string[];
  codes: CodeCollector;
  data?: InlineCodes['originalData'];
}): ImportedParagraph {
  const status: Status = p.target.trim() === '' ? 'untranslated' : p.status === 'untranslated' ? 'draft' : p.status;
  const out: ImportedParagraph = { source: p.source, target: p.target, status, externalId: p.id };
  if (p.notes.length > 0) out.note = p.notes.join('\n');
  if (p.codes.codes.length > 0 || p.data?.length) {
    out.inline = { xliff: p.codes.version, codes: p.codes.codes, ...(p.data?.length ? { originalData: p.data } : {}) };
  }
  return out;
}

// `reviewed` (2.0) and `signed-off` (1.2) are Dragoman's `reviewed` since issue 21 (they were `translated` before).
const STATES_20: Record<string, Status> = {
  initial: 'draft',
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'translated',
};
const RANK: Record<Status, number> = { untranslated: 0, draft: 1, translated: 2, reviewed: 3 };

function readUnit20(unit: XmlNode, fileName: string): ImportedParagraph {
  const id = attrsOf(unit, fileName)['id'] ?? '';
  const codes = new CodeCollector('2.0', fileName, id);
  const kids = childrenOf(unit);
  const notes = elements(kids, 'notes')
    .flatMap((n) => elements(childrenOf(n), 'note'))
    .map((n) => plainText(childrenOf(n), fileName).trim());
  const data = elements(kids, 'originalData')
    .flatMap((o) => elements(childrenOf(o), 'data'))
    .map((d) => ({ id: attrsOf(d, fileName)['id'] ?? '', text: plainText(childrenOf(d), fileName) }));
  // A unit may hold several segments (and ignorables between them): one paragraph joins them in order.
  const parts = kids.filter((n) => ['segment', 'ignorable'].includes(localName(tagOf(n) ?? '')));
  let source = '';
  let target = '';
  let status: Status | undefined;
  for (const part of parts) {
    const src = elements(childrenOf(part), 'source')[0];
    const trg = elements(childrenOf(part), 'target')[0];
    codes.nextSide();
    const s0 = src ? codes.toText(childrenOf(src)) : '';
    source += s0;
    codes.nextSide();
    const t = trg ? codes.toText(childrenOf(trg)) : '';
    if (localName(tagOf(part) ?? '') === 'ignorable') {
      target += trg ? t : s0; // ignorable text (spaces between sentences) stays as it is
      continue;
    }
    target += t;
    const state = attrsOf(part, fileName)['state'] ?? 'initial'; // the spec's default
    const s: Status = t.trim() === '' ? 'untranslated' : (STATES_20[state] ?? 'draft');
    status = status === undefined || RANK[s] < RANK[status] ? s : status;
  }
  return finish({ source, target, status: status ?? 'untranslated', id, notes: notes.filter(Boolean), codes, data });
}

const STATES_12: Record<string, Status> = {
  new: 'draft',
  'needs-translation': 'draft',
  'needs-adaptation': 'draft',
  'needs-l10n': 'draft',
  'needs-review-translation': 'draft',
  'needs-review-adaptation': 'draft',
  'needs-review-l10n': 'draft',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'translated',
};
// Trados (sdl:seg conf) and memoQ (mq:status) keep their confirmation outside the standard state.
const CONFIRMED =
  /^(translated|approvedtranslation|approvedsignoff|manuallyconfirmed|confirmed|proofread|reviewer\dconfirmed)$/i;

function readUnit12(unit: XmlNode, fileName: string): ImportedParagraph {
  const ua = attrsOf(unit, fileName);
  const id = ua['id'] ?? '';
  const codes = new CodeCollector('1.2', fileName, id);
  const kids = childrenOf(unit);
  const src = elements(kids, 'source')[0];
  const trg = elements(kids, 'target')[0];
  const source = src ? codes.toText(childrenOf(src)) : '';
  codes.nextSide();
  const target = trg ? codes.toText(childrenOf(trg)) : '';
  const state = trg ? attrsOf(trg, fileName)['state'] : undefined;
  const vendor = ua['mq:status'] ?? sdlConf(kids, fileName);
  // No standard state and no tool hint: the target exists but nobody confirmed it, so it is a draft.
  let status: Status = state ? (STATES_12[state] ?? 'draft') : 'draft';
  if (status !== 'reviewed' && (ua['approved'] === 'yes' || (vendor !== undefined && CONFIRMED.test(vendor))))
    status = 'translated';
  const notes = elements(kids, 'note')
    .map((n) => plainText(childrenOf(n), fileName).trim())
    .filter(Boolean);
  return finish({ source, target, status, id, notes, codes });
}

function sdlConf(nodes: XmlNode[], fileName: string): string | undefined {
  for (const n of nodes) {
    const name = tagOf(n) ?? '';
    if (name === 'sdl:seg') return attrsOf(n, fileName)['conf'];
    if (name.startsWith('sdl:')) {
      const inner = sdlConf(childrenOf(n), fileName);
      if (inner) return inner;
    }
  }
  return undefined;
}
