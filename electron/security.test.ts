import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, isSafeExternalUrl } from './security';

describe('desktop security rules', () => {
  it('lets only http(s) links out to the system browser', () => {
    expect(isSafeExternalUrl('https://www.unhcr.org/')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'data:text/html,<script>',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });

  it('treats only the packaged pages as the app', () => {
    const entry = 'file:///opt/dragoman/dist/renderer/index.html';
    expect(isAppUrl('file:///opt/dragoman/dist/renderer/index.html#/doc/1', entry)).toBe(true);
    expect(isAppUrl('file:///home/me/Downloads/report.html', entry)).toBe(false);
    expect(isAppUrl('https://evil.example/', entry)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:4000/#/doc/1', 'http://127.0.0.1:4000')).toBe(true);
    expect(isAppUrl('http://127.0.0.1:4001/', 'http://127.0.0.1:4000')).toBe(false);
  });

  it('allows no inline or remote script, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
