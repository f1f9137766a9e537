// `npm test`: type-check, unit tests, builds, then e2e in real Chromium and in real Firefox. Prints `N passed, N failed`
// last, summed over every runner from its JSON report (CI reads only that line).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureChromium } from './lib/chromium.mjs';
import { FIREFOX_BUILDS, ensureFirefox } from './lib/firefox.mjs';
import { bin, buildFirefox, buildForBrowser, run } from './lib/run.mjs';

const reports = join(ROOT, '.output/reports');
mkdirSync(reports, { recursive: true });
for (const f of ['unit.json', 'e2e.json', 'firefox.json']) rmSync(join(reports, f), { force: true });

let passed = 0;
let failed = 0;
const problems = [];

function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(reports, file), 'utf8'));
  } catch {
    return null;
  }
}

/** Runs one Playwright config and adds its JSON report's counts (`name` says which suite in a problem). */
function runPlaywright(config, report, name) {
  run(bin('playwright'), ['test', '-c', config]);
  const stats = readJson(report)?.stats;
  if (!stats) {
    problems.push(`${name} wrote no report (it crashed)`);
    failed += 1;
    return;
  }
  passed += stats.expected + (stats.flaky ?? 0);
  failed += stats.unexpected;
  if (stats.expected + stats.unexpected === 0) problems.push(`${name} ran no test`);
}

function finish() {
  const line = `${passed} passed, ${failed} failed`;
  writeFileSync(join(reports, 'summary.txt'), `${line}\n`);
  if (problems.length) console.log(`\nProblems:\n- ${problems.join('\n- ')}`);
  console.log(`\n${line}`);
  process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
}

console.log('▶ type-check (tsc)');
if (run(bin('tsc'), ['--noEmit']) !== 0) {
  problems.push('type-check failed');
  failed += 1;
}

console.log('\n▶ unit tests (vitest)');
run(bin('vitest'), ['run']);
const unit = readJson('unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numTotalTests === 0) problems.push('vitest ran no test');
} else {
  problems.push('vitest wrote no report (it crashed)');
  failed += 1;
}

console.log('\n▶ build (Chrome MV3, Firefox MV2 and MV3, demo pages)');
if (buildForBrowser() !== 0 || buildFirefox() !== 0) {
  problems.push('build failed: e2e tests not run');
  failed += 1;
  finish();
}

console.log('\n▶ Firefox package lint (addons-linter, as addons.mozilla.org runs it), MV2 and MV3');
for (const build of FIREFOX_BUILDS) {
  if (run('node', ['scripts/lint-firefox.mjs', join(ROOT, '.output', build)]) === 0) passed += 1;
  else {
    failed += 1;
    problems.push(`the ${build} package has linter errors or unexpected warnings (npm run lint:firefox -- .output/${build})`);
  }
}

console.log('\n▶ end-to-end tests (Playwright + Chromium with the built extension)');
ensureChromium();
runPlaywright('tests/e2e/playwright.config.ts', 'e2e.json', 'playwright');

console.log('\n▶ Firefox end-to-end tests (Firefox ESR driven over WebDriver BiDi, with the MV2 and the MV3 build)');
if (ensureFirefox()) runPlaywright('tests/firefox/playwright.config.ts', 'firefox.json', 'the Firefox suite');
else {
  problems.push('Firefox is missing, so the Firefox end-to-end tests did not run (sudo apt-get install -y firefox-esr)');
  failed += 1;
}
if (!existsSync(join(ROOT, '.output/chrome-mv3/manifest.json'))) problems.push('no Chrome build');
finish();
