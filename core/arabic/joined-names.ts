/**
 * Compound names are written both spaced and joined: عبد الله / عبدالله, حكمت الله / حكمتالله,
 * عبد الرحمن / عبدالرحمن, and in much agency copy عبد ربه / عبدربه, أبو ظبي / أبوظبي, أبو بكر / ابوبكر.
 * Both spellings must meet, so a joined key is read as the two words of the spaced one.
 */
const ALLAH = 'الله';
const ABD = 'عبد';
const ABU = 'ابو';
/** What precedes الله must be a name, not a clitic (بالله, والله, لله are ب/و/ل + الله). */
const MIN_FIRST = 3;
/**
 * After عبد without the article, or after أبو, the rest must be a name of three letters or more: عبده (Abduh),
 * أبوه ("his father"), أبواب ("doors") and أبوين ("parents") are words of their own, never split.
 */
const MIN_REST = 3;

/** The two words a joined theophoric or عبد + article name key stands for (`عبدالله` → [`عبد`, `الله`]), or null. */
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

/**
 * `splitJoinedName`, and also عبد joined to a name without the article (عبدربه → عبد ربه) and the kunya أبو
 * joined to the next word (أبوظبي → ابو ظبي). Only the glossary uses these: a split is consumed only when a term
 * has both words, so عبديات or أبوهما never meet a term by accident. Transliteration keeps `splitJoinedName`.
 */
export function splitJoinedForm(key: string): [string, string] | null {
  const name = splitJoinedName(key);
  if (name) return name;
  for (const head of [ABD, ABU]) {
    if (key.length >= head.length + MIN_REST && key.startsWith(head)) return [head, key.slice(head.length)];
  }
  return null;
}
