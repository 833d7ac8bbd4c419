/**
 * Concordance: units whose Arabic holds the searched words (with any clitics, any orthography: هجين finds وهجين
 * and بهجين) or whose English holds the searched words (case-insensitive), newest first, with the hit's offsets.
 * The index gives the candidates (a stem of every word present); each is verified on its own text.
 */
import type { ConcordanceHit } from '../../../core/api/methods/tm';
import { normalizeArabic } from '../../../core/arabic/normalize';
import { bareForms, indexStem, tokenize } from '../../../core/tm/tokens';
import type { Db } from '../../../db/open';
import { newestInAll } from '../../../core/tm/postings';
import * as repo from '../../../db/tm-repo';
import type { MemoryRow, UnitRow } from '../../../db/tm-repo';

const RAW_WORD =
  /[\p{L}\p{M}\u0640]+|[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*/gu;
const PAGES = 6;

function sameWord(query: string, word: string): boolean {
  if (query === word) return true;
  const a = bareForms(query);
  return bareForms(word).some((b) => a.includes(b));
}

/** The first run of words of `text` matching the query words in order (each with any clitics), as offsets. */
export function findArabic(text: string, words: readonly string[]): { start: number; end: number } | undefined {
  const raw = [...text.matchAll(RAW_WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    norm: normalizeArabic(m[0]).toLowerCase(),
  }));
  for (let i = 0; i + words.length <= raw.length; i++) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = sameWord(words[k]!, raw[i + k]!.norm);
    if (ok) return { start: raw[i]!.start, end: raw[i + words.length - 1]!.end };
  }
  return undefined;
}

export function findEnglish(text: string, words: readonly string[]): { start: number; end: number } | undefined {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

const hasArabic = (s: string): boolean => /[\u0600-\u06FF]/.test(s);

export function concordance(
  db: Db,
  memories: ReadonlyMap<number, MemoryRow>,
  origin: (u: UnitRow) => ConcordanceHit['origin'],
  input: { query: string; side?: 'ar' | 'en' | undefined; limit?: number | undefined },
): ConcordanceHit[] {
  const side = input.side ?? (hasArabic(input.query) ? 'ar' : 'en');
  const limit = input.limit ?? 20;
  const words =
    side === 'ar'
      ? tokenize(input.query).map((t) => t.norm)
      : (input.query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  if (words.length === 0) return [];
  // Numbers are not in the Arabic index (placeables): only the words find candidates, the text check sees all.
  const groups =
    side === 'ar'
      ? tokenize(input.query)
          .filter((t) => t.kind === 'word')
          .map((t) => [...new Set([indexStem(t.norm), ...bareForms(t.norm)])])
      : words.map((w) => [`e:${w}`]);
  if (groups.length === 0) return [];
  // Units holding a stem of every word, newest (highest rowid) first, read lazily from the lists' newest ends
  // (the word with the fewest units leads): a word whose readings include a very common stem costs only the
  // units shown, not a merge of its whole list.
  const lists = groups
    .map((g) => g.map((stem) => repo.newestPostings(db, stem)))
    .map((g) => ({ lists: g.map((p) => p.list), units: g.reduce((n, p) => n + p.units, 0) }))
    .sort((a, b) => a.units - b.units);
  const newest = newestInAll(lists.map((g) => g.lists));
  const hits: ConcordanceHit[] = [];
  const pageSize = limit * 4;
  for (let page = 0; page < PAGES && hits.length < limit; page++) {
    const rowids: number[] = [];
    while (rowids.length < pageSize) {
      const r = newest.next();
      if (r.done) break;
      rowids.push(r.value);
    }
    if (rowids.length === 0) break;
    for (const u of repo.unitsByRowids(db, rowids)) {
      const memory = memories.get(u.memory);
      // A sentence unit's text is in its paragraph unit, which is a hit of its own.
      if (!memory || u.parent !== null) continue;
      const at = side === 'ar' ? findArabic(u.source, words) : findEnglish(u.target, words);
      if (at)
        hits.push({
          source: u.source,
          target: u.target,
          tm: memory.name,
          origin: origin(u),
          side,
          ...at,
          changedAt: u.changed_at,
        });
    }
  }
  // One hit per pair: the same pair stored twice (two memories, two imports) is shown once.
  const seen = new Set<string>();
  return hits
    .sort((a, b) =>
      a.changedAt < b.changedAt ? 1 : a.changedAt > b.changedAt ? -1 : b.source.length - a.source.length,
    )
    .filter((h) => {
      const k = `${h.source}\u0000${h.target}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, limit);
}
