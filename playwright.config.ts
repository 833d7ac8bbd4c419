import { defineConfig } from '@playwright/test';
import { findTool, TOOLS } from './scripts/prereqs/plan';
import { probeMachine } from './scripts/prereqs/probe';

// The Chromium `npm test` found (CHROMIUM_PATH, the system's, or Playwright's own: scripts/prereqs); never a
// download from here. The flags keep it off the closed network.
const chromium = findTool(TOOLS[0]!, probeMachine());
const executablePath = 'found' in chromium ? chromium.found : '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  // On CI a test that fails once is run again: a timing flake on a loaded runner should not hold back a whole
  // change, and it still shows: the closing summary names every test that only passed on its retry.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'artifacts/playwright.json' }]],
  outputDir: 'test-results',
  projects: [
    {
      name: 'browser',
      testIgnore: /electron\.spec\.ts/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1400, height: 900 },
        acceptDownloads: true,
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
