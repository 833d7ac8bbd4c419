/**
 * The settings panel (issue 17): the panes' font sizes and the theme (following the system, or a switch),
 * saved in the workspace; from the keyboard, in both UI languages, with screenshots of the panel and the
 * dark workbench in English and Arabic.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, SEED, test } from './fixtures';
import { row } from './workbench-page';

const fontSize = (page: Page, testId: string) =>
  row(page, 3)
    .getByTestId(testId)
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the settings panel sets each pane’s font size and the theme, kept in the workspace, in both UI languages', async ({
  page,
  app,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(SEED);
  const editor = row(page, 3).getByTestId('target');
  await editor.fill('Tasnim revealed that US forces had carried out a secret operation two weeks ago.');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await background(page);

  // Ctrl+, from the editor opens the panel, focused on its first field.
  await editor.press('Control+Comma');
  const panel = page.getByTestId('settings-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('settings-source-font')).toBeFocused();
  await panel.getByTestId('settings-source-font').fill('28');
  await panel.getByTestId('settings-target-font').fill('20');
  await expect.poll(() => fontSize(page, 'source')).toBe(28);
  await expect.poll(() => fontSize(page, 'target')).toBe(20);

  // The theme follows the system until the switch is used.
  await expect(panel.getByTestId('settings-theme-system')).toBeChecked();
  await expect(panel.getByTestId('settings-theme-dark')).toBeDisabled();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await panel.getByTestId('settings-theme-system').uncheck();
  await panel.getByTestId('settings-theme-dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).not.toBe(light);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-dark-en.png') });

  // Escape closes it; the focus is back in the English editor.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(editor).toBeFocused();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-dark-en.png') });
  // A bigger English font: the box grew with it, no text hidden.
  const hidden = await row(page, 3)
    .getByTestId('target')
    .evaluate((el) => el.scrollHeight > el.clientHeight);
  expect(hidden).toBe(false);

  // Kept in the workspace: a reload (even with the system light) keeps the dark theme and the sizes.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => fontSize(page, 'source')).toBe(28);

  // The Arabic UI: the same panel, mirrored, with its labels in Arabic; the panel's language field works too.
  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('settings-open').click();
  await expect(panel.getByRole('heading', { name: 'الإعدادات' })).toBeVisible();
  await expect(panel.getByLabel('حجم النص العربي')).toHaveValue('28');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-dark-ar.png') });
  await panel.getByRole('switch', { name: 'السمة الداكنة' }).uncheck();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-light-ar.png') });
  await panel.getByRole('switch', { name: 'السمة الداكنة' }).check();
  await panel.getByRole('button', { name: 'تم' }).click();
  await expect(panel).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-dark-ar.png') });
  await page.getByTestId('settings-open').click();
  await panel.getByTestId('settings-ui-language').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(panel.getByRole('heading', { name: 'Settings' })).toBeVisible();
});
