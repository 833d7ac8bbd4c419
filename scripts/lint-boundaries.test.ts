/**
 * The lint rules that keep each runtime apart are part of the design, so they are tested: ESLint's own API
 * lints small snippets as if they sat in the project's folders, with the project's eslint.config.js.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const fromRenderer = (up: string) =>
  `import { resources } from '${up}renderer/i18n/resources';\nexport const labels = resources.en;\n`;

describe('no main-process code imports renderer/', () => {
  it.each([
    ['electron/main.ts', '../'],
    ['electron/features/export/service.ts', '../../../'],
    ['server/http.ts', '../'],
    ['db/open.ts', '../'],
    ['core/formats/writers.ts', '../../'],
    ['scripts/test-prereqs.ts', '../'],
  ])('%s importing renderer/ fails lint', async (file, up) => {
    const messages = await restricted(file, fromRenderer(up));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/renderer/);
  });

  it('the shared strings in core/i18n are allowed in the main process', async () => {
    expect(
      await restricted(
        'electron/main.ts',
        `import { resources } from '../core/i18n/resources';\nexport const labels = resources.en;\n`,
      ),
    ).toEqual([]);
  });

  it('the renderer itself still imports its own folders', async () => {
    expect(await restricted('renderer/app.tsx', `import { i18n } from './i18n';\nexport const x = i18n;\n`)).toEqual(
      [],
    );
  });
});
