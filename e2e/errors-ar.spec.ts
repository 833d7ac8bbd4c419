/**
 * Refusals in the Arabic UI: a malformed XLIFF and a glossary CSV with bad rows are refused with Arabic messages
 * that keep the file name and the line (the server sends a message key and values; the UI formats them).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SEED, test } from './fixtures';

async function arabicUi(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

function file(name: string, text: string): string {
  const p = path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-err-')), name);
  writeFileSync(p, text);
  return p;
}

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
});

test('a malformed XLIFF is refused in Arabic with its file and line', async ({ page }) => {
  await arabicUi(page);
  const xliff = '<?xml version="1.0"?>\n<xliff version="2.0" srcLang="ar" trgLang="en">\n<file id="f">\n<unit id="1"><segment><source>مرحبا</source></segment>\n</file>\n</xliff>\n';
  await page.getByTestId('file-input').setInputFiles(file('broken.xlf', xliff));
  const alert = page.getByRole('alert').filter({ hasText: 'broken.xlf' });
  await expect(alert).toContainText('XML غير سليم البنية');
  await expect(alert).toContainText(/broken\.xlf \(السطر \d+\)/);
  await expect(alert).not.toContainText('malformed');
});

test('a glossary CSV with bad rows is refused in Arabic, row by row, with the lines', async ({ page }) => {
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
  await arabicUi(page);
  const bad = file('bad.csv', 'source,target,kind\nجوزجان,Jowzjan,place\nدرزاب,,place\nطالبان,"Tali"ban,org\n');
  await page.getByTestId('glossary-file-input').setInputFiles(bad);
  const errors = page.getByTestId('glossary-import-errors');
  await expect(errors.getByRole('listitem')).toHaveCount(2);
  await expect(errors.getByRole('listitem').first()).toHaveText('bad.csv: السطر 3: المقابل الإنجليزي فارغ');
  await expect(errors.getByRole('listitem').nth(1)).toContainText('bad.csv: السطر 4: نص غير متوقع بعد علامة التنصيص الختامية');
  await expect(errors).not.toContainText('line');
});
