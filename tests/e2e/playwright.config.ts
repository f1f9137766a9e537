import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One Chromium at a time: the machine has two cores and each worker owns a browser with the extension.
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  outputDir: '../../.output/e2e-results',
  reporter: [['list'], ['json', { outputFile: '../../.output/reports/e2e.json' }]],
});
