/**
 * Where `../shared` is: the sample documents (`samples/`) and the development sets (`eval/`) kept beside the
 * repository, never copied into it. Unit tests, e2e specs, benchmarks and evaluations all find them here, so
 * the path is written once. Held-out sets take their place when the work is judged: read them as any file,
 * never special-case one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED = path.resolve(import.meta.dirname, '..', '..', 'shared');

/** A file under ../shared, e.g. `eval/clitics-dev.tsv`. */
export function sharedPath(rel: string): string {
  return path.join(SHARED, rel);
}

/** A sample document under ../shared/samples, e.g. `structured-ar.docx`. */
export function samplePath(name: string): string {
  return path.join(SHARED, 'samples', name);
}

/** The seed article, the plain-text Arabic document most tests import. */
export const SEED = samplePath('seed-ar.txt');

/** A file under ../shared as text (UTF-8). */
export function readShared(rel: string): string {
  return readFileSync(sharedPath(rel), 'utf8');
}

/** A sample's bytes, as an import takes them. */
export function readSample(name: string): Buffer {
  return readFileSync(samplePath(name));
}
