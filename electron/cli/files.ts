/** Files the CLI reads and writes: checked before anything is opened, written so a failure leaves nothing. */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../../core/api/contract';
import { CliError } from './command';

export function readInputFile(file: string): Uint8Array {
  if (!existsSync(file)) throw new CliError(`${file}: no such file`);
  const st = statSync(file);
  if (!st.isFile()) throw new CliError(`${file}: not a file`);
  if (st.size === 0) throw new CliError(`${file}: the file is empty`);
  if (st.size > MAX_FILE_BYTES)
    throw new CliError(`${file}: the file is ${(st.size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB`);
  return new Uint8Array(readFileSync(file));
}

/** The --out file's folder must exist; the path comes back absolute. */
export function outputPath(out: string): string {
  const file = path.resolve(out);
  if (!existsSync(path.dirname(file))) throw new CliError(`${path.dirname(file)}: no such folder`);
  return file;
}

/** Writes beside the target and renames, so a failed export leaves no half-written file. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}
