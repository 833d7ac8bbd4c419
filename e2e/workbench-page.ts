/**
 * The e2e page model: how the specs find the workbench's rows, candidates and selections, and call the
 * browser-mode server's API directly. One copy here, so a change to the row markup is one change for every spec.
 */
import type { Locator, Page } from '@playwright/test';
import { decodeWire, encodeWire } from '../core/api/wire';
import type { AppServer } from './fixtures';

/** Row `n` as the UI numbers rows (from 1); the element carries the 0-based paragraph index. */
export function row(page: Page, n: number): Locator {
  return page.locator(`[data-testid=row][data-index="${n - 1}"]`);
}

/** A name in the Names tab's list, by its Arabic. */
export function candidate(page: Page, arabic: string): Locator {
  return page.locator(`[data-testid=name-candidate][data-text="${arabic}"]`);
}

/** Calls one API method over the browser-mode transport, with the launch's token; throws the API's message. */
export async function api<T>(app: AppServer, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'x-dragoman-token': app.token, 'content-type': 'application/json' },
    body: encodeWire(input),
  });
  const env = decodeWire(await res.text()) as { ok: boolean; value: T; error?: { message: string } };
  if (!env.ok) throw new Error(env.error?.message);
  return env.value;
}

/** The open document's id, read from the address (`#/doc/ID`). */
export function documentIdOf(page: Page): string {
  const m = /#\/doc\/([^/?&]+)/.exec(page.url());
  if (!m) throw new Error(`no document in ${page.url()}`);
  return decodeURIComponent(m[1]!);
}

/** Selects `text` inside row `n`'s Arabic cell, as a mouse drag would. */
export async function selectArabic(page: Page, n: number, text: string): Promise<void> {
  await row(page, n)
    .getByTestId('source')
    .evaluate((cell, wanted) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const at = (cell.textContent ?? '').indexOf(wanted);
      if (at < 0) throw new Error(`${wanted} not in the row`);
      let offset = 0;
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent!.length;
        if (offset <= at && at < offset + len) range.setStart(node, at - offset);
        if (offset < at + wanted.length && at + wanted.length <= offset + len)
          range.setEnd(node, at + wanted.length - offset);
        offset += len;
      }
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, text);
}
