import { m0001Documents } from './0001-documents';
import { m0002Glossary } from './0002-glossary';
import { m0003InlineCodes } from './0003-inline-codes';
import { m0004ExportsAndRevisions } from './0004-exports-and-revisions';
import { m0005QaFlags } from './0005-qa-flags';
import { m0006RowVersions } from './0006-row-versions';
import { m0007Tm } from './0007-tm';
import { m0008DeprecatedSpellings } from './0008-deprecated-spellings';
import { m0010ParagraphStatusIndex } from './0010-paragraph-status-index';
import { m0011Team } from './0011-team';
import { m0012SharedDocuments } from './0012-shared-documents';
import { m0013UnitOutboxInCode } from './0013-unit-outbox-in-code';
import { m0014RefusedRows } from './0014-refused-rows';
import type { Migration } from './types';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  m0001Documents,
  m0002Glossary,
  m0003InlineCodes,
  m0004ExportsAndRevisions,
  m0005QaFlags,
  m0006RowVersions,
  m0007Tm,
  m0008DeprecatedSpellings,
  m0010ParagraphStatusIndex,
  m0011Team,
  m0012SharedDocuments,
  m0013UnitOutboxInCode,
  m0014RefusedRows,
];

export const LATEST_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);
