/**
 * The normalised key of one Arabic word, fast: most words have nothing the normaliser changes (no hamza seat,
 * ta marbuta, alef maqsura, mark, tatweel, Persian letter or decomposed hamza), and NFC is the costly part of
 * `normalizeArabic`, so those words are their own key. The same result as `normalizeArabic(word)`.
 */
import { normalizeArabic } from '../../arabic/normalize';

const CHANGES =
  /[\u0622\u0623\u0625\u0629\u0649\u0671\u0640\u06A9\u06CC\u06C0\u200C-\u200F\u0660-\u0669\u06F0-\u06F9]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u08CA-\u08FF]/;

export function arabicKey(word: string): string {
  return CHANGES.test(word) ? normalizeArabic(word) : word;
}
