/**
 * Whether a word written in Arabic script looks Persian, Dari or Pashto, without the lexicon: English press spells
 * such names the Afghan/Iranian way (Kandahar, Helmand, Herat, Logar, Dostum, Haidar), not the Arabic way.
 */
import { normalizeArabic } from '../arabic/normalize';

/** Letters Arabic does not use: پ چ ژ گ ک ی (and Pashto ټ ډ ړ ښ ږ ځ څ ڼ ۍ ې). */
const PERSIAN_LETTERS =
  /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u067C\u0689\u0693\u069A\u0696\u0681\u0685\u06BC\u06CD\u06D0]/;

/**
 * Endings of Persian and Pashto names and places: tribal -zai and -khel, -stan, -abad, -mand (Helmand,
 * Dawlatmand), -shahr, -gah (Lashkar Gah), -gan and -jan (Samangan, Jowzjan, Zanjan; Arabic writes گ as غ).
 * Checked on the normalised word (ي for ی, ا for آ); آباد written apart counts too (Faiz Abad).
 */
const ENDINGS = /(?:زي|زاي|خيل|ستان|اباد|مند|شهر|غاه|كاه|غان|جان)$/;

/** Arabic derivational prefixes: the consonants they add are not part of the root (mustaqbal, istiqlal, taqaddum). */
const PREFIX = /^(?:است|مست|مت|ال|ا|م|ت)/;

/** Arabic suffixes: -ān, -ī, -iyya, ة, -ūn, -īn, -āʾ. */
const SUFFIX = /(?:يه|ان|ون|ين|اء|ء|ه|ي)$/;

/**
 * A word whose stem has five consonants or more, after Arabic prefixes and suffixes are set aside, is not Arabic:
 * Arabic roots have three or four (Qandahar, Helmand, Kermanshah are five and six).
 */
function tooManyConsonants(key: string): boolean {
  const stem = key.replace(PREFIX, '').replace(SUFFIX, '');
  return stem.replace(/[اويى]/g, '').length >= 5;
}

/** Whether one written word looks Persian, Dari or Pashto rather than Arabic (no lexicon needed). */
export function looksPersian(word: string): boolean {
  if (PERSIAN_LETTERS.test(word)) return true;
  const key = normalizeArabic(word);
  if (key.length < 3 || key === 'الله' || key.startsWith('عبد')) return false;
  if ((ENDINGS.test(key) && key.length >= 5) || key === 'اباد') return true;
  return tooManyConsonants(key);
}
