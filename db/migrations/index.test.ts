import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';

// The file name carries the version (0007-tm.ts is version 7): a step written but never listed, or listed
// under another number, would leave workspaces a step short or migrate them out of order.
describe('the migration list', () => {
  it('lists every migration file once, under the version its name gives, in increasing order', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => /^\d{4}-.+\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .sort();
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(MIGRATIONS.map((m) => m.version));
  });
});
