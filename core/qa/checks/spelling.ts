/**
 * The `spelling` check: English words the dictionary (context.speller, loaded in the main process) does not know.
 * Never flagged: capitalised words (news is full of names no dictionary has: Jowzjan, Sheberghan, al-Shuhayl),
 * words with digits, short words, Arabic name particles, and the context's known words (glossary English,
 * names, the personal word list) and the news words of text/news-words.ts (sharia, jirga, peshmerga…). With `englishVariant: 'en-GB'` a British spelling of a known US word passes.
 */
import { NEWS_WORDS } from '../text/news-words';
import type { QaCheck, QaContext, QaFlag } from '../types';
import { checkable, makeFlag } from './flag';

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu', 'abd', 'ash', 'ad', 'ar', 'as', 'at', 'az', 'an', 'wal']);

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

interface SpellMemo {
  known: Map<string, boolean>;
}

function isKnown(word: string, ctx: QaContext, memo: SpellMemo): boolean {
  const cached = memo.known.get(word);
  if (cached !== undefined) return cached;
  const speller = ctx.speller!;
  const uk = ctx.settings['englishVariant'] === 'en-GB';
  const ok = speller.correct(word) || (uk && usForms(word).some((f) => speller.correct(f)));
  memo.known.set(word, ok);
  return ok;
}

export const spellingCheck: QaCheck = {
  id: 'spelling',
  run(p, ctx) {
    if (!checkable(p) || !ctx.speller) return [];
    let memo = ctx.memo.get('spelling') as SpellMemo | undefined;
    if (!memo) ctx.memo.set('spelling', (memo = { known: new Map() }));
    const flags: QaFlag[] = [];
    for (const m of p.target.matchAll(WORD)) {
      // Typographic apostrophes as the dictionary writes them: didn’t is didn't.
      const word = m[0].replace(/’/g, "'").replace(/'s$/, '');
      if (word.length < 3 || /^[A-Z]/.test(word) || PARTICLES.has(word)) continue;
      // al-Shuhayl: the part after a hyphen is a name when capitalised; the word before is checked on its own.
      if (ctx.knownWords?.has(word.toLowerCase()) || NEWS_WORDS.has(word.toLowerCase())) continue;
      if (isKnown(word, ctx, memo)) continue;
      const suggestions = ctx.speller.suggest(word).slice(0, 3);
      flags.push(makeFlag('spelling', p, {
        kind: 'unknown', about: `${m.index}:${word}`,
        message: `“${word}” is not in the English dictionary${suggestions.length ? ` (${suggestions.join(', ')}?)` : ''}`,
        side: 'en', start: m.index, end: m.index + word.length, target: word, params: { word, suggestions: suggestions.join(', ') },
        ...(suggestions.length === 1 ? { fix: { start: m.index, end: m.index + word.length, text: suggestions[0]! } } : {}),
      }));
    }
    return flags;
  },
};
