/**
 * The word lists behind name discovery, all keyed by normalizeArabic (ة → ه, hamza on alef dropped, ى → ي).
 * They describe Arabic news style in general (the cues that introduce names, the shapes names take); none is built
 * from an evaluation text.
 */
export type NameKind = 'person' | 'place' | 'org';

/**
 * How far a cue vouches for the word after it.
 * - `name`: only a word that already looks like a name (absent from the dictionary, a lexicon name, a name shape);
 * - `noun`: also an indefinite dictionary word that is not adjective-shaped (وكالة تسنيم, حركة طالبان, مدينة حلب);
 * - `place`: also a definite dictionary word, the construct of a place noun (بلدة الشعفة, ريف حلب).
 */
export type CueStrength = 'name' | 'noun' | 'place';

export interface Cue {
  kind: NameKind;
  strength: CueStrength;
}

const cue = (kind: NameKind, strength: CueStrength, words: readonly string[]): Array<[string, Cue]> =>
  words.map((w) => [w, { kind, strength }]);

export const CUES: ReadonlyMap<string, Cue> = new Map<string, Cue>([
  // Titles and "the so-called": what follows is a person, even a dictionary word (الشيخ صباح, الملا برادر).
  ...cue('person', 'noun', ['المدعو', 'المدعوه', 'ملا', 'الملا', 'مولوي', 'المولوي', 'قاري', 'القاري', 'الشيخ', 'شيخ',
    'حاجي', 'الحاج', 'مفتي', 'المفتي', 'مولانا', 'المولى', 'الامام', 'السيد', 'السيده', 'الجنرال', 'الدكتور', 'المهندس',
    'يدعي', 'تدعي', 'يسمي', 'المسمي', 'المسماه', 'الركن']),
  // Roles: usually followed by a name, but also by adjectives (الرئيس الأمريكي, المتزعم السابق), so name-like only.
  ...cue('person', 'name', ['الرئيس', 'رئيس', 'الزعيم', 'زعيم', 'القائد', 'قائد', 'المتزعم', 'متزعم', 'الامير', 'امير',
    'الارهابي', 'المتحدث', 'الناطق', 'الوزير', 'وزير', 'العميد', 'اللواء', 'العقيد', 'النقيب', 'الرائد', 'المقدم', 'النائب',
    'القيادي', 'المسؤول', 'الحاكم', 'حاكم', 'والي', 'الوالي', 'المبعوث', 'السفير', 'المواطن', 'الشهيد', 'الصحفي', 'الناشط',
    'الشاب', 'الطفل', 'الشقيقين', 'الانتحاري', 'المسلح', 'المطلوب', 'الملقب', 'الملقبه', 'المكنى', 'المعروف']),
  ...cue('place', 'place', ['مدينه', 'ولايه', 'بلده', 'قريه', 'ريف', 'محافظه', 'مديريه', 'ناحيه', 'قضاء', 'مخيم',
    'بلدات', 'قري', 'مدن', 'مقاطعه', 'اقليم', 'عاصمه', 'حي', 'مطار', 'جزيره', 'مزرعه']),
  ...cue('place', 'place', ['معبر', 'ميناء', 'بحيره', 'نهر', 'جبل', 'جبال', 'وادي', 'صحراء', 'سهل', 'باديه', 'ضواحي']),
  ...cue('place', 'name', ['منطقه', 'سجن', 'معسكر', 'قاعده', 'مركز', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي',
    'جنوبي', 'شرقي', 'غربي', 'اطراف', 'محيط', 'قرب', 'بمحاذاه']),
  ...cue('org', 'noun', ['وكاله', 'تنظيم', 'حركه', 'جماعه', 'حزب', 'جبهه', 'صحيفه', 'قناه', 'ميليشيا', 'مليشيا', 'كتائب',
    'شبكه', 'اذاعه']),
  ...cue('org', 'name', ['كتيبه', 'فصيل', 'شركه', 'جامعه', 'مؤسسه', 'موقع', 'تلفزيون', 'مجموعه', 'تحالف', 'قوات', 'الويه',
    'لواء']),
]);

/** Titles that stand between a cue and the name (المدعو مولوي X, الرئيس الأفغاني أشرف غني are skipped to X). */
export const TITLES: ReadonlySet<string> = new Set(
  [...CUES].filter(([, c]) => c.kind === 'person' && c.strength === 'noun').map(([k]) => k),
);

/** Place nouns that a definite word after a place cue may still be (ريف المحافظة is not a name). */
export const GENERIC_PLACES: ReadonlySet<string> = new Set(['البلاد', 'المدينه', 'المحافظه', 'المنطقه', 'الولايه', 'البلده',
  'القريه', 'العاصمه', 'الحدود', 'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'المديريه', 'الريف', 'الناحيه', 'الاقليم', 'القضاء',
  'الدوله', 'المخيم', 'المركز', 'الاخيره', 'الاولي', 'الثانيه', 'نفسها', 'ذاتها', 'المذكوره', 'المجاوره']);

/**
 * First words of multi-word place names (دير الزور, تل أبيض, رأس العين, البو عيثة): the next word belongs to the
 * name. As a cue (وادي الشاي, جبل الزاوية) the head stays in the name: English keeps it (Wadi al-Shay).
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set(['البو', 'دير', 'تل', 'راس', 'عين', 'جبل', 'بيت', 'ابو', 'ام', 'بني', 'كفر',
  'خان', 'سيدي', 'جسر', 'مزار', 'جلال', 'لشكر', 'سبين', 'قلعه', 'بئر', 'حمام', 'مرج', 'وادي', 'باب', 'سوق', 'ميدان', 'شيخ']);

/** Second words that make one name with the word before them (X الله, X الدين, حبيب الرحمان). */
export const NAME_TAILS: ReadonlySet<string> = new Set(['الله', 'الدين', 'الرحمن', 'الرحمان', 'الحق', 'الاسلام', 'الرحيم',
  'الكريم', 'العزيز', 'الملك', 'الغني', 'اللطيف', 'الستار', 'الجبار', 'القادر', 'الباري', 'النبي', 'الامير']);

/**
 * Words that make a phrase with الله which is not a name (إن شاء الله, في سبيل الله, رحمه الله, حزب الله is an org
 * the lexicon knows). Compared on the written letters, so رحمه (his mercy) differs from رحمة (Rahmatullah).
 */
export const NOT_THEOPHORIC: ReadonlySet<string> = new Set(['شاء', 'رحمه', 'يرحمه', 'حفظه', 'سبحان', 'بسم', 'سبيل', 'رسول',
  'بيت', 'كتاب', 'دين', 'أمر', 'امر', 'خلق', 'كلام', 'شرع', 'حكم', 'أرض', 'ارض', 'عباد', 'أنصار', 'انصار', 'حزب', 'جند',
  'رام', 'وجه', 'عند', 'بإذن', 'باذن', 'إذن', 'اذن', 'لعنة', 'لعنه', 'قاتلهم', 'الحمد', 'نعم', 'فضل', 'عبيد', 'ذكر', 'سنة',
  'حدود', 'نصر', 'أولياء', 'اولياء', 'بيوت', 'آيات', 'ايات', 'يا', 'عبد', 'هداه', 'أعزه', 'اعزه', 'تقبله', 'شكر', 'والحمد']);

/** Kunya and filiation words: the word after them is part of the name (أبو بكر, ابن خلدون, بن لادن). */
export const KUNYA: ReadonlySet<string> = new Set(['ابو', 'ابي', 'ابا', 'ام']);
export const FILIATION: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);

/** Heads of institution names made of a noun and its definite adjectives (المخابرات المركزية الأمريكية). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['المخابرات', 'الاستخبارات', 'وزاره', 'منظمه', 'هيئه', 'مجلس',
  'جهاز', 'مديريه', 'الامم', 'محكمه', 'بعثه', 'مفوضيه']);

/**
 * Lexicon entries that are more often an ordinary word in news prose (مالي "financial", الباب "the door",
 * حديثة "recent", دوما "always"): they count only after a cue (مدينة الباب, وكالة فارس).
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(['بنين', 'مالي', 'الباب', 'صور', 'قم', 'هيت', 'العقبه', 'الجزيره',
  'العربيه', 'فارس', 'فتح', 'غور', 'سرت', 'الحله', 'العماره', 'واسط', 'القائم', 'حديثه', 'الرمادي', 'الميادين', 'المثني',
  'الحديده', 'الخليل', 'الاقصر', 'جده', 'تدمر', 'حماه', 'درعا', 'دوما', 'الزرقاء', 'تعز', 'ميمنه', 'مسقط', 'المنامه',
  'العريش']);

/**
 * Prepositions and adverbs that the function-word list leaves out but that end a name as surely (أشرف غني خلال
 * لقائه): treated as function words by discovery.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(['خلال', 'عبر', 'حول', 'ضد', 'دون', 'نحو', 'وفق', 'وفقا', 'اثناء', 'عقب',
  'اثر', 'جراء', 'امام', 'وراء', 'خلف', 'تحت', 'فوق', 'حين', 'حيث', 'عندما', 'بينما', 'فيما', 'الذي', 'التي', 'الذين', 'اليوم',
  'امس', 'غدا', 'ايضا', 'كذلك', 'وقال', 'قال', 'قالت', 'وقالت', 'اكد', 'واكد', 'اضاف', 'واضاف', 'اشار', 'واشار', 'لدي', 'سوي']);
