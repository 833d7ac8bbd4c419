/**
 * The AyaSpell trie looked up as written (no folds undone): "is this exact spelling a word?", the question the
 * glossary's homograph guard asks. electron/services/arabic-dictionary.ts reads the same trie for name discovery
 * with the folds undone; this copy exists so the evaluation can run the guard without touching the app's services
 * (the coordinator may fold it into that file: one trie, two walks).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie } from 'cspell-trie-lib';

interface TrieNode {
  f?: number | boolean;
  c?: Map<string, TrieNode> | Record<string, TrieNode>;
}

function child(node: TrieNode, ch: string): TrieNode | undefined {
  const c = node.c;
  if (!c) return undefined;
  return c instanceof Map ? c.get(ch) : c[ch];
}

let cached: ((written: string) => boolean) | undefined;

/** True when `written` (letters without marks, not folded) is a word of the dictionary, suffixes included. */
export function writtenWordTest(): (written: string) => boolean {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('@cspell/dict-ar/cspell-ext.json')), 'ar.trie.gz');
  const root = importTrie(gunzipSync(readFileSync(file)).toString('utf8').split('\n')) as unknown as TrieNode;
  cached = (written: string): boolean => {
    let node: TrieNode | undefined = root;
    for (let i = 0; i < written.length && node; i++) node = child(node, written[i] as string);
    return Boolean(node?.f);
  };
  return cached;
}
