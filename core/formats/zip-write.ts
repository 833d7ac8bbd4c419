/**
 * A ZIP container written in one pass with the host's native compressor (Node's zlib, passed in: core
 * imports nothing from Node). JSZip's pure-JS deflate took most of a big DOCX export's time; zlib does the
 * same work about ten times faster. Only what DOCX needs: deflated entries, UTF-8 names, no ZIP64 (parts
 * stay far below 4 GB: the import limit is 50 MB).
 */

/** Native compression offered by the host (see electron/features/export/service.ts). */
export interface Compressor {
  /** Raw DEFLATE (RFC 1951), no zlib header. */
  deflateRaw(bytes: Uint8Array): Uint8Array;
  crc32(bytes: Uint8Array): number;
}

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
const DOS_DATE = 0x0021; // 1980-01-01: the file's date is in docProps/core.xml, not in the container

export function writeZip(entries: readonly ZipEntry[], compressor: Compressor): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = compressor.deflateRaw(entry.bytes);
    const crc = compressor.crc32(entry.bytes) >>> 0;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL, true);
    local.setUint16(4, VERSION, true);
    local.setUint16(6, UTF8_NAMES, true);
    local.setUint16(8, DEFLATE, true);
    local.setUint16(10, 0, true);
    local.setUint16(12, DOS_DATE, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, entry.bytes.length, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, CENTRAL, true);
    dir.setUint16(4, VERSION, true);
    dir.setUint16(6, VERSION, true);
    dir.setUint16(8, UTF8_NAMES, true);
    dir.setUint16(10, DEFLATE, true);
    dir.setUint16(12, 0, true);
    dir.setUint16(14, DOS_DATE, true);
    dir.setUint32(16, crc, true);
    dir.setUint32(20, data.length, true);
    dir.setUint32(24, entry.bytes.length, true);
    dir.setUint16(28, name.length, true);
    // extra, comment, disk, internal and external attributes: 0
    dir.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, data);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + data.length;
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

/** One buffer from the chunks, releasing each as it is copied (a part can be hundreds of megabytes). */
export function concatBytes(chunks: Array<Uint8Array | undefined>): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + (c?.length ?? 0), 0));
  let offset = 0;
  for (let i = 0; i < chunks.length; i++) {
    out.set(chunks[i]!, offset);
    offset += chunks[i]!.length;
    chunks[i] = undefined;
  }
  return out;
}
