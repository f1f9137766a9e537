// `npm test`: type-check, unit tests, builds, then e2e in real Chromium. Prints `N passed, N failed` last,
// summed over both runners from their JSON reports (CI reads only that line).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureChromium } from './lib/chromium.mjs';
import { bin, buildForBrowser, run } from './lib/run.mjs';

const reports = join(ROOT, '.output/reports');
mkdirSync(reports, { recursive: true });
for (const f of ['unit.json', 'e2e.json']) rmSync(join(reports, f), { force: true });

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
if (buildForBrowser() !== 0 || run(bin('wxt'), ['build', '-b', 'firefox']) !== 0 || run(bin('wxt'), ['build', '-b', 'firefox', '--mv3']) !== 0) {
  problems.push('build failed: e2e tests not run');
  failed += 1;
  finish();
}

console.log('\n▶ Firefox package lint (addons-linter, as addons.mozilla.org runs it), MV2 and MV3');
for (const build of ['firefox-mv2', 'firefox-mv3']) {
  if (run('node', ['scripts/lint-firefox.mjs', join(ROOT, '.output', build)]) === 0) passed += 1;
  else {
    failed += 1;
    problems.push(`the ${build} package has linter errors or unexpected warnings (npm run lint:firefox -- .output/${build})`);
  }
}

console.log('\n▶ end-to-end tests (Playwright + Chromium with the built extension)');
ensureChromium();
run(bin('playwright'), ['test', '-c', 'tests/e2e/playwright.config.ts']);
const e2e = readJson('e2e.json');
if (e2e?.stats) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  if (e2e.stats.expected + e2e.stats.unexpected === 0) problems.push('playwright ran no test');
} else {
  problems.push('playwright wrote no report (it crashed)');
  failed += 1;
}
if (!existsSync(join(ROOT, '.output/chrome-mv3/manifest.json'))) problems.push('no Chrome build');
finish();
