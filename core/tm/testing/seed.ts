/**
 * The seed article (../shared/samples/seed-ar.txt) as paragraphs, for tests on real Arabic. Pure: the tests read
 * the file (core/ does not touch the file system; scripts/shared-samples.ts knows where it is) and hand its text here.
 */

export function splitSeed(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}
