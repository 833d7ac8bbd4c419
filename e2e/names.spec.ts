/**
 * Names found in the document: on the seed with an empty glossary, the Names tab lists جوزجان and درزاب;
 * accepting one makes it a term and every occurrence is highlighted at once, clitic forms included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, SEED, test } from './fixtures';
import { candidate, row } from './workbench-page';

/** Opens the Names tab and waits for the real discovery's list. */
async function openNames(page: Page): Promise<void> {
  await page.getByTestId('tab-names').click();
  await expect(page.getByTestId('names-list')).toBeVisible({ timeout: 30_000 });
}

test('the Names tab lists the seed names; accepting one highlights every occurrence', async ({ page, app }) => {
  // Tall enough that the virtualized list renders all ten rows, so every highlight can be counted.
  await page.setViewportSize({ width: 1400, height: 4000 });
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.getByTestId('rows')).toHaveAttribute('aria-rowcount', '11');
  await expect(page.getByTestId('match')).toHaveCount(0);
  await openNames(page);

  const jowzjan = candidate(page, 'جوزجان');
  const darzab = candidate(page, 'درزاب');
  await expect(jowzjan).toBeVisible();
  await expect(darzab).toBeVisible();
  await expect(jowzjan.getByRole('button', { name: /first occurrence/ })).toHaveAttribute('dir', 'rtl');
  await expect(jowzjan).toContainText('2 occurrences');
  // Most frequent first.
  const counts = await page
    .getByTestId('name-candidate')
    .evaluateAll((items) => items.map((li) => Number(/(\d+) occurrence/.exec(li.textContent ?? '')?.[1] ?? 1)));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  // Keyboard: ↓/↑ move between the candidates' English fields; Enter adds the focused one.
  const english = page.getByTestId('name-english');
  await english.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(english.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(english.first()).toBeFocused();

  await jowzjan.getByTestId('name-english').fill('Jowzjan');
  await jowzjan.getByTestId('name-english').press('Enter');
  const jowzjanSpans = page.getByTestId('match').filter({ hasText: /^جوزجان$/ });
  await expect(jowzjanSpans).toHaveCount(2);
  await expect(
    row(page, 4)
      .getByTestId('match')
      .filter({ hasText: /^جوزجان$/ }),
  ).toBeVisible();
  await expect(
    row(page, 7)
      .getByTestId('match')
      .filter({ hasText: /^جوزجان$/ }),
  ).toBeVisible();
  await expect(jowzjan).toHaveCount(0); // the list refetched: it is a term now

  // The most frequent name (طالبان or أفغانستان on the seed) is written with clitics too (لطالبان, بأفغانستان):
  // accepted, each of its occurrences is highlighted, the clitic forms with them.
  const top = page.getByTestId('name-candidate').first();
  const text = (await top.getAttribute('data-text'))!;
  const occurrences = Number(/(\d+) occurrence/.exec((await top.textContent()) ?? '')?.[1] ?? 1);
  await top.getByTestId('name-accept').click();
  const spans = page.getByTestId('match').filter({ hasText: new RegExp(`^${text}$`) });
  await expect(spans).toHaveCount(occurrences);
  const withClitic = await spans.evaluateAll(
    (els) => els.filter((el) => /[\u0621-\u064A]$/.test(el.previousSibling?.textContent ?? '')).length,
  );
  if (['طالبان', 'أفغانستان'].includes(text)) expect(withClitic).toBeGreaterThan(0);

  // Dismiss removes a candidate.
  await darzab.getByRole('button', { name: 'Dismiss' }).click();
  await expect(darzab).toHaveCount(0);
});

/**
 * The tab's own behaviour with names.discover answered by a stand-in (the real term.add and matches run):
 * the list is fixed so the keyboard path and the clitic highlights of طالبان are checked on every run.
 */
test('the Names tab with a stand-in discovery: keyboard, add, dismiss', async ({ page, app }) => {
  const paragraphs = readFileSync(SEED, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const find = (name: string) =>
    paragraphs.flatMap((p, paragraph) =>
      [...p.matchAll(new RegExp(name, 'g'))].map((m) => ({ paragraph, start: m.index, end: m.index + name.length })),
    );
  const gone = new Set<string>();
  const all = [
    { text: 'طالبان', suggestion: 'Taliban', kind: 'org' },
    { text: 'جوزجان', suggestion: 'Jawzjan', kind: 'place' },
    { text: 'درزاب', suggestion: 'Darzab', kind: 'place' },
  ].map((c) => ({ ...c, occurrences: find(c.text) }));
  await page.route('**/api/names.discover', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: all.filter((c) => !gone.has(c.text)) }),
    }),
  );
  await page.route('**/api/names.dismiss', (route) => {
    gone.add((route.request().postDataJSON() as { text: string }).text);
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: { dismissed: true } }),
    });
  });
  page.on('request', (r) => {
    if (r.url().endsWith('/api/term.add')) gone.add((r.postDataJSON() as { source: string }).source);
  });

  await page.setViewportSize({ width: 1400, height: 4000 });
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.getByTestId('rows')).toHaveAttribute('aria-rowcount', '11');
  await page.getByTestId('tab-names').click();
  await expect(page.getByTestId('name-candidate')).toHaveCount(3);
  const taliban = candidate(page, 'طالبان');
  await expect(taliban).toContainText(`${find('طالبان').length} occurrences`);
  await expect(taliban.getByTestId('name-english')).toHaveValue('Taliban');

  const english = page.getByTestId('name-english');
  await english.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(english.nth(1)).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Jowzjan');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('match').filter({ hasText: /^جوزجان$/ })).toHaveCount(2);
  await expect(candidate(page, 'جوزجان')).toHaveCount(0);

  // طالبان is also written لطالبان: every occurrence is highlighted, the clitic forms with them.
  await taliban.getByTestId('name-accept').click();
  const spans = page.getByTestId('match').filter({ hasText: /^طالبان$/ });
  await expect(spans).toHaveCount(find('طالبان').length);
  const afterClitic = await spans.evaluateAll(
    (els) => els.filter((el) => /ل$/.test(el.previousSibling?.textContent ?? '')).length,
  );
  expect(afterClitic).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1400, height: 900 });
  await row(page, 4).getByTestId('target').click();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'names-en.png') });

  await candidate(page, 'درزاب').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('name-candidate')).toHaveCount(0);
  await expect(page.getByText('No new names found.')).toBeVisible();
});
