/** Helpers shared by the evaluations: where ../shared and eval/data are, and spelling comparison. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HERE = new URL('./', import.meta.url);

export { readShared } from '../scripts/shared-samples';

/** A file under eval/ (the check sets in eval/data). */
export function readLocal(path: string): string {
  return readFileSync(fileURLToPath(new URL(path, HERE)), 'utf8');
}

/** Compares spellings ignoring case, accents, spaces and punctuation. */
export function comparable(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}
