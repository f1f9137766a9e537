import { spawnSync } from 'node:child_process';
import { ROOT } from './chromium.mjs';

/** Runs a command from the repo root with inherited output; returns its exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env, ...options });
  if (result.error) {
    console.error(`${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

export const bin = (name) => `${ROOT}/node_modules/.bin/${name}`;

/** Builds the Chrome extension and the demo pages (what e2e, start and bench need). */
export function buildForBrowser() {
  return run(bin('wxt'), ['build']) || run('node', ['scripts/build-demo.mjs']);
}

/** Builds both Firefox builds, MV2 (`.output/firefox-mv2`) and MV3 (`.output/firefox-mv3`). */
export function buildFirefox() {
  return run(bin('wxt'), ['build', '-b', 'firefox']) || run(bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
}

/** Both Firefox builds and the demo pages (what the Firefox end-to-end tests need). */
export function buildForFirefox() {
  return buildFirefox() || run('node', ['scripts/build-demo.mjs']);
}
