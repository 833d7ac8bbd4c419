import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { composeApp } from '../app/compose';
import { readSample } from '../../scripts/shared-samples';

const SEED = readSample('seed-ar.txt');

describe('dispatch while another process holds the write lock', () => {
  it('answers a read at once, and the waiting write lands when the lock is released', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-busy-')), 'w.sqlite');
    const app = composeApp({ dbFile: file });
    const { documentId } = await app.services.documents.import({ fileName: 'seed-ar.txt', bytes: SEED });
    const other = new Database(file); // the CLI, say, in the middle of a long import
    other.exec('BEGIN IMMEDIATE');
    other.prepare("UPDATE documents SET title = 'held' WHERE id = ?").run(documentId);
    const order: string[] = [];
    const write = app
      .dispatch('paragraph.update', { documentId, index: 1, target: 'Tehran-SANA' })
      .then((r) => (order.push('write'), r));
    const read = app.dispatch('document.list', {}).then((r) => (order.push('read'), r));
    await read;
    await new Promise((r) => setTimeout(r, 300));
    expect(order).toEqual(['read']); // the write waits without holding up the server
    other.exec('COMMIT');
    other.close();
    const written = await write;
    expect(written.ok).toBe(true);
    expect(order).toEqual(['read', 'write']);
    expect(app.services.documents.paragraphs(documentId)[1]?.target).toBe('Tehran-SANA');
    app.close();
  });
});
