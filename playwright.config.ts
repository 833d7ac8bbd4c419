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
