/**
 * Where a name written in Arabic script comes from, judged from its letters and shapes (and, when given, the words
 * around it: وزير الخارجية الروسي, الرئيس التركي). The judgement picks the rules that spell it: Arabic names keep the
 * Arabic rules, Persian ones the Persian-context rules, the others the family rules of `spell.ts`.
 *
 * Every signal here is a general pattern of how Arabic writes a language's names (ـوف ـسكي ـينكو for Russian,
 * أوغلو for Turkish, ـشتاين ـبرغ for German, ـنغ for Chinese, long vowels written out, clusters Arabic never has),
 * never a list of particular names: names are the lexicon's business.
 */
import { normalizeArabic, stripArabicMarks } from '../../arabic/normalize';
import { looksPersian } from '../persian';
import { syllables } from './syllables';

/** The family of a name, as the API reports it. */
export const ORIGINS = [
  'arabic',
  'persian',
  'turkish',
  'russian',
  'european',
  'east-asian',
  'hebrew',
  'other',
] as const;
export type Origin = (typeof ORIGINS)[number];

/** The spelling style inside a family: the rules `spell.ts` applies. */
export type Style =
  | 'arabic'
  | 'persian'
  | 'turkish'
  | 'russian'
  | 'english'
  | 'french'
  | 'german'
  | 'nordic'
  | 'romance'
  | 'chinese'
  | 'korean'
  | 'japanese'
  | 'hebrew'
  | 'armenian';

export const ORIGIN_OF_STYLE: Readonly<Record<Style, Origin>> = {
  arabic: 'arabic',
  persian: 'persian',
  turkish: 'turkish',
  russian: 'russian',
  english: 'european',
  french: 'european',
  german: 'european',
  nordic: 'european',
  romance: 'european',
  chinese: 'east-asian',
  korean: 'east-asian',
  japanese: 'east-asian',
  hebrew: 'hebrew',
  armenian: 'other',
};

/** The style a lexicon origin stands for when it is evidence. */
const STYLE_OF_ORIGIN: Readonly<Record<Origin, Style>> = {
  arabic: 'arabic',
  persian: 'persian',
  turkish: 'turkish',
  russian: 'russian',
  european: 'english',
  'east-asian': 'chinese',
  hebrew: 'hebrew',
  other: 'armenian',
};

export interface OriginJudgement {
  origin: Origin;
  /** Styles worth trying, best first (at least one). */
  styles: Style[];
  /** How sure: the winning score minus Arabic's (0 when Arabic wins). */
  margin: number;
  /** A foreign style with some evidence when the name was judged Arabic or Persian, and how much (else undefined). */
  runnerUp?: { style: Style; score: number };
}

type Scores = Map<Style, number>;

const add = (s: Scores, style: Style, n: number): void => {
  s.set(style, (s.get(style) ?? 0) + n);
};

/** Endings (on the letters as written, marks removed, alif forms folded) and the styles they point to. */
const ENDINGS: ReadonlyArray<[RegExp, Style, number]> = [
  [/(?:وفيتش|يفيتش|فيتش|وفتش|يتش)$/, 'russian', 4],
  [/(?:وفا|يفا|وفنا|يفنا|سكايا|تسكايا)$/, 'russian', 3],
  [/(?:ييف|ييفا)$/, 'russian', 3],
  [/(?:سكي|تسكي|ينكو|تشينكو|تشوك|شوك|يوك|غراد)$/, 'russian', 3],
  [/(?:وف|يف)$/, 'russian', 2.5],
  [/(?:تسك|وفسك|يفسك|[رنمل]سك)$/, 'russian', 2.5],
  [/(?:ياك|تشاك)$/, 'russian', 2],
  // Slavic town endings: -opol/-opil (Sevastopol, Ternopil), -gorod/-grad (Belgorod), -ovka/-ivka (Avdiivka).
  [/(?:وبول|وبيل|غورود|وفكا|يفكا)$/, 'russian', 3],
  [/اوغلو$/, 'turkish', 5],
  [/(?:تشي|لار|لر|يلماز|تورك|دمير|اوغلي)$/, 'turkish', 1.5],
  // Turkish -çeli, -çelik, -çiler: ç (تش) before a final -li/-lik/-ler, which Arabic never writes.
  [/(?:تشلي|تشليك|تشيلر|تشيلار)$/, 'turkish', 2.5],
  // Russian -in (Volodin, Mishustin, Naryshkin): guarded below like -ov, Arabic has it too (حسين, ياسين).
  [/ين$/, 'russian', 2],
  [/(?:شتاين|هايم|فيلد|دورف|باخ|ماير|بيرغ|بورغ|برغ|شميت|فورت|هاوزن)$/, 'german', 3],
  [/(?:تس|تز)$/, 'german', 2.5],
  [/(?:سون|سن)$/, 'nordic', 1],
  [/(?:سون|تون|فورد|وود|نغتون|شاير|بري|ويل|ستر|هام|بول|بورو)$/, 'english', 2],
  [/(?:ييه|يير|و|اك|يك|وا|ون)$/, 'french', 1],
  [/(?:يني|يلي|وني|يتي|اتي|وتشي|يلا|يللي|يانو|ينو)$/, 'romance', 2.5],
  [/(?:يز|يث|ادو|يرو|يدا|ونا|ونة|يس|يش)$/, 'romance', 1.5],
  [/(?:ياهو|يم|وت)$/, 'hebrew', 1],
  [/ياهو$/, 'hebrew', 4],
  [/(?:نغ|انغ|ينغ|ونغ)$/, 'chinese', 3],
  [/يان$/, 'armenian', 1.5],
  [/(?:ستان|اباد|زاده|زاي|خيل|شهر)$/, 'persian', 2.5],
];

/** The words around a name that name its family: nationality adjectives, capitals, and titles of the UN. */
const CONTEXT: ReadonlyArray<[RegExp, Style, number]> = [
  [/^ال(?:روس|روسي|روسيه|اوكراني|اوكرانيه|بيلاروسي|كرملين|صربي|بلغاري)$/, 'russian', 4],
  [/^(?:موسكو|كييف|الكرملين)$/, 'russian', 2],
  [/^ال(?:تركي|تركيه|اذربيجاني|كازاخستاني|اوزبكي)$/, 'turkish', 4],
  [/^(?:انقره|انقرة)$/, 'turkish', 2],
  [/^ال(?:ايراني|ايرانيه|افغاني|افغانيه|باكستاني)$/, 'persian', 4],
  [/^ال(?:اسرائيلي|اسرائيليه|عبري|عبريه)$/, 'hebrew', 4],
  [/^ال(?:صيني|صينيه)$/, 'chinese', 4],
  [/^ال(?:كوري|كوريه|الكوري)$/, 'korean', 4],
  [/^ال(?:ياباني|يابانيه)$/, 'japanese', 4],
  [/^ال(?:امريكي|امريكيه|اميركي|اميركيه|بريطاني|بريطانيه|كندي|استرالي|ايرلندي)$/, 'english', 4],
  [/^ال(?:فرنسي|فرنسيه|بلجيكي|سويسري)$/, 'french', 4],
  [/^ال(?:الماني|المانيه|نمساوي|هولندي)$/, 'german', 4],
  [/^ال(?:نرويجي|سويدي|دنماركي|فنلندي|ايسلندي)$/, 'nordic', 4],
  [/^ال(?:ايطالي|ايطاليه|اسباني|اسبانيه|برتغالي|برازيلي|ارجنتيني|مكسيكي|فنزويلي|روماني)$/, 'romance', 4],
  [/^ال(?:ارمني|ارمنيه)$/, 'armenian', 4],
  [/^ال(?:اممي|امميه|اوروبي|اوروبيه|غربي)$/, 'english', 1.5],
];

const VOWEL_LETTERS = /[اوي]/g;

/** How many vowel letters (ا و ي) a word writes: foreign words write most of their vowels, Arabic words few. */
function matres(key: string): number {
  return (key.match(VOWEL_LETTERS) ?? []).length;
}

/** A word that looks Arabic by shape: the article with a short stem, عبد, أبو, a nisba, a participle, ة. */
function arabicShape(written: string, key: string): number {
  let n = 0;
  if (/^(?:عبد|ابو|ابي|ابن|بن|ام|بنت|ال)$/.test(key)) n += 3;
  if (/^عبد/.test(key) || key === 'الله' || key === 'الدين') n += 3;
  if (/[ةى]$/.test(written) && key.length <= 6) n += 1;
  if (/[حعصضظق]/.test(key)) n += 1.5; // letters foreign names rarely need
  if (/ط/.test(key)) n += 0.5; // old exonyms write t as ط (إسطنبول, بطرسبرغ)
  // The article is written with a bare alif: أل of Alexander (ألكسندر) is not it.
  if (/^ال/.test(written) && !/^[أإآ]/.test(stripArabicMarks(written)) && key.length <= 7) n += 1;
  // The article with a nisba (الجولاني, الهاشمي, البغدادي): an Arab name or origin.
  if (/^ال.{3,}ي$/.test(key)) n += 3;
  // Two written vowels or fewer in four or five letters: the Arabic way of writing (محمد, خليل, حسين).
  if (key.length <= 5 && matres(key) <= 1) n += 1;
  return n;
}

/**
 * Scores of one word, without context. Family signals go to their style; signals that a word is foreign without
 * saying from where (many written vowels, g before a consonant) go to `shape`, added to whichever family wins.
 */
function wordScores(word: string, s: Scores, shape: { n: number }): void {
  const written = stripArabicMarks(word).replace(/[أإآٱ]/g, 'ا');
  const key = normalizeArabic(word);
  if (key.length < 2) return;
  add(s, 'arabic', arabicShape(written, key));
  const stem = key.replace(/^ال/, '');
  const rawStem = stripArabicMarks(word).replace(/^ال/, '');
  for (const [re, style, n] of ENDINGS) {
    // Short words end in anything: an ending counts when enough of the word is left before it.
    const m = re.exec(stem);
    if (!m || stem.length - m[0].length < 2) continue;
    // Vowels as written: an initial أ إ is a hamza with its vowel, not a written long vowel (إدريس).
    const before = rawStem.slice(0, Math.max(0, rawStem.length - m[0].length)).replace(/^[أإآ]/, 'ء');
    // ـوف ـيف after a bare root are Arabic (مخلوف, معروف, سيوف): Russian names write a vowel before (لافروف).
    if (style === 'russian' && /^[وي]/.test(m[0]) && !/[اوي]/.test(before) && before.length < 4) continue;
    // -in needs a longer name written with its vowels and none of the letters only Arabic needs (فولودين, not
    // ياسين, شاهين, فلسطين).
    // An initial ي or و is a consonant (ياسمين), not a written vowel.
    const vowelsBefore = matres(before.replace(/^[يو]/, ''));
    if (m[0] === 'ين' && (stem.length < 6 || vowelsBefore < 2 || /[حعصضطظقة]/.test(key))) continue;
    // Italian -elli, -oni need a name written with its vowels (ميلوني), not an Arabic nisba (خليلي).
    if (style === 'romance' && /(?:ي|يلا)$/.test(m[0]) && matres(stem) < 3) continue;
    // Spanish -ez, -es after a written vowel (سانشيز, رودريغيز), not Arabic إدريس, خميس, عزيز.
    if (style === 'romance' && /^ي[زسش]$/.test(m[0]) && (!/[اوي]/.test(before) || before.length < 3)) continue;
    add(s, style, n);
  }
  if (stem === 'اوغلو') add(s, 'turkish', 6);
  // -mann after a consonant, with a vowel written before (ليبرمان Lieberman, هوفمان Hoffmann, شولمان): German and
  // Israeli surnames. Arabic -mān follows a bare root (سلمان, عثمان, رحمان) or a vowel (سليمان, إيمان).
  const mann = /^(.{3,})مان$/.exec(stem);
  if (
    mann &&
    /[اوي]/.test((mann[1] ?? '').replace(/^[يو]/, '')) &&
    !/[اوي]$/.test(mann[1] ?? '') &&
    !/[حعصضطظقة]/.test(key)
  ) {
    add(s, 'german', 2);
    add(s, 'hebrew', 1.5);
  }
  // English -er after two consonants with a vowel written before (كارتر Carter, باركر Parker, تيرنر Turner): Arabic's
  // fāʿil puts one consonant between ā and its last letter (ناصر, شاكر), and its nouns of this shape write no vowel.
  if (/[اوي][^اويءة]{2}ر$/.test(stem) && stem.length >= 5 && !/[حعصضطظقة]/.test(key)) {
    const [a, b] = stem.slice(-3, -1);
    if (a !== b) add(s, 'english', 2);
  }
  // Turkish -oğan (أردوغان Erdoğan, دوغان Doğan, طوغان): ğ between written vowels, o before it.
  if (/[^ا]وغان$/.test(stem) || /^دوغان$/.test(stem)) add(s, 'turkish', 2);
  // Letter pairs and letters Arabic words do not have.
  if (/تش/.test(stem)) {
    add(s, 'russian', 1);
    add(s, 'turkish', 1);
  }
  if (/^شت|^شب/.test(stem)) add(s, 'german', 2);
  // Turkish Öz- (Özel, Özgür, Öztürk, Özdemir) is written أوز at the start.
  if (/^[أا]وز[^اوي]?/.test(written) && key.length >= 4) add(s, 'turkish', 1.5);
  // A final و with other written vowels: Arabic names hardly end in a vowel و (عمرو's is silent); Italian, Spanish,
  // French, Japanese names do (كروسيتو, مادورو, بارو).
  if (/[^او]و$/.test(stem) && matres(stem) >= 2 && stem.length >= 4) shape.n += 0.75;
  if (/[پچژگڤ]/.test(word)) add(s, 'persian', 2);
  if (/غ[^اوي]|[^اوين]غ$/.test(stem) && !/غ$/.test(stem)) shape.n += 0.5;
  // A word starting with a stop or f and ر/ل before a written vowel, six letters or more (دريسدن, غرونوبل,
  // فريدريكسن, كلينغبايل): a European onset cluster. Arabic fa'il names (كريم, خليل) are shorter.
  if (/^[بتدكغفقپگ][رل][يو]/.test(key) && key.length >= 6 && !/(?:ه|اء)$/.test(key)) shape.n += 1.5;
  // s + stop at the start of a long word (ستارمر, ستوكهولم, ستولتنبرغ): Starmer, Stockholm; Arabic starts a syllable
  // with one consonant, and its few long words in ست- سك- write more of their vowels (سكاكين).
  if (/^س[تبك][^اوي]*[اوي][^اوي]{2}/.test(key) && key.length >= 6 && !/[حعصضطظقة]/.test(key)) shape.n += 1.25;
  // x before a consonant (ألكسندر, ماكسويل) and أل that is not the article.
  if (/كس[^اوي]/.test(stem)) shape.n += 1;
  if (/^[أإ]ل[^اوي]/.test(stripArabicMarks(word))) shape.n += 0.5;
  // Many vowel letters: foreign (ماكرون, بيدرسون, ميلوني); the more, the surer. An initial ي or و is the consonant
  // y, w (ياسين, ياسمين, يوسف are Arabic): it is not a written vowel.
  const m = matres(stem.replace(/^[يو]/, ''));
  if (stem.length >= 5 && m >= 3) shape.n += 1 + (m - 3) * 0.5;
  if (stem.length >= 5 && m >= 2 && /[اوي]$/.test(stem) && !/ي$/.test(stem)) add(s, 'romance', 0.5);
  // A vowel letter in the first syllable and another later, in a word of five letters or more without the letters
  // only Arabic words need: the way Arabic writes foreign names (ماكرون, بيدرسون, روتردام).
  if (stem.length >= 5 && m >= 2 && /^[^اوي]?[اوي]/.test(stem) && !/[حعصضطظقة]/.test(word)) shape.n += 0.75;
  // Strict consonant–vowel alternation over three syllables or more: Japanese (كيشيدا, ياماموتو, هيروشيما).
  // تش is one consonant (تاكايتشي Takaichi); a vowel may open the word (إيشيبا Ishiba).
  const cv = stem.replace(/^[يو]/, 'Y').replace(/تش/g, 'C');
  if (
    (/^(?:[^اوي][اوي]{1,2}|ن){3,}$/.test(cv) || /^ا[وي]?(?:[^اوين][اوي]{1,2}){2,}$/.test(cv)) &&
    /[اوي]$/.test(cv) &&
    stem.length >= 6 &&
    !/^ال/.test(key) &&
    !/اني$/.test(stem)
  )
    add(s, 'japanese', /ي$/.test(stem) ? 1.5 : 2.5);
  // -ānī without the article: a Persian or Arab family name (لاريجاني, كرماني).
  if (/اني$/.test(key) && !/^ال/.test(key) && key.length >= 6) {
    add(s, 'persian', 1);
    add(s, 'arabic', 0.75);
  }
  if (looksPersian(word)) add(s, 'persian', 1.5);
  // ts/tz inside a word, after a letter and before more (كتسرين Katzrin, متسبيه Mitzpe, يتسحاق Yitzhak):
  // Hebrew tz, German z; Arabic writes ت + س across a morpheme boundary at a word's start (تسوية) or in ستس.
  if (/^[^س]*[^سا]تس[^اوي]*[اوي]./.test(stem) && !/[حعصضطظقة]/.test(key)) {
    add(s, 'hebrew', 1.25);
    shape.n += 0.5;
  }
}

/** Short words in a row (شي جين بينغ, يون سوك يول): Chinese or Korean names. */
function syllableRun(keys: readonly string[], s: Scores): void {
  // A syllable is four letters at most, five with -ng (ميونغ myung, تشيانغ qiang).
  if (keys.length < 2 || !keys.every((k) => k.length <= 4 || (k.length <= 6 && /نغ$/.test(k)))) return;
  if (keys.some((k) => /^(?:ال|عبد|ابو|بن|ابن)/.test(k))) return;
  const ng = keys.filter((k) => /نغ$/.test(k)).length;
  // Every word a syllable (or syllables) of the pinyin or Korean tables (هو جين تاو, هان دوك سو): that outweighs
  // the Arabic look of short words.
  const chinese = keys.every((k) => syllables(k, 'chinese'));
  const korean = keys.every((k) => syllables(k, 'korean'));
  if (chinese) add(s, 'chinese', 1.5 * keys.length);
  if (korean) add(s, 'korean', 1.5 * keys.length + (chinese ? 0.1 : 0));
  const shortVowelled = keys.filter((k) => /[اوي]|ه$/.test(k)).length;
  if (shortVowelled === keys.length) {
    add(s, 'chinese', 1.5 + ng);
    if (keys.some((k) => /(?:يون|يول|سوك|كيم|جاي|مون|بارك)$/.test(k))) add(s, 'korean', 2.5);
  }
}

/** Judges the family of a name from its words and, optionally, the words before and after it in the text. */
export function judgeOrigin(
  words: readonly string[],
  context: readonly string[] = [],
  known?: (word: string) => Origin | undefined,
): OriginJudgement {
  const s: Scores = new Map([['arabic', 1]]);
  const keys = words.map((w) => normalizeArabic(w)).filter(Boolean);
  const shape = { n: 0 };
  for (const w of words) wordScores(w, s, shape);
  // A word the lexicon knows as a foreign given or family name (ديمتري, بوتين) is strong evidence.
  if (known)
    for (const w of words) {
      const o = known(w);
      if (o) add(s, STYLE_OF_ORIGIN[o], 3);
    }
  syllableRun(keys, s);
  for (const c of context) {
    const key = normalizeArabic(c);
    for (const [re, style, n] of CONTEXT) if (re.test(key)) add(s, style, n);
  }
  // Evidence adds up per family (ماكرون: French -on and a foreign shape are both European), styles inside it.
  const byOrigin = new Map<Origin, number>();
  for (const [st, n] of s) byOrigin.set(ORIGIN_OF_STYLE[st], (byOrigin.get(ORIGIN_OF_STYLE[st]) ?? 0) + n);
  const arabic = byOrigin.get('arabic') ?? 0;
  const foreignFamilies = [...byOrigin].filter(([o]) => o !== 'arabic' && o !== 'persian').sort((a, b) => b[1] - a[1]);
  // A foreign shape with no family signal reads as European, the commonest foreign family in the news. Shape is
  // evidence against Persian too (Persian names write few vowels and no European clusters): it goes to the others.
  const [other, specific] = foreignFamilies[0] ?? ['european', 0];
  const persian = byOrigin.get('persian') ?? 0;
  const [origin, best] = persian > specific + shape.n ? ['persian' as Origin, persian] : [other, specific + shape.n];
  if (origin !== 'persian' && specific === 0 && shape.n > 0) s.set('english', 0);
  const ranked = [...s].filter(([st]) => st !== 'arabic').sort((a, b) => b[1] - a[1]);
  const foreignRunnerUp = (): OriginJudgement['runnerUp'] => {
    const r = ranked.find(([st]) => st !== 'persian');
    // A long word of many consonants that the Persian test caught (هلسنكي, برشلونة) may as well be European.
    const many =
      s.get('persian') !== undefined && words.some((w) => normalizeArabic(w).replace(/[اوي]/g, '').length >= 5);
    const bonus = shape.n + (many ? 0.5 : 0);
    if (r && r[1] > 0) return { style: r[0], score: r[1] + bonus };
    return bonus > 0 ? { style: 'english', score: bonus } : undefined;
  };
  if (best <= arabic) {
    const runnerUp = foreignRunnerUp();
    return { origin: 'arabic', styles: ['arabic'], margin: 0, ...(runnerUp ? { runnerUp } : {}) };
  }
  if (origin === 'persian') {
    const runnerUp = foreignRunnerUp();
    return { origin, styles: ['persian'], margin: best - arabic, ...(runnerUp ? { runnerUp } : {}) };
  }
  const top = ranked.find(([st]) => ORIGIN_OF_STYLE[st] === origin)?.[1] ?? 0;
  const styles = ranked
    .filter(([st, n]) => ORIGIN_OF_STYLE[st] === origin || (n >= top - 1 && st !== 'persian'))
    .map(([st]) => st);
  // A European name of no clear kind is tried in the commonest press styles.
  if (origin === 'european')
    for (const st of ['english', 'german', 'french'] as const) if (!styles.includes(st)) styles.push(st);
  return { origin, styles, margin: best - arabic };
}
