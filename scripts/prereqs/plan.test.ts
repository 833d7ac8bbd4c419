import { describe, expect, it } from 'vitest';
import { planTools } from './plan';
import type { Machine } from './plan';

function machine(
  over: Partial<Machine> & { files?: string[]; onPath?: Record<string, string>; links?: Record<string, string> } = {},
): Machine {
  const files = new Set(over.files ?? []);
  const links = over.links ?? {};
  return {
    env: over.env ?? {},
    isRoot: over.isRoot ?? false,
    hasApt: over.hasApt ?? false,
    exists: (p) => files.has(p),
    realpath: (p) => links[p] ?? p,
    which: (c) => over.onPath?.[c],
    playwrightChromium: over.playwrightChromium,
  };
}

describe('planTools', () => {
  it('installs the four tools with one apt-get call as root on Debian, running nothing itself', () => {
    const plan = planTools(machine({ isRoot: true, hasApt: true }));
    expect(plan.aptPackages).toEqual([
      'chromium',
      'fonts-noto-core',
      'fonts-dejavu-core',
      'libreoffice-writer',
      'poppler-utils',
      'postgresql',
      'postgresql-contrib',
    ]);
    expect(plan.stop).toEqual([]);
  });

  it('stops with the Playwright command on a laptop without Chromium, and only warns for LibreOffice', () => {
    const plan = planTools(machine({ isRoot: false, hasApt: false }));
    expect(plan.aptPackages).toEqual([]);
    expect(plan.stop).toHaveLength(1);
    expect(plan.stop[0]).toContain('npx playwright install chromium');
    expect(plan.warnings.join('\n')).toContain('LibreOffice Writer not found');
  });

  it('prints the sudo apt-get command on Debian without root', () => {
    const plan = planTools(machine({ hasApt: true }));
    expect(plan.stop[0]).toContain('sudo apt-get install chromium fonts-noto-core');
  });

  it('uses CHROMIUM_PATH first, and says when it points nowhere', () => {
    const found = planTools(
      machine({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, files: ['/opt/chrome/chrome', '/usr/bin/chromium'] }),
    );
    expect(found.findings[0]).toMatchObject({ found: '/opt/chrome/chrome' });
    const wrong = planTools(machine({ isRoot: true, hasApt: true, env: { CHROMIUM_PATH: '/nope' } }));
    expect(wrong.stop[0]).toContain('CHROMIUM_PATH is /nope');
    expect(wrong.aptPackages).not.toContain('chromium');
  });

  it("finds Chromium on PATH or in Playwright's folder before installing anything", () => {
    const onPath = planTools(
      machine({ isRoot: true, hasApt: true, onPath: { 'chromium-browser': '/snap/bin/chromium-browser' } }),
    );
    expect(onPath.findings[0]).toMatchObject({ found: '/snap/bin/chromium-browser' });
    const pw = '/root/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
    const own = planTools(machine({ isRoot: true, hasApt: true, files: [pw], playwrightChromium: pw }));
    expect(own.findings[0]).toMatchObject({ found: pw });
    expect(own.aptPackages).not.toContain('chromium');
  });

  it('needs nothing when everything is there', () => {
    const plan = planTools(
      machine({
        isRoot: true,
        hasApt: true,
        files: [
          '/usr/bin/chromium',
          '/usr/bin/soffice',
          '/usr/bin/libswlo.so',
          '/usr/bin/pdftoppm',
          '/usr/lib/postgresql/15/bin/initdb',
        ],
      }),
    );
    expect(plan.aptPackages).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('installs Writer when soffice stayed behind without it (libreoffice-writer removed, libreoffice-core kept)', () => {
    const program = '/usr/lib/libreoffice/program';
    const links = { '/usr/bin/soffice': `${program}/soffice` };
    const base = [
      '/usr/bin/chromium',
      '/usr/bin/soffice',
      `${program}/soffice`,
      '/usr/bin/pdftoppm',
      '/usr/lib/postgresql/15/bin/initdb',
    ];
    const without = planTools(machine({ isRoot: true, hasApt: true, files: base, links }));
    expect(without.aptPackages).toEqual(['libreoffice-writer']);
    const laptop = planTools(machine({ hasApt: true, files: base, links }));
    expect(laptop.warnings.join('\n')).toMatch(
      /LibreOffice Writer is incomplete \(\/usr\/bin\/soffice is there.*sudo apt-get install libreoffice-writer/,
    );
    const withWriter = planTools(
      machine({ isRoot: true, hasApt: true, files: [...base, `${program}/libswlo.so`], links }),
    );
    expect(withWriter.aptPackages).toEqual([]);
    expect(withWriter.findings[1]).toMatchObject({ found: '/usr/bin/soffice' });
  });
});
