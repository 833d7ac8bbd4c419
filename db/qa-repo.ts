/** QA flags the translator accepted, by check id and flag key (migration 5). Callers own the transactions. */
import type { Db } from './open';

/** `paragraph:check:key` of every accepted flag of a document. */
export function acceptedFlags(db: Db, documentId: string): Set<string> {
  const rows = db
    .prepare('SELECT paragraph, check_id, flag_key FROM qa_flags_accepted WHERE document_id = ?')
    .all(documentId) as Array<{ paragraph: number; check_id: string; flag_key: string }>;
  return new Set(rows.map((r) => acceptedId(r.paragraph, r.check_id, r.flag_key)));
}

export function acceptedId(paragraph: number, check: string, key: string): string {
  return `${paragraph}\u0000${check}\u0000${key}`;
}

export function acceptFlag(db: Db, documentId: string, paragraph: number, check: string, key: string): void {
  db.prepare(
    'INSERT OR IGNORE INTO qa_flags_accepted (document_id, paragraph, check_id, flag_key) VALUES (?, ?, ?, ?)',
  ).run(documentId, paragraph, check, key);
}
