/**
 * Theophoric and ʿAbd- names are written both spaced and joined: عبد الله / عبدالله, حكمت الله / حكمتالله,
 * عبد الرحمن / عبدالرحمن. Both spellings must meet, so a joined key is read as the two words of the spaced one.
 */

const ALLAH = 'الله';
const ABD = 'عبد';
/** What precedes الله must be a name, not a clitic (بالله, والله, لله are ب/و/ل + الله). */
const MIN_FIRST = 3;

/** The two words a joined name key stands for (`عبدالله` → [`عبد`, `الله`]), or null when it is not one. */
export function splitJoinedName(key: string): [string, string] | null {
  if (key.length >= MIN_FIRST + ALLAH.length && key.endsWith(ALLAH)) {
    return [key.slice(0, key.length - ALLAH.length), ALLAH];
  }
  // عبد + an article noun of at least two letters (عبدالعزيز, عبدالرحمن).
  if (key.length >= ABD.length + 4 && key.startsWith(ABD) && key[3] === 'ا' && key[4] === 'ل') {
    return [ABD, key.slice(ABD.length)];
  }
  return null;
}
