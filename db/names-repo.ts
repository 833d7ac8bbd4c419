/** Names the translator dismissed from discovery, by their normalised key. */
import type { Db } from './open';

export function dismissedNames(db: Db): string[] {
  return (db.prepare('SELECT key FROM dismissed_names').all() as Array<{ key: string }>).map((r) => r.key);
}

export function dismissName(db: Db, key: string, text: string, now: string): void {
  db.prepare('INSERT OR IGNORE INTO dismissed_names (key, text, created_at) VALUES (?, ?, ?)').run(key, text, now);
}
