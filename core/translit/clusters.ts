/**
 * Syllable structure for the vowelizer: where a vowel the script leaves unwritten must go in a run of bare consonants.
 */

/** What the cluster rules need of a slot: its consonant and any vowel already known. */
export interface ClusterSlot {
  c: string;
  long?: string;
  initial?: string;
}

const SONORANTS = new Set(['r', 'l', 'n', 'm']);
/** Gutturals close a syllable easily (Fahd, Sahl, Bahr). */
const GUTTURALS = new Set(['h', 'H', 'x', 'E', 'g', "'"]);

/**
 * Where short vowels go between consonants with no written vowel. Arabic has no word-initial cluster, allows two
 * consonants between vowels, and a word may end in two (Balkh, Fahd, Helmand); longer clusters are broken.
 * Which consonant closes a syllable follows sonority: a liquid or nasal before a stop closes one (Kar-ba-la,
 * Qan-da-har, Zaranj), a stop does not (Ba-dakh-shan). Returns insert-a-vowel-here masks with penalties.
 */
export function clusterPatterns(
  unknown: readonly boolean[],
  slots: readonly ClusterSlot[],
): Array<[boolean[], number]> {
  let variants: Array<[boolean[], number]> = [[unknown.map(() => false), 0]];
  let i = 0;
  while (i < unknown.length) {
    if (!unknown[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < unknown.length && unknown[j]) j++;
    const atEnd = j === unknown.length || slots.slice(j).every((s) => s.c === 'p');
    const afterLong =
      i > 0 && (slots[i - 1]?.long === 'aa' || slots[i - 1]?.long === 'maq' || slots[i - 1]?.initial === 'آ');
    const cs = slots.slice(i, j).map((s) => s.c);
    const options = runOptions(cs, i === 0, atEnd, afterLong, slots[j]?.c ?? '');
    const next: Array<[boolean[], number]> = [];
    for (const [mask, p] of variants)
      for (const [opt, op] of options) {
        const m = [...mask];
        opt.forEach((ins, k) => (m[i + k] = ins));
        next.push([m, p + op]);
      }
    variants = next.sort((a, b) => a[1] - b[1]).slice(0, 8);
    i = j;
  }
  return variants;
}

function sonority(c: string): number {
  if (c === 'w' || c === 'y') return 4;
  if (c === 'r' || c === 'l') return 3;
  if (c === 'n' || c === 'm') return 2;
  return "bdtTDqkGPj'".includes(c) ? 0 : 1;
}

/** A word may end in these two consonants (Balkh, Fahd, Helmand, Yazd); after a long vowel hardly any. */
function finalPairCost(a: string, b: string, afterLong: boolean): number {
  if (afterLong) return 0.8;
  if (GUTTURALS.has(a)) return 0;
  if (SONORANTS.has(a) && sonority(a) > sonority(b)) return 0.1;
  if (sonority(a) > sonority(b)) return 0.25;
  return 0.4;
}

/** How unlikely it is that a closes a syllable before b: liquids and nasals before a less sonorous consonant do. */
function closeCost(a: string, b: string): number {
  if ((SONORANTS.has(a) || GUTTURALS.has(a)) && sonority(a) > sonority(b)) return 0;
  return sonority(a) > 0 && sonority(a) >= sonority(b) ? 0.1 : 0.2;
}

/** An unwritten vowel costs more than any choice of closing consonant: the script writes most long vowels. */
const INSERT_COST = 0.35;
/** A final cluster is likelier in one syllable (Fahd, Balkh) than after others (Hikmat, not Hikamt). */
const LONG_WORD_FINAL_CLUSTER = 0.2;

/**
 * All legal ways of breaking a run of consonants without written vowels: no word-initial cluster, at most two
 * consonants between vowels, at most two at the end. Each is scored by its extra vowels and the consonants that
 * close syllables; the likeliest four are kept.
 */
function runOptions(
  cs: readonly string[],
  atStart: boolean,
  atEnd: boolean,
  afterLong: boolean,
  nextC: string,
): Array<[boolean[], number]> {
  const n = cs.length;
  if (n === 0) return [[[], 0]];
  if (n > 10) return [[cs.map((_, k) => k % 2 === 0 && k < n - 1), 0]];
  const found: Array<[boolean[], number]> = [];
  for (let bits = 0; bits < 1 << n; bits++) {
    const m = cs.map((_, k) => (bits & (1 << k)) !== 0);
    if (atStart && !m[0]) continue;
    let cost = 0;
    let ok = true;
    let bare = 0; // consonants since the last vowel
    let inserted = 0;
    for (let k = 0; k < n && ok; k++) {
      bare++;
      if (m[k]) {
        if (atEnd && k === n - 1) ok = false;
        inserted++;
        cost += 0.01 * (n - k);
        if (bare === 2) cost += closeCost(cs[k - 1] ?? '', cs[k] ?? '') + (k === 1 && afterLong ? 0.15 : 0);
        if (bare > 2) ok = false;
        bare = 0;
      }
    }
    if (!ok) continue;
    if (atEnd) {
      if (bare > 2) continue;
      const mono = atStart && inserted === 1;
      if (bare === 2)
        cost +=
          finalPairCost(cs[n - 2] ?? '', cs[n - 1] ?? '', afterLong && n === 2) +
          (mono ? (GUTTURALS.has(cs[n - 2] ?? '') ? 0 : 0.25) : LONG_WORD_FINAL_CLUSTER);
    } else {
      // The consonant after the run has its vowel: at most one bare consonant may stand before it.
      if (bare > 1) continue;
      if (bare === 1) cost += n === 1 && afterLong ? 0.15 : closeCost(cs[n - 1] ?? '', nextC);
    }
    found.push([m, cost + INSERT_COST * inserted]);
  }
  const min = Math.min(...found.map(([, c]) => c));
  return found
    .map(([m, c]): [boolean[], number] => [m, c - min])
    .sort((x, y) => x[1] - y[1])
    .slice(0, 4);
}
