/**
 * A CSV or TBX glossary imported in one transaction. Bad rows are reported with their lines; unless the user
 * accepts importing the valid rows (`skipInvalid`), nothing is imported when any row is bad.
 */
import type { GlossaryParseError, GlossaryParseResult } from '../../../core/glossary';
import { joinReasons, parseGlossaryCsv, parseTbx } from '../../../core/glossary';
import type { GlossaryImportReport, ImportedTerm } from '../../../core/api/contract';
import type { Message } from '../../../core/i18n/message';
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

/** A row's reason as a message (the readers always give one). */
function reasonOf(e: GlossaryParseError): Message {
  return e.reason;
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
    throw new ApiError(
      'bad-file',
      parsed.errors.map((e) => msg('fileLine', { file: input.fileName, line: e.line, reason: reasonOf(e) })),
    );
  }
  if (parsed.terms.length === 0) throw new ApiError('bad-file', msg('noTerms', { file: input.fileName }));
  return db
    .transaction(() => {
      const g = resolveGlossary(db, env, input.glossary);
      const addedTerms: ImportedTerm[] = [];
      const updatedTerms: ImportedTerm[] = [];
      let unchanged = 0;
      const skipped = parsed.errors.map((e) => ({ line: e.line, message: e.reason }));
      const now = env.now();
      for (const term of parsed.terms) {
        let t: repo.TermWrite;
        try {
          t = cleanTerm(term);
        } catch (e) {
          // A row the parser accepted but the glossary cannot hold (no Arabic letter, say): skipped only when asked.
          if (!(e instanceof ApiError) || !input.skipInvalid)
            throw e instanceof ApiError
              ? new ApiError(
                  'bad-file',
                  e.details.map((reason) => msg('file', { file: input.fileName, reason })),
                )
              : e;
          skipped.push({ line: 0, message: joinReasons(e.details) });
          continue;
        }
        const existing = repo.findTermByKey(db, g.id, t.key);
        if (existing) {
          const fields = changedFields(existing, t);
          // Written again as it is, a term would bump the revision and, when shared, go to the team for nothing.
          if (fields.length === 0) {
            unchanged++;
            continue;
          }
          repo.updateTerm(db, existing.id, { ...t, now });
          updatedTerms.push({ source: t.source, target: t.target, fields });
        } else {
          repo.insertTerm(db, { ...t, id: env.newId(), glossaryId: g.id, now });
          addedTerms.push({ source: t.source, target: t.target });
        }
      }
      return {
        glossary: g.name,
        added: addedTerms.length,
        updated: updatedTerms.length,
        unchanged,
        addedTerms,
        updatedTerms,
        skipped,
      };
    })
    .immediate();
}

/** The fields a row of the file changes in the stored term (deprecated spellings only when the file has them). */
function changedFields(stored: repo.StoredTerm, row: repo.TermWrite): NonNullable<ImportedTerm['fields']> {
  const out: NonNullable<ImportedTerm['fields']> = [];
  if (stored.source !== row.source) out.push('source');
  if (stored.target !== row.target) out.push('target');
  if (stored.kind !== row.kind) out.push('kind');
  if (JSON.stringify(stored.variants) !== JSON.stringify(row.variants)) out.push('variants');
  if (stored.note !== row.note) out.push('note');
  if (row.deprecated !== undefined && JSON.stringify(stored.deprecated ?? []) !== JSON.stringify(row.deprecated))
    out.push('deprecated');
  return out;
}
