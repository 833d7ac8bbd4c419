/** Snapshots of the English as it went out in a bilingual DOCX, for the reviewer's round trip. */
import type { Db } from './open';

export function insertExport(db: Db, e: { id: string; documentId: string; now: string; targets: string[] }): void {
  db.prepare('INSERT INTO exports (id, document_id, created_at, targets) VALUES (?, ?, ?, ?)').run(
    e.id,
    e.documentId,
    e.now,
    JSON.stringify(e.targets),
  );
}

export function exportedTargets(db: Db, id: string, documentId: string): string[] | undefined {
  const row = db.prepare('SELECT targets FROM exports WHERE id = ? AND document_id = ?').get(id, documentId) as
    { targets: string } | undefined;
  return row ? (JSON.parse(row.targets) as string[]) : undefined;
}
