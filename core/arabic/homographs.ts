/**
 * Homographs made by the letter folds, and the context words that tell a name from them: one place for the
 * glossary's homograph guard (core/glossary/homograph-guard.ts), with the reason for every entry.
 *
 * Folding ة/ه, ى/ي and the hamza forms lets careless spellings of names match (حماه, غزنى, ادلب), but the same fold
 * turns ordinary words into names: جده "his grandfather" folds to جدة (Jeddah), مني "from me" to منى (Mina).
 * The app's dictionary (AyaSpell, injected into the index) answers "is this spelling a word?"; this list answers it
 * where no dictionary is given (tests, the browser) and for the words news text uses most.
 * Written without marks, letters as written.
 */

/** Words that fold to a name but are, as written, ordinary words of news text. */
export const FOLD_HOMOGRAPHS: ReadonlyArray<readonly [word: string, reading: string, name: string]> = [
  // ه is also the pronoun "his/him": the word + ه folds to a name ending in ة.
  ['حماه', 'his father-in-law; protected him', 'حماة Hama'],
  ['جده', 'his grandfather; his grandmother', 'جدة Jeddah'],
  ['حجه', 'his pilgrimage; his argument', 'حجة Hajjah'],
  ['رحمه', 'had mercy on him (رحمه الله)', 'رحمة Rahma'],
  // ي is also "my", a verb ending or a nisba adjective: it folds to a name ending in ى.
  ['مني', 'from me', 'منى Mina, Mona'],
  ['يحيي', 'revives; greets', 'يحيى Yahya'],
  ['ليلي', 'nocturnal; my night', 'ليلى Layla'],
  ['هدي', 'guidance; conduct', 'هدى Huda'],
  ['رضي', 'was pleased (رضي الله عنه)', 'رضى Rida'],
  ['سلمي', 'peaceful', 'سلمى Salma'],
  ['بشري', 'human', 'بشرى Bushra'],
  ['يسري', 'applies, comes into force', 'يسرى Yusra'],
  // A madda or hamza written where the name has another: not a careless spelling, another word.
  ['مآرب', 'aims, ends', 'مأرب Marib'],
];

const HOMOGRAPH_SET: ReadonlySet<string> = new Set(FOLD_HOMOGRAPHS.map(([w]) => w));

/** True when `written` (no marks, letters as written) is one of the listed homographs. */
export function isListedHomograph(written: string): boolean {
  return HOMOGRAPH_SET.has(written);
}

/**
 * Words that, right before a word, say it is a place: prepositions of place and movement, administrative units,
 * points of the compass. «إلى جده» is Jeddah, «توفي جده» is not. Keys are normalised (folded), no clitics.
 */
export const PLACE_CUES: readonly string[] = [
  'في',
  'الي',
  'من',
  'نحو',
  'قرب',
  'بين',
  'حتي',
  'داخل',
  'خارج',
  'عبر',
  'حول',
  'ضواحي',
  'اطراف',
  'انحاء',
  'مدينه',
  'محافظه',
  'ولايه',
  'ريف',
  'بلده',
  'قريه',
  'منطقه',
  'اقليم',
  'مديريه',
  'عاصمه',
  'العاصمه',
  'مدن',
  'ميناء',
  'مطار',
  'جامعه',
  'سكان',
  'اهالي',
  'مخيم',
  'حي',
  'جزيره',
  'اماره',
  'مملكه',
  'سلطنه',
  'دوله',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'وسط',
  'شمالي',
  'جنوبي',
  'شرقي',
  'غربي',
];

/** Words that, right before a word, say it is a person: titles, ranks, and verbs of saying. */
export const PERSON_CUES: readonly string[] = [
  'الرئيس',
  'رئيس',
  'الشيخ',
  'السيد',
  'السيده',
  'الامير',
  'الاميره',
  'الملك',
  'الملكه',
  'السلطان',
  'العقيد',
  'اللواء',
  'العميد',
  'الفريق',
  'المشير',
  'النقيب',
  'الوزير',
  'الوزيره',
  'الدكتور',
  'الدكتوره',
  'القيادي',
  'النائب',
  'الزعيم',
  'الناطق',
  'المتحدث',
  'الناشط',
  'الناشطه',
  'الصحفي',
  'الصحفيه',
  'المواطن',
  'المواطنه',
  'الشاب',
  'الشابه',
  'الطفل',
  'الطفله',
  'الفتاه',
  'قال',
  'قالت',
  'اكد',
  'اكدت',
  'اعلن',
  'اعلنت',
  'مولوي',
  'ملا',
];

/** Words that, right after a word, say it is a person: يحيى بن ..., منى بنت .... */
export const PERSON_AFTER_CUES: readonly string[] = ['بن', 'بنت'];
