/**
 * Opens a ZIP container (DOCX) defensively: a corrupt or truncated file becomes a FormatError, and a
 * zip bomb is refused before mammoth (which inflates every part into memory) ever sees it.
 */
import JSZip from 'jszip';
import { atPart, FormatError } from './errors';
import { msg } from '../i18n/message';

export interface ZipLimits {
  /** Total uncompressed bytes over all entries. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 200 * 1024 * 1024, maxEntries: 5000 };

// jszip streams entries at runtime but its typings do not declare internalStream on JSZipObject.
interface EntryStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): EntryStream;
  on(event: 'end', cb: () => void): EntryStream;
  on(event: 'error', cb: (e: Error) => void): EntryStream;
  resume(): EntryStream;
  pause(): EntryStream;
}
type StreamableEntry = JSZip.JSZipObject & {
  internalStream(type: 'uint8array'): EntryStream;
  _data?: { uncompressedSize?: number };
};

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function openZip(
  bytes: Uint8Array,
  fileName: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<JSZip> {
  if (!isZip(bytes)) throw new FormatError(fileName, msg('notZip'));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new FormatError(fileName, msg('corruptZip', { detail: (e as Error).message }));
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir) as StreamableEntry[];
  if (entries.length > limits.maxEntries) {
    throw new FormatError(fileName, msg('tooManyParts', { count: entries.length, limit: limits.maxEntries }));
  }
  // The central directory's sizes are a cheap first check; they can lie, so the real guard is counting
  // the bytes actually inflated, stopping as soon as the limit is crossed.
  const declared = entries.reduce((sum, f) => sum + (f._data?.uncompressedSize ?? 0), 0);
  if (declared > limits.maxTotalBytes) throw bomb(fileName, declared, limits);
  let total = 0;
  for (const entry of entries) {
    total = await inflateCounting(entry, total, fileName, limits);
  }
  return zip;
}

function bomb(fileName: string, size: number, limits: ZipLimits): FormatError {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return new FormatError(fileName, msg('zipBomb', { size: mb(size), limit: mb(limits.maxTotalBytes) }));
}

function inflateCounting(entry: StreamableEntry, start: number, fileName: string, limits: ZipLimits): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = start;
    let done = false;
    const stream = entry.internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (done) return;
        total += chunk.length;
        if (total > limits.maxTotalBytes) {
          done = true;
          stream.pause();
          reject(bomb(fileName, total, limits));
        }
      })
      .on('error', (e) => {
        if (done) return;
        done = true;
        reject(new FormatError(fileName, msg('corruptZipPart', { detail: e.message }), atPart(entry.name)));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        resolve(total);
      })
      .resume();
  });
}

/** Reads a part as UTF-8 text, or undefined when the part is missing. */
export async function readPart(zip: JSZip, name: string): Promise<string | undefined> {
  const file = zip.file(name);
  return file ? file.async('string') : undefined;
}
