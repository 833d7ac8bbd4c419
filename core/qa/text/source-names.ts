/**
 * Whether an English word is a name the paragraph's Arabic writes: Jowzjan for جوزجان, Sergei for سيرغي, Nabl for
 * كفرنبل. For the `spelling` check, which must not call a transliterated name a misspelling of a dictionary word
 * (Sergei is not "Serge"), however the translator chose to spell it. Two ways, cheapest first:
 * - consonant skeletons: the English consonants (kh, sh, th, dh, gh, ch as one) must match, in order, the consonants
 *   of an Arabic word (or of two words joined: Abdulrahman, عبد الرحمن), each Arabic letter allowing the English
 *   spellings the press gives it (ج j/g, ق q/k/g, ذ dh/th/z/d, ث th/s/t, ض d/dh/z, غ gh/g, خ kh/h/k …); the vowel
 *   letters (ا و ي), ʿayn and hamza count as nothing, as do the English vowels, w and y (a final h may);
 * - the transliterator's candidates for the Arabic words (core/translit), for spellings the skeleton cannot see.
 */
import { normalizeArabic } from '../../arabic/normalize';
import { transliterate } from '../../translit';

/** English consonant classes; digraphs first. */
const EN_DIGRAPHS: ReadonlyArray<[string, string]> = [
  ['kh', 'X'],
  ['sh', 'S'],
  ['th', 'Θ'],
  ['dh', 'D'],
  ['gh', 'G'],
  ['ch', 'C'],
  ['ph', 'F'],
  ['ck', 'K'],
  ['zh', 'J'],
  ['dj', 'J'],
  ['ts', 'C'],
  ['tz', 'C'],
];
const EN_LETTER: Readonly<Record<string, string>> = {
  b: 'B',
  p: 'B',
  f: 'F',
  v: 'F',
  m: 'M',
  n: 'N',
  l: 'L',
  r: 'R',
  k: 'K',
  q: 'K',
  c: 'K',
  g: 'G',
  j: 'J',
  h: 'H',
  t: 'T',
  d: 'D',
  s: 's',
  z: 'Z',
  x: 'K',
};

/** Each Arabic consonant and the English classes it may be spelt with. */
const AR_LETTER: Readonly<Record<string, string>> = {
  ب: 'BF',
  پ: 'B',
  ت: 'T',
  ث: 'ΘsT',
  ج: 'JGZ',
  چ: 'CJ',
  ح: 'H',
  خ: 'XHK',
  د: 'DT',
  ذ: 'DΘZ',
  ر: 'R',
  ز: 'Zs',
  ژ: 'JZ',
  س: 's',
  ش: 'SsC',
  ص: 's',
  ض: 'DZ',
  ط: 'T',
  ظ: 'ZD',
  غ: 'GK',
  ف: 'F',
  ڤ: 'F',
  ق: 'KG',
  ك: 'KG',
  ک: 'KG',
  گ: 'G',
  ل: 'L',
  م: 'M',
  ن: 'N',
  ه: 'H',
};

function englishSkeleton(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  let out = '';
  for (let i = 0; i < w.length;) {
    const two = w.slice(i, i + 2);
    const dg = EN_DIGRAPHS.find(([d]) => d === two);
    const cls = dg ? dg[1] : EN_LETTER[w[i]!];
    i += dg ? 2 : 1;
    // Doubled consonants are one (Hussein, Abbas); the script writes a doubled consonant once.
    if (cls && out[out.length - 1] !== cls) out += cls;
  }
  return out;
}

/** The Arabic consonants of a word as class sets; the vowel letters, ʿayn, hamza and ta marbuta count as nothing. */
function arabicSkeleton(word: string): string[] {
  const out: string[] = [];
  for (const c of word) {
    const cls = AR_LETTER[c];
    if (cls) out.push(cls);
    else if (c === 'و' && out.length === 0) out.push('F'); // initial و: w, or v in foreign names
  }
  return out;
}

/**
 * Whether the English skeleton matches a contiguous run of the Arabic one (ت+ش may be one "ch"), or, for one
 * consonant (Shia, شياع), the whole of it. A final h may stand for ة or for nothing (Fatimah, Hamzah).
 */
function skeletonMatch(en: string, ar: readonly string[]): boolean {
  if (en.endsWith('H') && en.length > 2 && skeletonMatch(en.slice(0, -1), ar)) return true;
  if (en.length === 0 || (en.length === 1 && ar.length !== 1)) return false;
  const at = (i: number, j: number): boolean => {
    if (i === en.length) return true;
    if (j >= ar.length) return false;
    const c = en[i]!;
    if (c === 'C' && ar[j] === 'T' && ar[j + 1]?.includes('S') && at(i + 1, j + 2)) return true;
    return ar[j]!.includes(c) && at(i + 1, j + 1);
  };
  for (let start = 0; start + en.length <= ar.length + 1; start++) if (at(0, start)) return true;
  return false;
}

/** The transliterator's spellings of one Arabic word, cached across paragraphs (documents repeat their names). */
const SPELLINGS = new Map<string, readonly string[]>();
function spellingsOf(word: string): readonly string[] {
  let list = SPELLINGS.get(word);
  if (!list) {
    list = transliterate(word, { limit: 4 })
      .flatMap((c) => c.text.toLowerCase().split(/[^a-z]+/))
      .filter(Boolean);
    if (SPELLINGS.size > 20_000) SPELLINGS.clear();
    SPELLINGS.set(word, list);
  }
  return list;
}

interface SourceNames {
  skeletons: string[][];
  words: string[];
  spellings?: Set<string>;
}

const CLITIC = /^(?:و|ف|ب|ل|ك)?(?:ال|لل)?/;
const AR_WORD = /[\u0621-\u064A\u0671-\u06D3]+/g;

function sourceNames(source: string, memo: Map<string, unknown>): SourceNames {
  const key = `source-names:${source}`;
  const hit = memo.get(key) as SourceNames | undefined;
  if (hit) return hit;
  const words = (normalizeArabic(source).match(AR_WORD) ?? []).filter((w) => w.length >= 2);
  const skeletons: string[][] = [];
  words.forEach((w, i) => {
    const bare = w.length > 4 ? w.replace(CLITIC, '') : w;
    skeletons.push(arabicSkeleton(w), arabicSkeleton(bare));
    const next = words[i + 1];
    if (next) skeletons.push([...arabicSkeleton(bare), ...arabicSkeleton(next)]);
  });
  const names: SourceNames = { skeletons, words };
  memo.set(key, names);
  return names;
}

/**
 * Whether `word` (English) is a spelling of a name in the Arabic `source`: by consonant skeleton (`loose`, for
 * capitalised words) or only as the transliterator spells it. `memo` caches per paragraph.
 */
export function isSourceName(word: string, source: string, memo: Map<string, unknown>, loose: boolean): boolean {
  const names = sourceNames(source, memo);
  if (loose && names.skeletons.some((s) => skeletonMatch(englishSkeleton(word), s))) return true;
  if (!names.spellings) {
    names.spellings = new Set();
    for (const w of new Set(names.words)) for (const part of spellingsOf(w)) names.spellings.add(part);
  }
  return names.spellings.has(word.toLowerCase());
}
