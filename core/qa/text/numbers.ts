/**
 * Numbers as values, found in Arabic and in English text, for the `number` check. Every digit script
 * (Western, Arabic-Indic ٠–٩, Persian ۰–۹), ٬ and , as thousands separators, ٫ and . as decimal points (، never),
 * scale words (ألف، مليون، مليار, duals; thousand, million, billion, bn), percent phrases (consumed, the value
 * stays), and number words on both sides. Vague quantities (عشرات، مئات، آلاف alone; dozens, hundreds) are no number.
 * A `soft` number (one, two, a lone ألف, G20's 20) may answer a number of the other side but is never flagged itself.
 */
import { normalizeArabic } from '../../arabic/normalize';
import { arabicKey } from './fast-key';

export interface FoundNumber {
  value: number;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  text: string;
  soft: boolean;
}

/** Arabic-Indic and Persian digits to ASCII, one character for one, so offsets stay valid. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(0x30 + code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

const DIGITS = /\d+(?:[,\u066C]\d{3})+(?:[.\u066B]\d+)?|\d+(?:[.\u066B]\d+)?/y;

function digitValue(raw: string): number {
  return Number(raw.replace(/[,\u066C]/g, '').replace('\u066B', '.'));
}

interface Tok {
  kind: 'num' | 'word' | 'other';
  text: string;
  start: number;
  end: number;
  /** For words: the comparison form (Arabic normalised, English lower case). */
  key: string;
}

function tokenize(text: string, ascii: string, word: RegExp, keyOf: (w: string) => string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < ascii.length) {
    DIGITS.lastIndex = i;
    const d = DIGITS.exec(ascii);
    if (d) {
      toks.push({ kind: 'num', text: text.slice(i, i + d[0].length), start: i, end: i + d[0].length, key: d[0] });
      i += d[0].length;
      continue;
    }
    word.lastIndex = i;
    const w = word.exec(ascii);
    if (w && w[0].length > 0) {
      toks.push({ kind: 'word', text: w[0], start: i, end: i + w[0].length, key: keyOf(w[0]) });
      i += w[0].length;
      continue;
    }
    const c = ascii[i]!;
    if (!/\s/.test(c)) toks.push({ kind: 'other', text: c, start: i, end: i + 1, key: c });
    i++;
  }
  return toks;
}

/** Value words of one language: units/tens (added), hundred (multiplies a unit), scales (close a group). */
interface Lexicon {
  add: ReadonlyMap<string, number>;
  hundred: ReadonlySet<string>;
  scale: ReadonlyMap<string, number>;
  /** Words that are a whole number by themselves (ألفين = 2000). */
  whole: ReadonlyMap<string, number>;
  /** Plural scales: a scale after a number, nothing alone (آلاف, thousands). */
  plural: ReadonlyMap<string, number>;
  /** The word after a joining و prefix (Arabic); English joins with "and" and hyphens. */
  joiner: (t: Tok) => string | undefined;
  hyphen: boolean;
  /** Ordinal words that end a number (twenty-first): the number is then soft. */
  ordinal?: ReadonlyMap<string, number>;
}

const ar = (words: string): string[] => words.split(' ').map(normalizeArabic);
function arMap(entries: Array<[string, number]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [words, v] of entries) for (const w of ar(words)) m.set(w, v);
  return m;
}

const AR: Lexicon = {
  add: arMap([
    ['واحد واحدة أحد إحدى', 1],
    ['اثنان اثنين اثنتان اثنتين اثنا اثنتا', 2],
    ['ثلاث ثلاثة', 3],
    ['أربع أربعة', 4],
    ['خمس خمسة', 5],
    ['ست ستة', 6],
    ['سبع سبعة', 7],
    ['ثمان ثماني ثمانية', 8],
    ['تسع تسعة', 9],
    ['عشر عشرة', 10],
    ['عشرون عشرين', 20],
    ['ثلاثون ثلاثين', 30],
    ['أربعون أربعين', 40],
    ['خمسون خمسين', 50],
    ['ستون ستين', 60],
    ['سبعون سبعين', 70],
    ['ثمانون ثمانين', 80],
    ['تسعون تسعين', 90],
    ['مئتان مئتين مائتان مائتين مئتا مائتا', 200],
    ['ثلاثمئة ثلاثمائة', 300],
    ['أربعمئة أربعمائة', 400],
    ['خمسمئة خمسمائة', 500],
    ['ستمئة ستمائة', 600],
    ['سبعمئة سبعمائة', 700],
    ['ثمانمئة ثمانمائة ثمانيمئة', 800],
    ['تسعمئة تسعمائة', 900],
  ]),
  hundred: new Set(ar('مئة مائة')),
  // مليونا, مليارا: the singular with tanween (مليونا ونصف). ألفا is a scale after a number (عشرون ألفا) but
  // alone the dual (ألفا لاجئ, two thousand refugees).
  scale: arMap([
    ['ألف', 1e3],
    ['مليون مليونا', 1e6],
    ['مليار مليارا بليون', 1e9],
  ]),
  whole: arMap([
    ['ألفين ألفان ألفي ألفا', 2e3],
    ['مليونين مليونان مليوني', 2e6],
    ['مليارين ملياران ملياري', 2e9],
  ]),
  plural: arMap([
    ['آلاف ألوف ألفا', 1e3],
    ['ملايين', 1e6],
    ['مليارات', 1e9],
  ]),
  // والعشرين (in الأربع والعشرين) joins as عشرين.
  joiner: (t) => {
    if (!t.key.startsWith('و') || t.key.length <= 2) return undefined;
    const k = t.key.slice(1);
    return k.startsWith('ال') && k.length > 4 ? k.slice(2) : k;
  },
  hyphen: false,
};

function enMap(entries: Array<[string, number]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [words, v] of entries) for (const w of words.split(' ')) m.set(w, v);
  return m;
}
const EN_UNITS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const EN_TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const EN: Lexicon = {
  add: new Map([
    ...EN_UNITS.map((w, i): [string, number] => [w, i + 1]),
    ...EN_TENS.map((w, i): [string, number] => [w, (i + 2) * 10]),
  ]),
  hundred: new Set(['hundred']),
  scale: enMap([
    ['thousand', 1e3],
    ['million mn', 1e6],
    ['billion bn', 1e9],
    ['trillion', 1e12],
  ]),
  whole: new Map([['dozen', 12]]),
  plural: new Map(),
  joiner: () => undefined,
  hyphen: true,
  ordinal: new Map([
    ...'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'
      .split(' ')
      .map((w, i): [string, number] => [w, i + 1]),
    ...'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth'
      .split(' ')
      .map((w, i): [string, number] => [w, (i + 2) * 10]),
  ]),
};

const AR_WORD = /(?:[\u0621-\u064A\u0640\u0671-\u06D3]|[\u064B-\u065F\u0670])+/y;
const EN_WORD = /[A-Za-z]+/y;

/** Reads a run of number words from `toks[i]`: its value and the index after it, or undefined. */
function readWords(
  toks: Tok[],
  i: number,
  lex: Lexicon,
  first?: string,
): { value: number; next: number; words: number; ordinal: boolean } | undefined {
  let total = 0;
  let current = 0;
  let words = 0;
  // What the last word was: a joiner (و, and) may only follow a unit before a ten (خمسة وعشرين) or a hundred/scale.
  let last: 'unit' | 'ten' | 'big' = 'big';
  let j = i;
  for (; j < toks.length; j++) {
    const t = toks[j]!;
    if (
      words > 0 &&
      t.kind === 'other' &&
      t.text === '-' &&
      lex.hyphen &&
      toks[j + 1] &&
      isValueWord(toks[j + 1]!.key, lex)
    )
      continue;
    if (t.kind !== 'word') break;
    let key = j === i && first !== undefined ? first : t.key;
    if (words > 0 && !isValueWord(key, lex)) {
      const joined = lex.joiner(t);
      const nextKey = joined ?? (t.key === 'and' ? toks[j + 1]?.key : undefined);
      if (nextKey === undefined || !isValueWord(nextKey, lex)) break;
      const v = lex.add.get(nextKey);
      const tens = v !== undefined && v >= 20 && v < 100 && v % 10 === 0;
      if (!(last === 'big' || (last === 'unit' && tens))) break;
      if (joined === undefined) continue;
      key = joined;
    }
    const ord = words > 0 ? lex.ordinal?.get(key) : undefined;
    if (ord !== undefined && ord < 10 && last === 'ten') {
      words++;
      return { value: total + current + ord, next: j + 1, words, ordinal: true };
    }
    const add = lex.add.get(key);
    const scale = lex.scale.get(key) ?? (words > 0 ? lex.plural.get(key) : undefined);
    const whole = lex.whole.get(key);
    if (add !== undefined) {
      current += add;
      last = add < 10 ? 'unit' : add < 100 ? 'ten' : 'big';
    } else if (lex.hundred.has(key)) {
      current = current > 0 && current < 10 ? current * 100 : current + 100;
      last = 'big';
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
      last = 'big';
    } else if (whole !== undefined) {
      total += whole;
      last = 'big';
    } else break;
    words++;
  }
  return words > 0 ? { value: total + current, next: j, words, ordinal: false } : undefined;
}

function isValueWord(key: string, lex: Lexicon): boolean {
  return (
    lex.add.has(key) ||
    lex.hundred.has(key) ||
    lex.scale.has(key) ||
    lex.whole.has(key) ||
    lex.plural.has(key) ||
    !!lex.ordinal?.has(key)
  );
}

/** A scale word (or plural scale, after a number) right after a number in digits. */
function scaleAfter(toks: Tok[], j: number, lex: Lexicon): number | undefined {
  const t = toks[j];
  if (!t || t.kind !== 'word') return undefined;
  return lex.scale.get(t.key) ?? lex.plural.get(t.key);
}

/** Ordinals with the article (السابع من تشرين الأول, الربع الثالث): soft numbers, never flagged themselves. */
const AR_ORDINALS = arMap([
  ['الأول الأولى', 1],
  ['الثاني الثانية', 2],
  ['الثالث الثالثة', 3],
  ['الرابع الرابعة', 4],
  ['الخامس الخامسة', 5],
  ['السادس السادسة', 6],
  ['السابع السابعة', 7],
  ['الثامن الثامنة', 8],
  ['التاسع التاسعة', 9],
  ['العاشر العاشرة', 10],
  ['الحادي الحادية', 1],
]);

const AR_PERCENT = new Set(ar('بالمئة بالمائة'));
const AR_PERCENT_NOUN = new Set(ar('المئة المائة'));

/** Percent phrases after (or ٪ before) a number are consumed: the value is compared, its unit is not. */
function skipPercent(toks: Tok[], j: number): number {
  const t = toks[j];
  if (!t) return j;
  if (t.text === '%' || t.text === '\u066A') return j + 1;
  if (AR_PERCENT.has(t.key)) return j + 1;
  if (t.key === 'في' && toks[j + 1] && AR_PERCENT_NOUN.has(toks[j + 1]!.key)) return j + 2;
  if (t.key === 'percent') return j + 1;
  if (t.key === 'per' && toks[j + 1]?.key === 'cent') return j + 2;
  return j;
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

function extract(
  text: string,
  word: RegExp,
  keyOf: (w: string) => string,
  lex: Lexicon,
  english: boolean,
): FoundNumber[] {
  const ascii = asciiDigits(text);
  const toks = tokenize(text, ascii, word, keyOf);
  const found: FoundNumber[] = [];
  for (let i = 0; i < toks.length;) {
    const t = toks[i]!;
    if (t.kind === 'num') {
      let value = digitValue(t.key);
      let j = i + 1;
      // 13th, 1990s: the suffix is part of the number.
      if (english && toks[j]?.kind === 'word' && /^(st|nd|rd|th|s)$/.test(toks[j]!.key) && toks[j]!.start === t.end)
        j++;
      // $800m, €2bn, £5mn: a scale glued to the number (m and b only after a currency sign: 100m may be metres).
      const glue = english && toks[j]?.kind === 'word' && toks[j]!.start === t.end ? toks[j]!.key : undefined;
      const money = /[$€£]\s?$/.test(text.slice(Math.max(0, t.start - 2), t.start));
      const gluedScale =
        glue === 'bn' || (money && glue === 'b')
          ? 1e9
          : glue === 'mn' || (money && glue === 'm')
            ? 1e6
            : glue === 'tn'
              ? 1e12
              : undefined;
      const scale = gluedScale ?? scaleAfter(toks, j, lex);
      if (scale !== undefined) {
        value *= scale;
        j++;
      }
      j = skipPercent(toks, j);
      // G20, F-16, COVID-19: a number glued to letters is part of a name.
      const before = text.slice(Math.max(0, t.start - 2), t.start);
      // Arabic clitics (و، ب، ال) before a number are normal; a Latin letter or a hyphen after a word is not.
      const glued = (english ? /[A-Za-z]-?$/ : /[A-Za-z]-?$|[\u0621-\u064A]-$/).test(before);
      // The 1990s: a decade, which the Arabic writes as a word (التسعينيات).
      const decade = english && toks[i + 1]?.key === 's' && toks[i + 1]!.start === t.end;
      found.push({
        value: round(value),
        start: t.start,
        end: toks[j - 1]!.end,
        text: text.slice(t.start, toks[j - 1]!.end),
        soft: glued || decade,
      });
      i = j;
      continue;
    }
    if (t.kind === 'word') {
      // English: "a hundred", "a thousand"; Arabic: a prefix و/ب/ل/ف before a number word.
      let first: string | undefined;
      let article = false;
      if (!english && !isValueWord(t.key, lex)) {
        // A clitic (وثلاثة، بعشرين) or the article (الأربع والعشرين, السابع): the article makes it soft.
        const bare = /^[وفبل]/.test(t.key) ? t.key.slice(1) : t.key;
        for (const cand of [bare, bare.startsWith('ال') ? bare.slice(2) : undefined]) {
          if (cand === undefined || first !== undefined) continue;
          if (isValueWord(cand, lex)) {
            first = cand;
            article = cand !== bare;
          }
        }
        const ordinal = AR_ORDINALS.get(bare);
        if (ordinal !== undefined && first === undefined) {
          const r0 = readWords(toks, i + 1, lex);
          const teen = r0 && r0.value === 10 && r0.words === 1 ? 10 : 0; // الثالث عشر = 13th
          let next = teen ? r0!.next : i + 1;
          // الثامن والعشرين = 28th, الحادي والثلاثين = 31st.
          const joined = toks[next] ? lex.joiner(toks[next]!) : undefined;
          const tens = joined !== undefined && !teen ? lex.add.get(joined) : undefined;
          if (tens !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0) next++;
          const value = ordinal + teen + (next > i + 1 && !teen ? tens! : 0);
          found.push({
            value,
            start: t.start,
            end: toks[next - 1]!.end,
            text: text.slice(t.start, toks[next - 1]!.end),
            soft: true,
          });
          i = next;
          continue;
        }
      }
      const r = readWords(toks, i, lex, first);
      if (r) {
        const end = toks[r.next - 1]!.end;
        const j = skipPercent(toks, r.next);
        const lone = r.words === 1;
        const soft = article || r.ordinal || r.value <= 2 || (lone && lex.scale.has(first ?? t.key));
        found.push({
          value: round(r.value),
          start: t.start,
          end: j > r.next ? toks[j - 1]!.end : end,
          text: text.slice(t.start, end),
          soft,
        });
        i = j;
        continue;
      }
      if (english && t.key === 'a') {
        const next = toks[i + 1];
        if (next && (lex.hundred.has(next.key) || lex.scale.has(next.key) || next.key === 'dozen')) {
          const r2 = readWords(toks, i + 1, lex);
          if (r2) {
            found.push({
              value: round(r2.value),
              start: t.start,
              end: toks[r2.next - 1]!.end,
              text: text.slice(t.start, toks[r2.next - 1]!.end),
              soft: true,
            });
            i = r2.next;
            continue;
          }
        }
      }
      // A percent phrase without a number before it (في المئة alone) is not a hundred.
      const skipped = skipPercent(toks, i);
      i = skipped > i ? skipped : i + 1;
      continue;
    }
    i++;
  }
  return found;
}

export function arabicNumbers(text: string): FoundNumber[] {
  return extract(text, AR_WORD, arabicKey, AR, false);
}

export function englishNumbers(text: string): FoundNumber[] {
  return extract(text, EN_WORD, (w) => w.toLowerCase(), EN, true);
}
