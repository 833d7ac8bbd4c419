/**
 * Month and weekday names. The Arabic Gregorian names of every system (Levantine/Iraqi كانون الثاني…, Egyptian/Gulf
 * يناير…, Maghrebi جانفي…, Moroccan يوليوز غشت…) and the Hijri months are what `Intl` gives for ar-SY, ar-EG, ar-DZ,
 * ar-MA and the islamic-umalqura calendar (a test keeps them in step); the press's variant spellings that `Intl`
 * lacks (يونيه، يوليه، إبريل، ربيع الثاني، جمادى الثانية…) are ours. Written unnormalised; compared normalised.
 */

/** Gregorian months 1–12. */
export const AR_GREGORIAN: readonly string[][] = [
  ['كانون الثاني', 'يناير', 'جانفي'],
  ['شباط', 'فبراير', 'فيفري'],
  ['آذار', 'مارس'],
  ['نيسان', 'أبريل', 'إبريل', 'ابريل', 'أفريل', 'افريل'],
  ['أيار', 'مايو', 'ماي', 'مايس'],
  ['حزيران', 'يونيو', 'يونيه', 'جوان', 'يونيوز'],
  ['تموز', 'يوليو', 'يوليه', 'جويلية', 'جويلة', 'يوليوز'],
  ['آب', 'أغسطس', 'اغسطس', 'أوت', 'غشت', 'آغسطس'],
  ['أيلول', 'سبتمبر', 'شتنبر'],
  ['تشرين الأول', 'أكتوبر', 'اكتوبر'],
  ['تشرين الثاني', 'نوفمبر', 'نونبر'],
  ['كانون الأول', 'ديسمبر', 'دجنبر'],
];

/** Names that are ordinary words or names too (مارس "he practised", نيسان the car): counted only beside a date. */
export const AR_AMBIGUOUS = new Set(['مارس', 'ماي', 'نيسان', 'محرم', 'صفر', 'رجب', 'شعبان', 'رمضان', 'شوال']);

/** Hijri months 1–12. */
export const AR_HIJRI: readonly string[][] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع الاول'],
  ['ربيع الآخر', 'ربيع الثاني', 'ربيع الاخر'],
  ['جمادى الأولى', 'جمادى الأول', 'جمادي الأولى', 'جمادى الاولى'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني', 'جمادي الآخرة'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة', 'ذو القعده'],
  ['ذو الحجة', 'ذي الحجة', 'ذو الحجه'],
];

export const EN_GREGORIAN: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Abbreviations, counted only with a full stop or a number after them. */
export const EN_GREGORIAN_ABBR: readonly string[][] = [
  ['Jan'],
  ['Feb'],
  ['Mar'],
  ['Apr'],
  [],
  ['Jun'],
  ['Jul'],
  ['Aug'],
  ['Sep', 'Sept'],
  ['Oct'],
  ['Nov'],
  ['Dec'],
];

/** English Hijri month names as regular expressions (apostrophes, hyphens and "al-"/"ul-" vary). */
const AL = '(?:\\s+|-)(?:al|ul|el)?-?\\s*';
export const EN_HIJRI: readonly RegExp[] = [
  /\bMuharr?am\b/,
  /\bSafar\b/,
  new RegExp(`\\bRabi[’']?(?:${AL}Awwal|\\s+I)\\b`),
  new RegExp(`\\bRabi[’']?(?:${AL}(?:Thani|Akhir|Akhar)|\\s+II)\\b`),
  new RegExp(`\\bJumad[ao]?(?:${AL}(?:Ula|Oula|Awwal|Ulaa)|\\s+I)\\b`),
  new RegExp(`\\bJumad[ao]?(?:${AL}(?:Akhir(?:a|ah)?|Thani(?:a|ah)?|Akhirah)|\\s+II)\\b`),
  /\bRajab\b/,
  /\bSha[’']?ban\b/,
  /\bRamad[ha]n\b/,
  /\bShaww?al\b/,
  /\bDhu?[’']?l?(?:\s+|-)?(?:al-?\s*)?Q[ai][’']?dah?\b/,
  /\bDhu?[’']?l?(?:\s+|-)?(?:al-?\s*)?Hijj?ah?\b/,
];
/** Hijri names that are also people's names (Rajab Tayyip…, Ramadan): counted only beside a date. */
export const EN_HIJRI_AMBIGUOUS = new Set([0, 1, 6, 7, 8, 9]);

/** Weekdays from Sunday. */
export const AR_WEEKDAYS: readonly string[][] = [
  ['الأحد', 'الاحد'],
  ['الاثنين', 'الإثنين'],
  ['الثلاثاء'],
  ['الأربعاء', 'الاربعاء'],
  ['الخميس'],
  ['الجمعة'],
  ['السبت'],
];
export const EN_WEEKDAYS: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
