import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJournalService } from './service';

const entry = (index: number, target: string, seq: number) => ({
  documentId: 'doc-1',
  index,
  target,
  confirm: false,
  baseVersion: 2,
  tab: 'tab-a',
  seq,
  at: 1,
});

describe('journal file', () => {
  it('keeps every entry across a crash, a line cut short included, and forgets saved ones', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-journal-')), 'w.sqlite.journal');
    const j = createJournalService(file);
    j.put(entry(3, 'Clashes broke out in Jowz', 1));
    j.put(entry(3, 'Clashes broke out in Jowzjan', 2));
    j.put(entry(5, 'Darzab district', 3));
    j.remove({ documentId: 'doc-1', index: 5, tab: 'tab-a', seq: 3 });
    // A save of an older text of row 3 must not remove the newer one.
    j.remove({ documentId: 'doc-1', index: 3, tab: 'tab-a', seq: 1 });
    // The process dies (no close) in the middle of writing a line.
    appendFileSync(file, '{"op":"put","entry":{"documentId":"doc-1","ind');
    const again = createJournalService(file);
    expect(again.list('doc-1').map((e) => [e.index, e.target])).toEqual([[3, 'Clashes broke out in Jowzjan']]);
    expect(readFileSync(file, 'utf8').split('\n').length).toBeGreaterThan(4);
    again.close();
  });

  it('leaves another tab’s entry alone', () => {
    const j = createJournalService(undefined);
    j.put({ ...entry(1, 'طالبان → Taliban', 7), tab: 'tab-b' });
    j.remove({ documentId: 'doc-1', index: 1, tab: 'tab-a', seq: 9 });
    expect(j.list('doc-1')).toHaveLength(1);
  });
});
