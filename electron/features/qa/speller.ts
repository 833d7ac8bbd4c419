/**
 * The English dictionary of the `spelling` check: nspell over the Hunspell files of `dictionary-en` (US English),
 * read once per process on first use and cached; its answers are cached per word too, since a document repeats
 * its words. Lives here, not in core: it reads files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nspell from 'nspell';
import type { Speller } from '../../../core/qa/types';

let cached: Speller | undefined;

export function englishSpeller(): Speller {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // The package exports only its index (which reads the files with top-level await); we read them ourselves.
  const dir = path.dirname(require.resolve('dictionary-en'));
  const spell = nspell({ aff: readFileSync(path.join(dir, 'index.aff')), dic: readFileSync(path.join(dir, 'index.dic')) });
  const correct = new Map<string, boolean>();
  const suggest = new Map<string, string[]>();
  cached = {
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
  return cached;
}
