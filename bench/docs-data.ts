/** The big documents of the docs bench: the seed's paragraphs repeated, as plain text, imported into a workspace file. */
import { readFileSync } from 'node:fs';
import { splitParagraphs } from '../core/formats/plain-text';
import { SEED } from '../scripts/shared-samples';

export interface BenchText {
  paragraphs: number;
  bytes: Uint8Array;
}

/** `n` paragraphs of real Arabic (the seed article repeated), separated by blank lines. */
export function benchText(n: number): BenchText {
  const seed = splitParagraphs(readFileSync(SEED, 'utf8'));
  const text = Array.from({ length: n }, (_, i) => seed[i % seed.length]!).join('\n\n');
  return { paragraphs: n, bytes: new TextEncoder().encode(text) };
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
