/** The seed article's paragraphs (../shared/samples/seed-ar.txt), for tests on real Arabic. Test-only (reads a file). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SEED_FILE = path.resolve(import.meta.dirname, '../../../../shared/samples/seed-ar.txt');

export function seedParagraphs(): string[] {
  return readFileSync(SEED_FILE, 'utf8')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}
