import { describe, expect, it } from 'vitest';
import { composeApp } from '../app/compose';
import { createJobRunner, JobError } from './runner';
import { FormatError } from '../../core/formats/errors';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('jobs off the main event loop', () => {
  it('reads a file in a worker and carries a bad file back as the same FormatError', async () => {
    const jobs = createJobRunner();
    try {
      const doc = await jobs.run('importDocument', enc('في ولاية جوزجان شمال أفغانستان.\n\nدرزاب\n'), 'a.txt');
      expect(doc.paragraphs.map((p) => p.source)).toEqual(['في ولاية جوزجان شمال أفغانستان.', 'درزاب']);
      const err = await jobs.run('importDocument', new Uint8Array(), 'empty.txt').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FormatError);
      expect((err as Error).message).toBe('empty.txt: the file is empty (0 bytes)');
    } finally {
      await jobs.close();
    }
  });

  it('stops a job past its time limit with a clear message, and the next job still runs', async () => {
    const jobs = createJobRunner({ timeoutMs: 300, maxHeapMb: 512 });
    try {
      // About 20 MB of nested inline markup: far longer than 300 ms to read.
      const slow = enc(`<html><body><p>${'<b>جوزجان</b> '.repeat(1_000_000)}</p></body></html>`);
      const err = await jobs.run('importDocument', slow, 'slow.html').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(JobError);
      expect((err as Error).message).toBe('reading took longer than 0 s and was stopped');
      const after = await jobs.run('importDocument', enc('درزاب\n'), 'b.txt');
      expect(after.paragraphs).toHaveLength(1);
    } finally {
      await jobs.close();
    }
  });

  it('writes an export in the worker: the bilingual DOCX of the seed comes back whole', async () => {
    const app = composeApp({ dbFile: ':memory:', offMainThread: true });
    try {
      const { documentId } = await app.services.documents.import({
        fileName: 'a.txt',
        bytes: enc('في ولاية جوزجان شمال أفغانستان.\n\nدرزاب\n'),
      });
      await app.dispatch('paragraph.update', {
        documentId,
        index: 0,
        target: 'In Jowzjan province, northern Afghanistan.',
        confirm: true,
      });
      const r = await app.dispatch('document.export', { id: documentId, format: 'docx' });
      expect(r.ok).toBe(true);
      const file = (r as { value: { bytes: Uint8Array; fileName: string } }).value;
      expect(new TextDecoder().decode(file.bytes.subarray(0, 2))).toBe('PK');
      expect(file.fileName).toMatch(/\.docx$/);
    } finally {
      app.close();
    }
  });

  it('answers other requests while a large file is read', async () => {
    const app = composeApp({ dbFile: ':memory:', offMainThread: true });
    try {
      const big = enc(`<html><body>${'<p>في ولاية <b>جوزجان</b> شمال أفغانستان</p>\n'.repeat(60_000)}</body></html>`);
      const order: string[] = [];
      const imported = app
        .dispatch('document.import', { fileName: 'big.html', bytes: big })
        .then((r) => (order.push('import'), r));
      await new Promise((r) => setTimeout(r, 50));
      await app.dispatch('document.list', {}).then(() => order.push('list'));
      const r = await imported;
      expect(r.ok).toBe(true);
      expect(order).toEqual(['list', 'import']);
    } finally {
      app.close();
    }
  });
});
