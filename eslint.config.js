// Lint: TypeScript rules everywhere, React hooks in the renderer, and one rule per folder that keeps
// each runtime apart (core/ is pure; the renderer never reaches Node, SQLite or Electron).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const node = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http'];
/** The main process, the servers and the scripts never reach into the renderer: shared strings live in core/i18n. */
const renderer = ['**/renderer', '**/renderer/**'];
const notRenderer = {
  group: renderer,
  message: 'Only the renderer imports renderer/: UI strings shared with the main process live in core/i18n/.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['electron/**/*.ts', 'server/**/*.ts', 'scripts/**/*.{ts,mjs,js}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [notRenderer] }] },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...node,
                'electron',
                'better-sqlite3',
                'react',
                'react-dom',
                '**/db/**',
                '**/electron/**',
                ...renderer,
              ],
              message: 'core/ is pure TypeScript: no Node, Electron, SQLite, React or other layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'react', ...renderer, '**/electron/**'], message: 'db/ depends on core/ only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      // TanStack Virtual is knowingly used without the React Compiler.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...node, 'electron', 'better-sqlite3', '**/db/**', '**/electron/**'],
              message: 'The renderer talks to the main process through the API client only.',
            },
          ],
        },
      ],
    },
  },
);
