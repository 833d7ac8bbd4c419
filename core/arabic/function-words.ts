/**
 * Frequent function words (prepositions, particles, pronouns). Letter folds make several of them collide with
 * names and terms: على folds to علي ("Ali"), إلى to إلي, متى to متي ("Matthew"), أنا to آنا ("Anna").
 * A term never matches one of these through a fold or by splitting off a clitic letter (لدى is not ل + دى):
 * only a term spelled exactly like the function word can match it. One list, used by the matcher and name discovery.
 * Written without marks; the hamza-less spellings common in news text (الى, اذا) are listed too.
 */
import { normalizeArabic, stripArabicMarks } from './normalize';

export const FUNCTION_WORDS: readonly string[] = [
  // Words ending in alef maqsura, which folds to ya.
  'على', 'إلى', 'الى', 'حتى', 'لدى', 'متى', 'سوى', 'عسى', 'بلى', 'أنى', 'فى',
  // Hamza forms, which fold to bare alef.
  'أن', 'إن', 'أنا', 'أنت', 'أنتم', 'أنتما', 'أنتن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'لأن', 'لإن',
  'أو', 'أي', 'أين', 'أيضا', 'أم', 'أما', 'إما', 'إذ', 'إذا', 'اذا', 'إذن', 'إلا', 'الا', 'ألا', 'أمام', 'إليه',
  'إليها', 'إليهم', 'إلينا', 'أيها', 'إياه', 'إياها', 'أثناء', 'إزاء',
  'ان', 'انه', 'انها', 'انهم', 'او', 'اي', 'اذ', 'اما', 'لان', 'انا',
  // Prepositions, conjunctions and pronouns that begin with a clitic letter (و ف ب ل ك) or end in ة/ه.
  'في', 'فيه', 'فيها', 'فيما', 'فقط', 'فقد', 'وقد', 'لقد', 'لكن', 'ولكن', 'لكي', 'كي', 'كما', 'كذلك', 'لذلك',
  'كان', 'كانت', 'كل', 'كلا', 'بل', 'بين', 'بعد', 'بعض', 'به', 'بها', 'بهم', 'له', 'لها', 'لهم', 'لنا', 'لم',
  'لن', 'لا', 'لما', 'لو', 'لولا', 'ليس', 'وهو', 'وهي', 'هو', 'هي', 'هم', 'هذه', 'هذا', 'ذلك', 'تلك', 'التي',
  'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'منه', 'منها', 'عنه', 'عنها', 'عليه', 'عليها', 'لديه', 'لديها',
  'من', 'عن', 'مع', 'منذ', 'عند', 'قبل', 'ما', 'ماذا', 'مثل', 'غير', 'ثم', 'قد',
];

const SET: ReadonlySet<string> = new Set(FUNCTION_WORDS.map((w) => stripArabicMarks(w)));

/** True when `written` (marks ignored, letters as written) is one of the function words. */
export function isFunctionWord(written: string): boolean {
  return SET.has(stripArabicMarks(written));
}

/** The same test on a word already stripped of marks (`stripArabicMarks`), for hot paths. */
export function isFunctionWordStripped(stripped: string): boolean {
  return SET.has(stripped);
}

/** The normalised keys of the function words: a cheap first filter before comparing the written letters. */
export const FUNCTION_WORD_KEYS: ReadonlySet<string> = new Set(FUNCTION_WORDS.map((w) => normalizeArabic(w)));
