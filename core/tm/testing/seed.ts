/**
 * The seed article (../shared/samples/seed-ar.txt) as paragraphs, for tests on real Arabic. Pure: the tests read
 * the file (core/ does not touch the file system) and hand its text here.
 */
export const SEED_URL = new URL('../../../../shared/samples/seed-ar.txt', import.meta.url);

export function splitSeed(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}
