/** The browser mode refuses callers without the launch token, and user text never becomes markup. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('without the per-launch token the app and its API are refused', async ({ page, app }) => {
  const res = await page.goto(app.origin + '/');
  expect(res?.status()).toBe(401);
  const api = await page.request.post(app.origin + '/api/document.list', { data: {} });
  expect(api.status()).toBe(401);
});

test('markup inside a document is shown as text, never run', async ({ page, app }) => {
  const file = path.join(app.dir, 'hostile.txt');
  const hostile = 'بيان <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> انتهى';
  writeFileSync(file, `${hostile}\n\nفقرة ثانية`);
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(file);
  const source = page.locator('[data-testid=row][data-index="0"] [data-testid=source]');
  await expect(source).toHaveText(hostile);
  expect(await source.locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // A hostile title in the document list is text too.
  await page.getByRole('button', { name: 'Documents' }).click();
  await expect(page.getByTestId('document-row').first()).toContainText('<img src=x');
});
