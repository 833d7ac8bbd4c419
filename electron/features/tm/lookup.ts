/**
 * Fuzzy lookup from the index, never a scan: the looked-up text's words are grouped with their clitic readings,
 * the groups are taken rarest first (the index keeps each stem's count), and only as many as a match of the minimum
 * score must share (a unit scoring ≥ min can miss at most ⌊(1 − min/100)·N⌋ of N words, so one of the rarest
 * ⌊…⌋ + 1 must be in it). Units under those stems are ranked by the summed rarity of the stems they hold; the best
 * CANDIDATES of them, with every unit of the same normalised key, are rescored exactly by `core/tm/score`.
 */
import { BareCache, scoreTokens } from '../../../core/tm/score';
import type { NumberSwap } from '../../../core/tm/score';
import { bareForms, indexStem, sourceKey, tokenize } from '../../../core/tm/tokens';
import type { Token } from '../../../core/tm/tokens';
import type { Db } from '../../../db/open';
import * as repo from '../../../db/tm-repo';
import type { MemoryRow, UnitRow } from '../../../db/tm-repo';

/** How many index candidates are rescored exactly. */
export const CANDIDATES = 60;
/** Extra rare groups are read while their posting lists stay this short in total (cheap, and better recall). */
const CHEAP_POSTINGS = 3000;
const MAX_GROUPS = 16;

export interface LookupQuery {
  text: string;
  tokens?: Token[];
  min: number;
  limit: number;
  /** Memories switched off for the document. */
  disabled?: ReadonlySet<number>;
  /** Keys of the paragraphs before and after (context matches), when looked up from a document. */
  prevKey?: number | null;
  nextKey?: number | null;
  /** The row itself, when it is in the memory already: never offered as its own match. */
  self?: { document: string; paragraph: number };
}

export interface RawMatch {
  unit: UnitRow;
  memory: MemoryRow;
  score: number;
  swaps: NumberSwap[];
}

export interface Matcher {
  lookup(q: LookupQuery): RawMatch[];
  /** Invalidates cached memories and frequencies (after a write). */
  reset(): void;
}

export function createMatcher(db: Db): Matcher {
  let memories: Map<number, MemoryRow> | undefined;
  const df = new Map<string, number>();
  const memoriesNow = (): Map<number, MemoryRow> =>
    (memories ??= new Map(repo.listMemories(db).map((m) => [m.num, m])));
  const frequency = (stem: string): number => {
    let v = df.get(stem);
    if (v === undefined) {
      v = repo.stemFrequency(db, stem);
      if (df.size > 50_000) df.clear();
      df.set(stem, v);
    }
    return v;
  };

  const candidates = (tokens: readonly Token[], min: number): number[] => {
    const seen = new Set<string>();
    const groups: Array<{ stems: string[]; df: number }> = [];
    for (const t of tokens) {
      if (t.kind !== 'word' || seen.has(t.norm)) continue;
      seen.add(t.norm);
      const stems = [...new Set([indexStem(t.norm), ...bareForms(t.norm)])];
      let f = 0;
      for (const s of stems) f += frequency(s);
      if (f > 0) groups.push({ stems, df: f });
    }
    groups.sort((a, b) => a.df - b.df);
    const need = Math.floor(seen.size * (1 - min / 100)) + 1;
    const hits = new Map<number, number>();
    let read = 0;
    for (let g = 0; g < groups.length && g < MAX_GROUPS; g++) {
      const group = groups[g]!;
      if (g >= need && read + group.df > CHEAP_POSTINGS) break;
      const idf = 1 / Math.log2(2 + group.df);
      for (const s of group.stems) {
        for (const rowid of repo.postings(db, s)) hits.set(rowid, (hits.get(rowid) ?? 0) + idf);
      }
      read += group.df;
    }
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, CANDIDATES)
      .map((e) => e[0]);
  };

  return {
    reset() {
      memories = undefined;
      df.clear();
    },
    lookup(q) {
      const tokens = q.tokens ?? tokenize(q.text);
      const key = sourceKey(tokens);
      const mems = memoriesNow();
      const rowids = new Set(candidates(tokens, q.min));
      // Token counts bound the score before a unit's text is read: only the units that can reach it are fetched.
      const n = tokens.length;
      const reachable = repo.tokenCounts(db, [...rowids]).filter((c) => {
        const memory = mems.get(c.memory);
        if (!memory || q.disabled?.has(memory.num)) return false;
        const longer = Math.max(c.tokens, n);
        return longer === 0 || 100 * (1 - Math.abs(c.tokens - n) / longer) >= q.min + memory.penalty - 2;
      });
      const units = repo.unitsByRowids(
        db,
        reachable.map((c) => c.rowid),
      );
      for (const u of repo.unitsByKey(db, key)) if (!rowids.has(u.rowid)) units.push(u);
      const cache = new BareCache();
      const trimmed = q.text.trim();
      const out: RawMatch[] = [];
      for (const unit of units) {
        const memory = mems.get(unit.memory);
        if (!memory || q.disabled?.has(memory.num)) continue;
        if (q.self && unit.origin_document === q.self.document && unit.origin_paragraph === q.self.paragraph) continue;
        const floor = q.min + memory.penalty;
        if (floor > 101) continue;
        // Token counts bound the score before the unit is even tokenised.
        const longer = Math.max(unit.tokens, tokens.length);
        if (floor > 0 && longer > 0 && 100 * (1 - Math.abs(unit.tokens - tokens.length) / longer) < floor - 2) continue;
        const identical = unit.source.trim() === trimmed;
        const scored = scoreTokens(tokens, tokenize(unit.source), identical, cache, floor);
        if (!scored) continue;
        let score = scored.score;
        if (
          score === 100 &&
          q.prevKey !== undefined &&
          unit.parent === null &&
          unit.prev_key === q.prevKey &&
          unit.next_key === (q.nextKey ?? null)
        )
          score = 101;
        score -= memory.penalty;
        if (score < q.min) continue;
        out.push({ unit, memory, score, swaps: scored.swaps });
      }
      out.sort(
        (a, b) =>
          b.score - a.score ||
          a.memory.priority - b.memory.priority ||
          (a.unit.changed_at < b.unit.changed_at ? 1 : -1),
      );
      // One offer per distinct English: the same pair stored twice (two memories, two documents) is shown once.
      const seenTargets = new Set<string>();
      const unique = out.filter((m) => {
        const k = m.unit.target.trim();
        if (seenTargets.has(k)) return false;
        seenTargets.add(k);
        return true;
      });
      return unique.slice(0, q.limit);
    },
  };
}

/** The brute-force baseline of the bench: every unit of the memory scored in turn with the same scorer. */
export function bruteForceBest(
  query: readonly Token[],
  text: string,
  units: ReadonlyArray<{ rowid: number; source: string; tokens: Token[] }>,
  min: number,
): { rowid: number; score: number } | undefined {
  const cache = new BareCache();
  let best: { rowid: number; score: number } | undefined;
  const trimmed = text.trim();
  for (const u of units) {
    const s = scoreTokens(query, u.tokens, u.source.trim() === trimmed, cache, min);
    if (s && s.score >= min && (!best || s.score > best.score)) best = { rowid: u.rowid, score: s.score };
  }
  return best;
}
