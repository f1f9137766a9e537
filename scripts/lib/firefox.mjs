// Finding Debian's Firefox ESR and launching it headless, driven over WebDriver BiDi (puppeteer-core), with a Firefox
// build of Cordial installed as a temporary add-on, as `about:debugging` would.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findOrInstall } from './apt.mjs';
import { ROOT } from './chromium.mjs';

export const FIREFOX_BUILDS = ['firefox-mv2', 'firefox-mv3'];
export const ADDON_ID = 'cordial@cordial.invalid';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  return CANDIDATES.find((p) => existsSync(p));
}

/**
 * Installs Debian's firefox-esr when missing and this user can; otherwise says exactly what to run and answers
 * undefined, which the caller counts as a failure (the Firefox tests are never skipped in silence).
 */
export function ensureFirefox() {
  const found = findOrInstall(findFirefox, 'firefox-esr');
  if (found) return found;
  console.error(
    [
      'Cordial needs Firefox to run its Firefox end-to-end tests, and could not install it here.',
      'Install it, then run the command again:',
      '  sudo apt-get update && sudo apt-get install -y firefox-esr      (Debian / Ubuntu)',
      'or point FIREFOX_PATH at an existing Firefox (115 ESR or later; 128 or later for the MV3 build).',
    ].join('\n'),
  );
  return undefined;
}

/**
 * On top of puppeteer's and the remote agent's own test preferences: nothing may leave the machine. Every
 * connection except to loopback goes to a proxy that is not there (port 9 on loopback), so a forgotten service fails
 * at once instead of reaching the network; and the services that would try are off.
 */
export const OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.socks': '127.0.0.1',
  'network.proxy.socks_port': 9,
  'network.proxy.socks_remote_dns': true,
  'network.proxy.no_proxies_on': 'localhost, .localhost, 127.0.0.1, [::1]',
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.captive-portal-service.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'identity.fxaccounts.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'media.gmp-manager.updateEnabled': false,
};

/**
 * Launches headless Firefox with the given Firefox build of Cordial as a temporary add-on. The add-on's internal
 * UUID is chosen here (Firefox picks a random one per profile), so its pages are at a known `moz-extension://` origin.
 * Resolves with the browser and that origin.
 */
export async function launchFirefoxWithExtension({ build = 'firefox-mv2', headless = true, prefs = {}, locale = 'es-ES', acceptInsecureCerts = false } = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const extensionDir = join(ROOT, '.output', build);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run npm run test:firefox (it builds it).`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless,
    // Only for the real-site fixtures, served with a throw-away self-signed certificate.
    acceptInsecureCerts,
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: {
      ...OFFLINE_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // Spanish first, as in the Chromium tests: the sidebar follows navigator.languages.
      'intl.accept_languages': `${locale}, ${locale.slice(0, 2)}`,
      ...prefs,
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`Firefox installed ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, origin: `moz-extension://${uuid}` };
}
