/**
 * A CSV or TBX glossary imported in one transaction. Bad rows are reported with their lines; unless the user
 * accepts importing the valid rows (`skipInvalid`), nothing is imported when any row is bad.
 */
import type { GlossaryParseError, GlossaryParseResult } from '../../../core/glossary';
import { parseGlossaryCsv, parseTbx } from '../../../core/glossary';
import type { GlossaryImportReport } from '../../../core/api/contract';
import type { MessageValue } from '../../../core/i18n/message';
import { msg } from '../../../core/i18n/message';
import { ApiError } from '../../../core/api/contract';
import { FormatError } from '../../../core/formats/errors';
import { decodeText } from '../../../core/formats/plain-text';
import * as repo from '../../../db/glossary-repo';
import type { Db } from '../../../db/open';
import type { Env } from '../../app/env';
import { cleanTerm, resolveGlossary } from './terms';

function parseGlossaryFile(bytes: Uint8Array, fileName: string): GlossaryParseResult {
  const text = decodeText(bytes, fileName);
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'txt') return parseGlossaryCsv(text, fileName);
  if (ext === 'tbx' || ext === 'xml') return parseTbx(text, fileName);
  throw new FormatError(fileName, msg('glossaryFormat'));
}

/** A row's reason as a message (the readers always give one; the English is the fallback for any other). */
function reasonOf(e: GlossaryParseError): MessageValue {
  return e.reason ?? e.message;
}

export function importGlossaryFile(
  db: Db,
  env: Env,
  input: { fileName: string; bytes: Uint8Array; glossary?: string | undefined; skipInvalid?: boolean | undefined },
): GlossaryImportReport {
  let parsed: GlossaryParseResult;
  try {
    parsed = parseGlossaryFile(input.bytes, input.fileName);
  } catch (e) {
    if (e instanceof FormatError) throw new ApiError('bad-file', e.detail);
    throw e;
  }
  const fatal = parsed.errors.find((e) => e.line === 0);
  if (fatal) throw new ApiError('bad-file', msg('file', { file: input.fileName, reason: reasonOf(fatal) }));
  if (parsed.errors.length > 0 && !input.skipInvalid) {
    throw new ApiError('bad-file', parsed.errors.map((e) => msg('fileLine', { file: input.fileName, line: e.line, reason: reasonOf(e) })));
  }
  if (parsed.terms.length === 0) throw new ApiError('bad-file', msg('noTerms', { file: input.fileName }));
  return db.transaction(() => {
    const g = resolveGlossary(db, env, input.glossary);
    let added = 0;
    let updated = 0;
    const skipped = [...parsed.errors];
    const now = env.now();
    for (const term of parsed.terms) {
      let t: repo.TermWrite;
      try {
        t = cleanTerm(term);
      } catch (e) {
        // A row the parser accepted but the glossary cannot hold (no Arabic letter, say): skipped only when asked.
        if (!(e instanceof ApiError) || !input.skipInvalid) throw e instanceof ApiError ? new ApiError('bad-file', e.details.map((reason) => msg('file', { file: input.fileName, reason }))) : e;
        skipped.push({ line: 0, message: e.message });
        continue;
      }
      const existing = repo.findTermByKey(db, g.id, t.key);
      if (existing) {
        repo.updateTerm(db, existing.id, { ...t, now });
        updated++;
      } else {
        repo.insertTerm(db, { ...t, id: env.newId(), glossaryId: g.id, now });
        added++;
      }
    }
    return { glossary: g.name, added, updated, skipped };
  }).immediate();
}
