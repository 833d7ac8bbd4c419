import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'db/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.ts',
      'scripts/**/*.test.ts',
      'server/**/*.test.ts',
    ],
    // One throwaway PostgreSQL cluster per run for the team server's tests (skipped where PostgreSQL is missing).
    globalSetup: ['server/test/global-setup.ts'],
    environment: 'node',
    testTimeout: 90000,
    hookTimeout: 30000,
  },
});
