import type Database from 'better-sqlite3';

/**
 * One schema step. `up` only adds: a migration never drops data. SQL for most steps; a function when a step
 * must compute (re-keying rows with a JavaScript hash, say). Both run inside the migration transaction.
 */
export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database.Database) => void);
}
