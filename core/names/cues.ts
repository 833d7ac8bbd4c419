/**
 * Cue words: a word after one of these is very likely a proper name of the kind the cue says. Keys are normalised
 * (ة → ه, hamza on alef dropped). Titles (ملا, مولوي) also cue a person and are not part of the name.
 */
export type NameKind = 'person' | 'place' | 'org';

export const CUES: ReadonlyMap<string, NameKind> = new Map<string, NameKind>([
  ...['المدعو', 'المدعوه', 'ملا', 'الملا', 'مولوي', 'المولوي', 'قاري', 'القاري', 'الشيخ', 'شيخ', 'الرئيس', 'الزعيم', 'القائد',
    'المتزعم', 'الامير', 'امير', 'الارهابي', 'المتحدث', 'الوزير', 'السيد', 'السيده', 'الحاج', 'حاجي', 'مفتي', 'المفتي', 'الجنرال',
    'العميد', 'اللواء', 'العقيد', 'الدكتور', 'النائب', 'الامام', 'مولانا', 'المواطن', 'الشهيد', 'الصحفي', 'الناشط']
    .map((k): [string, NameKind] => [k, 'person']),
  ...['مدينه', 'ولايه', 'بلده', 'قريه', 'ريف', 'منطقه', 'سجن', 'محافظه', 'اقليم', 'مديريه', 'ناحيه', 'قضاء', 'مخيم', 'حي',
    'مطار', 'ميناء', 'جزيره', 'بحيره', 'نهر', 'جبل', 'وادي', 'بلدات', 'قري', 'مدن', 'مقاطعه', 'عاصمه', 'العاصمه', 'شمال', 'جنوب', 'شرق', 'غرب']
    .map((k): [string, NameKind] => [k, 'place']),
  ...['وكاله', 'تنظيم', 'حركه', 'جماعه', 'حزب', 'جبهه', 'صحيفه', 'قناه', 'ميليشيا', 'مليشيا', 'كتائب', 'لواء', 'شركه', 'جامعه', 'مجلس']
    .map((k): [string, NameKind] => [k, 'org']),
]);

/** Compass cues take a name only when it is not itself a common word (شمال أفغانستان, but not شمال البلاد). */
export const WEAK_CUES: ReadonlySet<string> = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'حي', 'مجلس', 'لواء', 'جبل', 'نهر']);

/** First words of multi-word place names (دير الزور, تل أبيض, رأس العين). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(['دير', 'تل', 'راس', 'عين', 'جبل', 'بيت', 'ابو', 'ام', 'بني', 'كفر', 'خان', 'سيدي', 'جسر', 'مزار', 'جلال', 'لشكر', 'سبين']);

/** Second words that make one name with the word before them (X الله, X الدين, حبيب الرحمان). */
export const NAME_TAILS: ReadonlySet<string> = new Set(['الله', 'الدين', 'الرحمن', 'الرحمان', 'الحق', 'الاسلام', 'الرحيم', 'الكريم', 'العزيز']);
