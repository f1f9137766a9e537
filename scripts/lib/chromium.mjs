// Finding and launching Debian's Chromium with the built extension loaded (TOOLCHAIN.md: persistent context,
// and playwright-core's default --disable-extensions must be removed or the extension silently never loads).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findOrInstall } from './apt.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Installs Debian's chromium when missing and this user can; otherwise says exactly what to run. */
export function ensureChromium() {
  const found = findOrInstall(findChromium, 'chromium');
  if (found) return found;
  console.error(
    [
      'Cordial needs Chromium to run its end-to-end tests and the demo, and could not install it here.',
      'Install it, then run the command again:',
      '  sudo apt-get update && sudo apt-get install -y chromium      (Debian / Ubuntu)',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium with Cordial loaded; resolves with the context and the extension's id. */
export async function launchWithExtension({ headless = true, userDataDir, extensionDir = EXTENSION_DIR, args = [], viewport = { width: 1400, height: 900 }, locale = 'es-ES' } = {}) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run npm run build first.`);
  const context = await chromium.launchPersistentContext(userDataDir ?? mkdtempSync(join(tmpdir(), 'cordial-profile-')), {
    executablePath: findChromium(),
    headless,
    viewport,
    // Spanish first: the demo pages and the default pack are Spanish, and the sidebar follows the browser language.
    locale,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...args],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 10_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}
