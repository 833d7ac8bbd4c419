/**
 * The background sync knows a change is due by the outboxes' mark (electron/features/team/service.ts): it must
 * grow with every change put in either outbox and never go back when sent changes are removed, so a change
 * made while a sync was out (the outbox as long as before) is still seen as new.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from './open';
import { enqueueRow, outboxMark, removeRowSent, rowPendingCount } from './team-rows-repo';

describe('the outboxes’ mark', () => {
  it('grows with each change and stays when sent changes are removed', () => {
    const db = openWorkspace(path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-mark-')), 'w.sqlite'));
    const now = '2026-12-03T10:00:00.000Z';
    expect(outboxMark(db)).toBe(0);
    enqueueRow(db, 'doc', 0, now);
    const first = outboxMark(db);
    expect(first).toBeGreaterThan(0);
    // The row is sent while it is typed again: the outbox holds one change, as before, and the mark has moved.
    enqueueRow(db, 'doc', 0, now);
    removeRowSent(db, 'doc', 0, 1);
    expect(rowPendingCount(db)).toBe(1);
    expect(outboxMark(db)).toBeGreaterThan(first);
    const second = outboxMark(db);
    removeRowSent(db, 'doc', 0, Number.MAX_SAFE_INTEGER);
    expect(rowPendingCount(db)).toBe(0);
    expect(outboxMark(db)).toBe(second);
    db.close();
  });
});
