import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, appProtocolHandler, denyAllPermissions, openExternalAfterAsking } from './desktop-hardening';
import { isAppUrl } from './security';

describe('desktop hardening', () => {
  it('denies every permission request and check', () => {
    const granted: boolean[] = [];
    let check: ((wc: unknown, permission: string) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => {
        for (const p of ['media', 'notifications', 'clipboard-read', 'geolocation']) h(null, p, (g) => granted.push(g));
      },
      setPermissionCheckHandler: (h) => (check = h),
    });
    expect(granted).toEqual([false, false, false, false]);
    expect(check?.(null, 'clipboard-sanitized-write')).toBe(false);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-app-'));
    const renderer = path.join(dir, 'renderer');
    mkdirSync(path.join(renderer, 'assets'), { recursive: true });
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Dragoman</title>');
    writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside');
    const handle = appProtocolHandler(renderer);
    const page = await handle(new Request(APP_ENTRY));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Dragoman</title>');
    expect((await handle(new Request('app://dragoman/assets/app.js'))).headers.get('content-type')).toMatch(
      /javascript/,
    );
    for (const url of [
      'app://dragoman/..%2fsecret.txt',
      'app://dragoman/%2e%2e/secret.txt',
      'app://other/index.html',
      'app://dragoman/%E0%A4%A',
    ]) {
      const r = await handle(new Request(url));
      expect(r.status, url).toBeGreaterThanOrEqual(400);
      expect(await r.text()).not.toContain('outside');
    }
  });

  it('treats app://dragoman as the app, and no other scheme whose origin is also "null"', () => {
    expect(isAppUrl('app://dragoman/index.html#/doc/1', APP_ENTRY)).toBe(true);
    for (const url of [
      'data:text/html,<script>alert(1)</script>',
      'app://evil/index.html',
      'file:///opt/dragoman/index.html',
      'about:blank',
    ]) {
      expect(isAppUrl(url, APP_ENTRY), url).toBe(false);
    }
  });

  it('opens an http(s) link only after the translator has seen it and agreed', async () => {
    const opened: string[] = [];
    const asked: string[] = [];
    const open = async (u: string): Promise<void> => void opened.push(u);
    const ask = (answer: boolean) => async (u: string) => (asked.push(u), answer);
    expect(await openExternalAfterAsking('https://www.unhcr.org/', ask(false), open)).toBe(false);
    expect(await openExternalAfterAsking('file:///etc/passwd', ask(true), open)).toBe(false);
    expect(await openExternalAfterAsking('https://www.unhcr.org/', ask(true), open)).toBe(true);
    expect(asked).toEqual(['https://www.unhcr.org/', 'https://www.unhcr.org/']); // a file: link is never even offered
    expect(opened).toEqual(['https://www.unhcr.org/']);
  });

  it('packages with the fuses Electron recommends', () => {
    const config = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '..', 'electron-builder.json'), 'utf8'),
    ) as { electronFuses?: Record<string, boolean> };
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
