/**
 * The same path in the desktop window, where Electron's binary is installed. On machines without it
 * (ours and CI's: the binary cannot be downloaded) every test here is skipped with the reason.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronBinary } from '../electron/electron-binary';
import { ROOT, SEED } from './fixtures';

const binary = electronBinary(ROOT);
if (!binary) {
  console.log(
    "Electron specs skipped: Electron's binary is not installed here (node_modules/electron/path.txt is missing).",
  );
}

test.skip(
  !binary,
  "Electron's binary is not installed here (node_modules/electron/path.txt is missing): desktop specs skipped",
);

test('the desktop window imports the seed, translates row 3 and keeps it across a restart', async () => {
  const db = path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-electron-')), 'w.sqlite');
  const launch = () => electron.launch({ executablePath: binary!, args: [ROOT, '--db', db] });
  let app = await launch();
  let page = await app.firstWindow();
  // Sandboxed and isolated: no Node in the page, only the bridge's two functions.
  const exposed = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys((globalThis as { dragoman?: object }).dragoman ?? {}).sort(),
  }));
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'onMenu'] });
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
  const editor = page.locator('[data-testid=row][data-index="2"] [data-testid=target]');
  await editor.fill('Tasnim reported a secret operation.');
  await editor.press('Control+Enter');
  await expect(page.locator('[data-testid=row][data-index="3"]')).toHaveClass(/active/);
  // window.open and navigation away are refused.
  await page.evaluate(() => window.open('https://example.com'));
  expect(app.windows()).toHaveLength(1);
  await app.close();

  app = await launch();
  page = await app.firstWindow();
  await page.getByRole('button', { name: 'Open' }).first().click();
  await expect(page.locator('[data-testid=row][data-index="2"]')).toHaveAttribute('data-status', 'translated');
  await app.close();
});
