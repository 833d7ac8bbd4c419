/**
 * The English dictionaries of the `spelling` check: nspell over the Hunspell files of `dictionary-en` (US English)
 * and `dictionary-en-gb` (British English, -ise spellings), each read once per process on first use and cached;
 * answers are cached per word too, since a document repeats its words. Where `dictionary-en-gb` is not installed,
 * en-GB falls back to the US dictionary (the check then accepts British forms of the US words itself: the speller
 * says which variant it really is). Lives here, not in core: it reads files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nspell from 'nspell';
import type { EnglishVariant, Speller } from '../../../core/qa/types';

const cached = new Map<EnglishVariant, Speller>();
const PACKAGES: Record<EnglishVariant, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

/** The directory of an installed dictionary package, or undefined. */
function dictionaryDir(pkg: string): string | undefined {
  const require = createRequire(import.meta.url);
  try {
    // The packages export only their index (which reads the files with top-level await); we read them ourselves.
    return path.dirname(require.resolve(pkg));
  } catch {
    return undefined;
  }
}

export function englishSpeller(variant: EnglishVariant = 'en-US'): Speller {
  const hit = cached.get(variant);
  if (hit) return hit;
  const dir = dictionaryDir(PACKAGES[variant]);
  if (!dir) {
    if (variant === 'en-US') throw new Error('the English dictionary (npm package dictionary-en) is not installed');
    const us = englishSpeller('en-US');
    cached.set(variant, us);
    return us;
  }
  const spell = nspell({
    aff: readFileSync(path.join(dir, 'index.aff')),
    dic: readFileSync(path.join(dir, 'index.dic')),
  });
  const correct = new Map<string, boolean>();
  const suggest = new Map<string, string[]>();
  const speller: Speller = {
    variant,
    correct(word) {
      let ok = correct.get(word);
      if (ok === undefined) {
        ok = spell.correct(word);
        if (correct.size > 200_000) correct.clear();
        correct.set(word, ok);
      }
      return ok;
    },
    suggest(word) {
      let list = suggest.get(word);
      if (list === undefined) {
        list = spell.suggest(word);
        if (suggest.size > 20_000) suggest.clear();
        suggest.set(word, list);
      }
      return list;
    },
  };
  cached.set(variant, speller);
  return speller;
}

/** Whether the British dictionary package is installed (en-GB is otherwise the US dictionary plus British forms). */
export function hasBritishDictionary(): boolean {
  return dictionaryDir(PACKAGES['en-GB']) !== undefined;
}
