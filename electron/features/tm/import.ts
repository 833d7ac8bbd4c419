/**
 * Reading a memory file: TMX 1.4b (core/tm/tmx-read) or XLIFF 1.2/2.0 with targets (core/formats' reader, so its
 * inline codes become the same placeholders). A file that cannot be used at all is refused with its line as a
 * `bad-file` error; single bad units come back as `skipped`, each with its line.
 */
import { ApiError, MAX_FILE_BYTES } from '../../../core/api/contract';
import { msg } from '../../../core/i18n/message';
import { FormatError } from '../../../core/formats/errors';
import { decodeText } from '../../../core/formats/plain-text';
import { importXliff } from '../../../core/formats/xliff-read';
import { TmxError, decodeTmx, readTmx } from '../../../core/tm/tmx-read';
import type { TmxRead } from '../../../core/tm/tmx-read';

export function readMemoryFile(bytes: Uint8Array, fileName: string): TmxRead {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ApiError('too-large', msg('tooLarge', { file: fileName, size: (bytes.length / 1024 / 1024).toFixed(1) }));
  }
  if (bytes.length === 0) throw new ApiError('bad-file', msg('file', { file: fileName, reason: msg('fileEmpty') }));
  try {
    if (/\.(xlf|xliff|sdlxliff|mqxliff)$/i.test(fileName)) return readXliff(bytes, fileName);
    const text = decodeTmx(bytes, fileName);
    if (/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<xliff\b/.test(text)) return readXliff(bytes, fileName);
    const read = readTmx(text, fileName);
    return {
      units: read.units,
      skipped: read.skipped.map((s) => ({
        line: s.line,
        message: msg('fileLine', { file: fileName, line: s.line, reason: s.message }),
      })),
    };
  } catch (e) {
    if (e instanceof TmxError || e instanceof FormatError) throw new ApiError('bad-file', e.detail);
    throw e;
  }
}

function readXliff(bytes: Uint8Array, fileName: string): TmxRead {
  const doc = importXliff(decodeText(bytes, fileName), fileName);
  const out: TmxRead = { units: [], skipped: [] };
  doc.paragraphs.forEach((p, i) => {
    const target = p.target ?? '';
    if (target.trim() === '') {
      const reason = msg('xliffUnitNoTarget', { unit: p.externalId ?? String(i + 1) });
      out.skipped.push({ line: 0, message: msg('file', { file: fileName, reason }) });
      return;
    }
    out.units.push({
      line: 0,
      source: p.source,
      target,
      ...(p.externalId ? { tuid: p.externalId } : {}),
      ...(p.inline?.codes.length ? { codes: p.inline.codes } : {}),
      ...(p.note ? { notes: [p.note] } : {}),
    });
  });
  return out;
}
