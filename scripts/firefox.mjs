// `npm run test:firefox [-- spec files or Playwright flags]`: builds both Firefox builds (MV2, MV3) and the demo pages,
// then drives each build in Debian's Firefox ESR (tests/firefox). `--no-build` reuses what .output holds.
import { ensureFirefox } from './lib/firefox.mjs';
import { bin, buildForFirefox, run } from './lib/run.mjs';

if (!process.argv.includes('--no-build') && buildForFirefox() !== 0) process.exit(1);
if (!ensureFirefox()) process.exit(1);
const args = process.argv.slice(2).filter((a) => a !== '--no-build');
process.exit(run(bin('playwright'), ['test', '-c', 'tests/firefox/playwright.config.ts', ...args]));
