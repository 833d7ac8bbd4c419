/**
 * The phonemic form of one Arabic-script word: consonants, each with the vowel that follows it.
 * Consonants are named by their Buckwalter letter ('E' ʿayn, "'" hamza, '$' shin …); Persian letters use
 * Buckwalter's extensions (P پ, J چ, R ژ, G گ, V ڤ). 'p' is tāʾ marbūṭa, rendered -a / -ah / -at by the schemes.
 */

/** 'aw' and 'ay' exist only while readings are built; a reading spells them as a + w/y. */
export type Vowel = '' | 'a' | 'i' | 'u' | 'aa' | 'ii' | 'uu' | 'aa_maqsura' | 'aw' | 'ay';

export interface Unit {
  c: string;
  v: Vowel;
  /** Doubled (shadda, or the -iyya of a nisba). */
  gem: boolean;
}

/** A reading of a word with how unlikely it is (0 = the rules' first choice). */
export interface Reading {
  units: Unit[];
  penalty: number;
}

/** Arabic letter → Buckwalter consonant. Vowel letters (ا و ي ى) and ة are handled by the vowel rules. */
export const CONSONANTS: Readonly<Record<string, string>> = {
  ء: "'",
  أ: "'",
  إ: "'",
  ؤ: "'",
  ئ: "'",
  آ: "'",
  ب: 'b',
  ت: 't',
  ث: 'v',
  ج: 'j',
  ح: 'H',
  خ: 'x',
  د: 'd',
  ذ: '*',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: '$',
  ص: 'S',
  ض: 'D',
  ط: 'T',
  ظ: 'Z',
  ع: 'E',
  غ: 'g',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ک: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ۀ: 'h',
  و: 'w',
  ي: 'y',
  ی: 'y',
  پ: 'P',
  چ: 'J',
  ژ: 'R',
  گ: 'G',
  ڤ: 'V',
  ة: 'p',
};

/** The Arabic sun letters: the article assimilates to them in speech (ad-Din, ash-Sham). */
export const SUN_LETTERS = new Set(['t', 'v', 'd', '*', 'r', 'z', 's', '$', 'S', 'D', 'T', 'Z', 'l', 'n']);

export const FATHA = '\u064E';
export const DAMMA = '\u064F';
export const KASRA = '\u0650';
export const SUKUN = '\u0652';
export const SHADDA = '\u0651';
export const TANWIN = new Set(['\u064B', '\u064C', '\u064D']);
export const SUPERSCRIPT_ALEF = '\u0670';

/** One written letter with the marks that follow it. */
export interface Letter {
  ch: string;
  marks: string;
}

/** Splits a word into letters and their marks; tatweel and other non-letters are dropped. */
export function toLetters(word: string): Letter[] {
  const out: Letter[] = [];
  for (const ch of word.normalize('NFC')) {
    if (/[\u064B-\u065F\u0670]/.test(ch)) {
      const last = out[out.length - 1];
      if (last) last.marks += ch;
    } else if (ch === '\u0640') {
      continue;
    } else if (/\p{L}/u.test(ch)) {
      out.push({ ch, marks: '' });
    }
  }
  return out;
}

export function hasVowelMarks(letters: readonly Letter[]): boolean {
  return letters.some((l) => /[\u064E-\u0652]/.test(l.marks));
}

/** The short vowel a mark writes, or undefined when the letter has none. */
export function markedVowel(marks: string): Vowel | 'none' | undefined {
  if (marks.includes(FATHA) || marks.includes('\u064B')) return 'a';
  if (marks.includes(KASRA) || marks.includes('\u064D')) return 'i';
  if (marks.includes(DAMMA) || marks.includes('\u064C')) return 'u';
  if (marks.includes(SUKUN)) return 'none';
  return undefined;
}
