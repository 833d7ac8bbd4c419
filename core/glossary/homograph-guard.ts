/**
 * The homograph guard: a single-word proper name matched only through a letter fold is checked against the
 * dictionary, because the fold may have turned an ordinary word into the name (مني "from me" is not منى, Mina).
 * Lists and reasons are in core/arabic/homographs.ts; the dictionary is injected (`isCommonWord`), core stays pure.
 *
 * Which fold it took decides what is done:
 * - a hamza left out (ادلب for إدلب, اجدابيا) is how the press writes names: always a match, whatever the
 *   dictionary says (AyaSpell lists احمد and ايمن, imperatives);
 * - a final ة/ه or ى/ي swapped is the other careless spelling (حماه for حماة, مصراته, مصطفي) but also the pronoun
 *   suffix or a verb ending (جده "his grandfather", يحيي "revives"). AyaSpell cannot tell them apart: it lists
 *   nearly every noun + ه and + ي (مصراته, صعده, سوريه, مصطفي are all "words"), so asking it would refuse most
 *   careless names. Only the listed homographs are questioned, and they match with evidence they are the name
 *   (a place or person cue before, a name next to it, the word standing alone as a heading);
 * - a madda or one hamza form written for another (مآرب "aims" for مأرب, Marib) is not a careless spelling: when
 *   the dictionary or the list knows the word as written, no match.
 */
import { PERSON_AFTER_CUES, PERSON_CUES, PLACE_CUES, isListedHomograph } from '../arabic/homographs';
import type { ScannedWords } from '../arabic/scan';
import type { TermKind } from './types';

/** What the fold between the written word and the term's spelling allows. */
export type FoldVerdict = 'match' | 'needs-evidence' | 'refuse';

const HAMZA_ALEFS: ReadonlySet<number> = new Set([0x0622, 0x0623, 0x0625]);
const TA_MARBUTA = 0x0629;
const HA = 0x0647;
const YA = 0x064a;
const ALEF_MAQSURA = 0x0649;

/** Folds that swap a final-letter form: ة/ه and ى/ي (either way). */
function isFinalSwap(t: number, s: number): boolean {
  return (
    (t === HA && s === TA_MARBUTA) ||
    (t === TA_MARBUTA && s === HA) ||
    (t === YA && s === ALEF_MAQSURA) ||
    (t === ALEF_MAQSURA && s === YA)
  );
}

/**
 * How far a fold goes, weakest first: `spelling` (a hamza left out on either side, ٱ, Persian letters),
 * `final` (ة/ه or ى/ي swapped), `other-letter` (a madda, or one hamza form for another).
 */
export type FoldKind = 'none' | 'spelling' | 'final' | 'other-letter';
const RANK: Readonly<Record<FoldKind, number>> = { none: 0, spelling: 1, final: 2, 'other-letter': 3 };
const MADDA = 0x0622;

function letterFold(t: number, s: number): FoldKind {
  if (t === s) return 'none';
  if (isFinalSwap(t, s)) return 'final';
  // A madda in the text is never a careless spelling (مآرب "aims" for مأرب); nor is one hamza form for another.
  if (t === MADDA || (HAMZA_ALEFS.has(t) && HAMZA_ALEFS.has(s))) return 'other-letter';
  // Left out in the text (ادلب) or in the glossary (text أحمد, term احمد), ٱ for ا, Persian letters.
  return 'spelling';
}

/** The strongest difference between `written` (the text) and `spelling` (the term), letter for letter. */
export function foldKind(written: string, spelling: string): FoldKind {
  let kind: FoldKind = 'none';
  for (let k = 0; k < written.length; k++) {
    const f = letterFold(written.charCodeAt(k), spelling.charCodeAt(k));
    if (RANK[f] > RANK[kind]) kind = f;
  }
  return kind;
}

/**
 * The verdict for a word matched through a fold. `written` is the span as written (letters, no marks), `spellings`
 * the term's own spellings with the same key, `dictionaryForm` the word without conjunction and preposition (the
 * article kept), the form a dictionary lists.
 */
export function foldVerdict(
  written: string,
  spellings: readonly string[],
  dictionaryForm: string,
  isCommonWord: ((w: string) => boolean) | undefined,
): FoldVerdict {
  // The closest of the term's spellings decides.
  let kind: FoldKind = 'other-letter';
  for (const s of spellings) {
    const k = foldKind(written, s);
    if (RANK[k] < RANK[kind]) kind = k;
  }
  if (RANK[kind] <= RANK.spelling) return 'match';
  const listed = isListedHomograph(written) || isListedHomograph(dictionaryForm);
  if (kind === 'final') return listed ? 'needs-evidence' : 'match';
  return listed || (isCommonWord?.(dictionaryForm) ?? false) ? 'refuse' : 'match';
}

const PLACE: ReadonlySet<string> = new Set(PLACE_CUES);
const PERSON: ReadonlySet<string> = new Set(PERSON_CUES);
const PERSON_AFTER: ReadonlySet<string> = new Set(PERSON_AFTER_CUES);

/** True when `key` is in `cues`, as written or after a leading و/ف (وفي, فإلى; وسط stays وسط). */
function isCue(cues: ReadonlySet<string>, key: string | undefined): boolean {
  if (key === undefined) return false;
  return cues.has(key) || (key.length > 2 && (key[0] === 'و' || key[0] === 'ف') && cues.has(key.slice(1)));
}

/**
 * Evidence from the words around word i that a homograph is the name: the word stands alone or opens a dateline,
 * or a cue for the term's kind comes right before it (after it for بن/بنت). A name next to it is checked by the
 * matcher.
 */
export function contextSaysName(words: ScannedWords, i: number, kind: TermKind): boolean {
  const { keys, joined } = words;
  // Alone in the paragraph (a heading), or first and cut off from what follows (a dateline: «حماه - سانا»).
  if (keys.length === 1 || (i === 0 && !joined[1])) return true;
  const before = i > 0 && joined[i] ? keys[i - 1] : undefined;
  const after = i + 1 < keys.length && joined[i + 1] ? keys[i + 1] : undefined;
  if (kind === 'place') return isCue(PLACE, before);
  if (kind === 'person') return isCue(PERSON, before) || isCue(PERSON_AFTER, after);
  // Organisations: a cue of either kind.
  return isCue(PLACE, before) || isCue(PERSON, before);
}
