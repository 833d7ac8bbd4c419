/**
 * The `spelling` check: English words the dictionary (context.speller, loaded in the main process: US or British
 * English as the setting `englishVariant`) does not know. Never flagged: words with digits, short words, Arabic name
 * particles, the context's known words (glossary English, the personal word list), the news words of
 * text/news-words.ts (sharia, jirga, peshmerga…), and names of the paragraph's Arabic as the transliterator spells
 * them (text/source-names.ts).
 * Capitalised words are names unless they are one slip (a letter dropped, added, changed or two swapped) from a
 * dictionary word and no name of the Arabic: "Goverment forces", "Foriegn Minister", "Febuary" are flagged;
 * Jowzjan, Sheberghan, al-Shuhayl, and Sergei for سيرغي (one slip from "Serge") are not.
 * en-GB with the British dictionary also takes Oxford -ize (organize, analyze); en-GB served by the US dictionary
 * (dictionary-en-gb not installed) takes British forms of the US words (colour, organise, centre, travelled).
 */
import { NEWS_WORDS } from '../text/news-words';
import { isSourceName } from '../text/source-names';
import type { QaCheck, QaContext, QaFlag } from '../types';
import { checkable, makeFlag } from './flag';

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
const PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'bin',
  'ibn',
  'bint',
  'abu',
  'abd',
  'ash',
  'ad',
  'ar',
  'as',
  'at',
  'az',
  'an',
  'wal',
]);

/** US spellings a British one may stand for (colour → color, organise → organize, centre → center, travelled → traveled). */
function usForms(word: string): string[] {
  const forms = [
    word.replace(/our(s|ed|ing|ful|ite|ites|able)?$/, 'or$1'),
    word.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'),
    word.replace(/ys(e|es|ed|ing)$/, 'yz$1'),
    word.replace(/tre(s)?$/, 'ter$1'),
    word.replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'),
    word.replace(/ogue(s)?$/, 'og$1'),
    word.replace(/ence$/, 'ense'),
  ];
  return [...new Set(forms)].filter((f) => f !== word);
}

/** The -ise form of an Oxford -ize spelling (organize → organise), British all the same. */
const oxfordForm = (word: string): string =>
  word.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1').replace(/yz(e|es|ed|ing)$/, 'ys$1');

interface SpellMemo {
  known: Map<string, boolean>;
  slips: Map<string, string[]>;
}

function isKnown(word: string, ctx: QaContext, memo: SpellMemo): boolean {
  const cached = memo.known.get(word);
  if (cached !== undefined) return cached;
  const speller = ctx.speller!;
  const uk = ctx.settings['englishVariant'] === 'en-GB';
  const british = speller.variant === 'en-GB';
  const ok =
    speller.correct(word) ||
    (uk && !british && usForms(word).some((f) => speller.correct(f))) ||
    (uk && british && oxfordForm(word) !== word && speller.correct(oxfordForm(word)));
  memo.known.set(word, ok);
  return ok;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Dictionary words one slip from a capitalised word (Goverment → Government), as written with its capital. */
function slipsOf(word: string, ctx: QaContext, memo: SpellMemo): string[] {
  const cached = memo.slips.get(word);
  if (cached) return cached;
  const w = word.toLowerCase();
  const edits = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) edits.add(w.slice(0, i) + w.slice(i + 1));
    if (i < w.length - 1) edits.add(w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2));
    for (const c of LETTERS) {
      edits.add(w.slice(0, i) + c + w.slice(i));
      if (i < w.length) edits.add(w.slice(0, i) + c + w.slice(i + 1));
    }
  }
  edits.delete(w);
  const found: string[] = [];
  for (const e of edits) {
    if (e.length < 3) continue;
    const cap = e[0]!.toUpperCase() + e.slice(1);
    if (isKnown(e, ctx, memo) || isKnown(cap, ctx, memo)) found.push(cap);
    if (found.length >= 3) break;
  }
  memo.slips.set(word, found);
  return found;
}

export const spellingCheck: QaCheck = {
  id: 'spelling',
  run(p, ctx) {
    if (!checkable(p) || !ctx.speller) return [];
    let memo = ctx.memo.get('spelling') as SpellMemo | undefined;
    if (!memo) ctx.memo.set('spelling', (memo = { known: new Map(), slips: new Map() }));
    const flags: QaFlag[] = [];
    for (const m of p.target.matchAll(WORD)) {
      // Typographic apostrophes as the dictionary writes them: didn’t is didn't.
      const word = m[0].replace(/’/g, "'").replace(/'s$/, '');
      const lower = word.toLowerCase();
      if (word.length < 3 || PARTICLES.has(lower)) continue;
      // al-Shuhayl: the part after a hyphen is a name when capitalised; the word before is checked on its own.
      if (ctx.knownWords?.has(lower) || NEWS_WORDS.has(lower)) continue;
      let suggestions: string[];
      if (/^[A-Z]/.test(word)) {
        // UN, NATO, McGurk, al-Sudani's capital: names and acronyms.
        if (/[A-Z]/.test(word.slice(1)) || isKnown(word, ctx, memo) || isKnown(lower, ctx, memo)) continue;
        suggestions = slipsOf(word, ctx, memo);
        if (suggestions.length === 0 || isSourceName(word, p.source, ctx.memo, true)) continue;
      } else {
        if (isKnown(word, ctx, memo) || isSourceName(word, p.source, ctx.memo, false)) continue;
        suggestions = ctx.speller.suggest(word).slice(0, 3);
      }
      flags.push(
        makeFlag('spelling', p, {
          kind: 'unknown',
          about: `${m.index}:${word}`,
          message: `“${word}” is not in the English dictionary${suggestions.length ? ` (${suggestions.join(', ')}?)` : ''}`,
          side: 'en',
          start: m.index,
          end: m.index + word.length,
          target: word,
          params: { word, suggestions: suggestions.join(', ') },
          ...(suggestions.length === 1
            ? { fix: { start: m.index, end: m.index + word.length, text: suggestions[0]! } }
            : {}),
        }),
      );
    }
    return flags;
  },
};
