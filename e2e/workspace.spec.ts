/** A workspace the server cannot open gets a page saying which file and what to do, never a hanging tab. */
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, SCREENSHOTS, startApp, test } from './fixtures';

test('an empty workspace file is refused with its name and the way back, in the page', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-broken-'));
  const file = path.join(dir, 'desk.sqlite');
  writeFileSync(file, '');
  const hour = Date.now() / 1000 - 3600;
  utimesSync(file, hour, hour); // not a workspace another process is creating this very moment
  const app = await startApp(file);
  try {
    await page.goto(app.url);
    const problem = page.getByTestId('startup-problem');
    await expect(problem).toContainText('Dragoman could not start');
    await expect(problem).toContainText(`${file}: the file is empty (0 bytes), not a Dragoman workspace`);
    await expect(problem).toContainText('npm run cli -- restore BACKUP');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'workspace-empty.png') });
  } finally {
    await app.stop();
  }
});
