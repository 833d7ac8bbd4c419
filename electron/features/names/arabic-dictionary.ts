/**
 * The Arabic dictionary behind name discovery: AyaSpell (npm @cspell/dict-ar), read from its trie without
 * expanding its 89 million forms. Loaded once per process on first use (about 1.5 s, 120 MB) and cached.
 * The trie holds words as written (with hamza); lookups walk it with the normaliser's folds undone, so a
 * normalised key finds أفغانستان, ولاية or مدينة whatever spelling the text used. `writtenWordTest` walks the
 * same trie as written, for the glossary's homograph guard.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie } from 'cspell-trie-lib';
import type { WordList } from '../../../core/names';
import { wordListFromLookup } from '../../../core/names';

interface TrieNode {
  f?: number | boolean;
  c?: Map<string, TrieNode> | Record<string, TrieNode>;
}

/** Letters the normaliser folds together: a normalised letter may stand for any of these in the dictionary. */
const UNFOLD: Record<string, readonly string[]> = {
  '\u0627': ['\u0627', '\u0623', '\u0625', '\u0622', '\u0671'],
  '\u064A': ['\u064A', '\u0649'],
  '\u0647': ['\u0647', '\u0629'],
};

function child(node: TrieNode, ch: string): TrieNode | undefined {
  const c = node.c;
  if (!c) return undefined;
  return c instanceof Map ? c.get(ch) : c[ch];
}

function walk(node: TrieNode, key: string, i: number): boolean {
  if (i === key.length) return Boolean(node.f);
  const ch = key[i]!;
  for (const form of UNFOLD[ch] ?? [ch]) {
    const next = child(node, form);
    if (next && walk(next, key, i + 1)) return true;
  }
  return false;
}

let trie: TrieNode | undefined;
let cached: WordList | undefined;
let written: ((word: string) => boolean) | undefined;

/** The trie, read once per process and shared by both walks. */
function root(): TrieNode {
  if (trie) return trie;
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('@cspell/dict-ar/cspell-ext.json')), 'ar.trie.gz');
  trie = importTrie(gunzipSync(readFileSync(file)).toString('utf8').split('\n')) as unknown as TrieNode;
  return trie;
}

/**
 * "Is this exact spelling a word?" (letters without marks, no folds undone, suffixes included): the question the
 * glossary's homograph guard asks for hamza and madda folds (آمل "I hope" is a word, so the term أمل never matches
 * it; ة/ه and ى/ي swaps go by the listed homographs instead, since AyaSpell lists nearly every noun with ه).
 */
export function writtenWordTest(): (word: string) => boolean {
  if (written) return written;
  const start = root();
  written = (word: string): boolean => {
    let node: TrieNode | undefined = start;
    for (let i = 0; i < word.length && node; i++) node = child(node, word[i] as string);
    return Boolean(node?.f);
  };
  return written;
}

export function arabicDictionary(): WordList {
  if (cached) return cached;
  const start = root();
  const memo = new Map<string, boolean>();
  cached = wordListFromLookup((key) => {
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = walk(start, key, 0);
      if (memo.size > 200_000) memo.clear();
      memo.set(key, hit);
    }
    return hit;
  }, 0);
  return cached;
}
