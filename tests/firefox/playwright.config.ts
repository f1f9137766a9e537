import { defineConfig } from '@playwright/test';
import type { FirefoxOptions } from './fixtures';

// Playwright Test only runs the specs; the browser is Debian's Firefox ESR driven by puppeteer-core over WebDriver
// BiDi (fixtures.ts): Playwright's own Firefox is a patched build that cannot be downloaded here.
export default defineConfig<FirefoxOptions>({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One Firefox at a time: the machine has two cores, and other suites run beside this one.
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  retries: 0,
  outputDir: '../../.output/firefox-results',
  reporter: [['list'], ['json', { outputFile: '../../.output/reports/firefox.json' }]],
  projects: [
    { name: 'firefox-mv2', use: { build: 'firefox-mv2' }, testIgnore: 'mv3-*.spec.ts' },
    // The real-site fixtures run on the MV2 build, the one Firefox users load: the content script is the same.
    { name: 'firefox-mv3', use: { build: 'firefox-mv3' }, testIgnore: 'sites.spec.ts' },
  ],
});
