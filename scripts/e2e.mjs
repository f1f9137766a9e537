// `npm run test:e2e [-- spec files or Playwright flags]`: builds the Chrome extension and the demo pages, then runs
// the end-to-end tests in real Chromium. Faster than `npm test` while working on one feature.
import { ensureChromium } from './lib/chromium.mjs';
import { bin, buildForBrowser, run } from './lib/run.mjs';

if (!process.argv.includes('--no-build') && buildForBrowser() !== 0) process.exit(1);
ensureChromium();
const args = process.argv.slice(2).filter((a) => a !== '--no-build');
process.exit(run(bin('playwright'), ['test', '-c', 'tests/e2e/playwright.config.ts', ...args]));
