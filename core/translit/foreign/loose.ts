/**
 * The loose key: spelling variants of a foreign name in Arabic script share it, so that a variant the lexicon lacks
 * still finds the entry (غوتيريس/غوتيريش, زيلينسكي/زيلنسكي, جاويش أوغلو/تشاووش أوغلو, هاييم/حاييم). Used only after an
 * exact miss, only for foreign entries (those with an origin), and only for a word the origin judgement does not read
 * as Arabic or in a name judged foreign, so Arabic names never meet it. Pure.
 *
 * On the normalised key (أ إ آ → ا, ة → ه, ى → ي already folded): ئ ؤ ء → ي و (dropped); g's letters غ ق ك گ → ك;
 * s, sh and ch together (س ص ش تش چ → س), and ج either ك (g) or itself (j, zh): one key per reading of ج; the emphatics and their
 * plain letters together (ط ت ث → ت, ص س → س, ض د → د, ظ ذ ز → ز, ح ه → ه), پ → ب, ڤ → ف; doubled letters once;
 * a final ه read as ا; in the loose tier, ا و ي inside a word dropped too, when the text writes fewer of them than
 * the entry (بيدرسن for بيدرسون; not بيسكوف for بسكوف).
 */
import { normalizeArabic } from '../../arabic/normalize';
import { lexicon } from '../lexicon';
import type { LexiconEntry } from '../lexicon';
import { foreignGivenEntries } from './lexicon';
import type { ForeignEntry } from './lexicon';

const CLASSES: ReadonlyArray<[RegExp, string]> = [
  [/تش|چ|ش/g, 'س'],
  [/[غقكگ]/g, 'ك'],
  [/[طثت]/g, 'ت'],
  [/[صس]/g, 'س'],
  [/[ضد]/g, 'د'],
  [/[ظذز]/g, 'ز'],
  [/[حه]/g, 'ه'],
  [/پ/g, 'ب'],
  [/ڤ/g, 'ف'],
  [/ئ/g, 'ي'],
  [/ؤ/g, 'و'],
  [/ء/g, ''],
];

/** Words shorter than this (normalised) get no loose key: short words collide too easily. */
const MIN_WORD = 4;

/**
 * `close`: the letter classes only, written vowels kept (غوتيريش/غوتيريس, جاويش/تشاويش); `loose`: the interior
 * vowels dropped too (زيلنسكي/زيلينسكي): a skeleton of four letters or more only.
 */
export type Tier = 'close' | 'loose';

function looseWord(word: string, jim: string, tier: Tier): string {
  let k = normalizeArabic(word).replace(/ج/g, jim);
  for (const [re, to] of CLASSES) k = k.replace(re, to);
  k = k.replace(/(.)\1+/g, '$1').replace(/ه$/, 'ا');
  if (tier === 'loose' && k.length > 2) k = k.charAt(0) + k.slice(1, -1).replace(/[اوي]/g, '') + k.charAt(k.length - 1);
  return k.replace(/(.)\1+/g, '$1');
}

/** The keys of a word or phrase in a tier (one per reading of ج); none for a word too short to trust. */
export function looseKeys(text: string, tier: Tier = 'loose'): string[] {
  const words = normalizeArabic(text).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || (words.length === 1 && words[0]!.length < MIN_WORD)) return [];
  const jims = words.some((w) => w.includes('ج')) ? ['ك', 'ج'] : ['ج'];
  const min = tier === 'loose' ? 4 : 3;
  return [...new Set(jims.map((j) => words.map((w) => looseWord(w, j, tier)).join(' ')))].filter(
    (k) => k.length >= min,
  );
}

interface Keyed<T> {
  text: string;
  item: T;
}
const whole = new Map<Tier, Map<string, Array<Keyed<LexiconEntry>>>>();
const given = new Map<Tier, Map<string, Array<Keyed<ForeignEntry>>>>();

function index<T>(items: Iterable<[string, T]>, tier: Tier): Map<string, Array<Keyed<T>>> {
  const map = new Map<string, Array<Keyed<T>>>();
  for (const [text, item] of items)
    for (const k of looseKeys(text, tier)) {
      const list = map.get(k) ?? [];
      if (!list.some((x) => x.item === item)) list.push({ text, item });
      map.set(k, list);
    }
  return map;
}

const vowels = (t: string): number => (normalizeArabic(t).slice(1, -1).match(/[اوي]/g) ?? []).length;

/**
 * The entries a text's keys find. In the loose tier the text must write fewer vowels than the entry (the press
 * dropped one: زيلنسكي for زيلينسكي), never more: بيسكوف is not بسكوف (Pskov).
 */
function find<T>(map: Map<string, Array<Keyed<T>>>, text: string, tier: Tier): T[] {
  const out: T[] = [];
  const mine = vowels(text);
  for (const k of looseKeys(text, tier))
    for (const e of map.get(k) ?? [])
      if (!out.includes(e.item) && (tier === 'close' || vowels(e.text) > mine)) out.push(e.item);
  return out;
}

/**
 * The foreign lexicon entry a variant spelling stands for: one only when the loose key is not ambiguous (all the
 * entries it finds agree on the first spelling).
 */
export function looseLexicon(text: string, tier: Tier = 'close'): LexiconEntry | undefined {
  let map = whole.get(tier);
  if (!map)
    whole.set(
      tier,
      (map = index(
        [...lexicon()].filter(([, e]) => e.origin !== undefined),
        tier,
      )),
    );
  const found = find(map, text, tier);
  if (found.length === 0) return undefined;
  const first = found[0]!.spellings[0];
  return found.every((e) => e.spellings[0] === first) ? found[0] : undefined;
}

/** Foreign given names a variant spelling stands for (ميخايلو/ميخائيلو). */
export function looseGiven(word: string, tier: Tier = 'close'): ForeignEntry[] {
  let map = given.get(tier);
  if (!map)
    given.set(
      tier,
      (map = index(
        foreignGivenEntries().map((e) => [e.arabic, e] as [string, ForeignEntry]),
        tier,
      )),
    );
  return find(map, word, tier);
}

/** The close tier first, then the loose one; which tier found it. */
export function looseFind(
  word: string,
  origin?: string,
  tiers: readonly Tier[] = ['close', 'loose'],
): { spellings: string[]; origin: string; tier: Tier } | undefined {
  for (const tier of tiers) {
    const e = looseLexicon(word, tier);
    if (e?.origin) return { spellings: e.spellings, origin: e.origin, tier };
    const g = looseGiven(word, tier).filter((x) => !origin || x.origin === origin);
    const origins = new Set(g.map((x) => x.origin));
    if (g.length > 0 && origins.size === 1)
      return { spellings: [...new Set(g.flatMap((x) => x.spellings))], origin: g[0]!.origin, tier };
  }
  return undefined;
}
