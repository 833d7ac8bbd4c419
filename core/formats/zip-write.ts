/**
 * A ZIP container written with the host's native compressor (Node's zlib, passed in: core imports nothing
 * from Node). JSZip's pure-JS deflate took most of a big DOCX export's time and wanted the whole part in
 * one buffer; here a part is a sequence of chunks, deflated as they come, so a 200 MB document.xml is never
 * held whole. Only what DOCX needs: deflated entries, UTF-8 names, no ZIP64 (parts stay far below 4 GB).
 */

/** What the host's compressor gives back for one part. */
export interface Deflated {
  /** Raw DEFLATE (RFC 1951), no zlib header. */
  bytes: Uint8Array;
  crc32: number;
  /** Uncompressed length. */
  size: number;
}

/** Native compression offered by the host (see electron/features/export/service.ts). */
export interface Compressor {
  /** Deflates the chunks in order, pulling the next one only when the last is consumed. */
  deflateRaw(chunks: Iterable<Uint8Array>): Promise<Deflated>;
}

export interface ZipEntry {
  name: string;
  chunks: Iterable<Uint8Array>;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
const DOS_DATE = 0x0021; // 1980-01-01: the file's date is in docProps/core.xml, not in the container

function localHeader(name: Uint8Array, d: Deflated): Uint8Array {
  const v = new DataView(new ArrayBuffer(30));
  v.setUint32(0, LOCAL, true);
  v.setUint16(4, VERSION, true);
  v.setUint16(6, UTF8_NAMES, true);
  v.setUint16(8, DEFLATE, true);
  v.setUint16(12, DOS_DATE, true);
  v.setUint32(14, d.crc32 >>> 0, true);
  v.setUint32(18, d.bytes.length, true);
  v.setUint32(22, d.size, true);
  v.setUint16(26, name.length, true);
  return new Uint8Array(v.buffer);
}

function centralHeader(name: Uint8Array, d: Deflated, offset: number): Uint8Array {
  const v = new DataView(new ArrayBuffer(46));
  v.setUint32(0, CENTRAL, true);
  v.setUint16(4, VERSION, true);
  v.setUint16(6, VERSION, true);
  v.setUint16(8, UTF8_NAMES, true);
  v.setUint16(10, DEFLATE, true);
  v.setUint16(14, DOS_DATE, true);
  v.setUint32(16, d.crc32 >>> 0, true);
  v.setUint32(20, d.bytes.length, true);
  v.setUint32(24, d.size, true);
  v.setUint16(28, name.length, true);
  // extra, comment, disk, internal and external attributes stay 0
  v.setUint32(42, offset, true);
  return new Uint8Array(v.buffer);
}

export async function writeZip(entries: readonly ZipEntry[], compressor: Compressor): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const d = await compressor.deflateRaw(entry.chunks);
    parts.push(localHeader(name, d), name, d.bytes);
    central.push(centralHeader(name, d, offset), name);
    offset += 30 + name.length + d.bytes.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, END, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concatBytes([...parts, ...central, new Uint8Array(end.buffer)]);
}

/** One buffer from the chunks. */
export function concatBytes(chunks: Iterable<Uint8Array>): Uint8Array {
  const list = [...chunks];
  const out = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of list) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
