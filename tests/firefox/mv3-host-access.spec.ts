// MV3 only (the firefox-mv2 project ignores this file): host access is the agent's to withhold and grant.
import { expect, extensionTab, openDemo, sidebar, test } from './fixtures';
import type { Page } from 'puppeteer-core';

const DEMO_HOSTS = ['http://mail.demo.localhost/*', 'http://social.demo.localhost/*', 'http://chat.demo.localhost/*'];
const WEBMAIL = DEMO_HOSTS[0]!;

interface Permissions {
  getAll(): Promise<{ origins: string[] }>;
  remove(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
}
const origins = (addon: Page) => addon.evaluate(async () => (await (globalThis as unknown as { browser: { permissions: Permissions } }).browser.permissions.getAll()).origins);

test('a temporary install is granted the supported sites, not the optional access to any site', async ({ tab, demo, firefox }) => {
  const addon = await extensionTab(firefox, await openDemo(tab, demo, 'webmail'));
  // Firefox 127+ grants an MV3 add-on's content-script hosts with the install (extensions.originControls.grantByDefault);
  // the optional ones (for sites the agent turns Cordial on for) wait until Cordial asks.
  const granted = await origins(addon);
  expect(granted).toEqual(expect.arrayContaining(DEMO_HOSTS));
  expect(granted).not.toContain('http://*/*');
  expect(granted).not.toContain('https://*/*');
  await addon.close();
});

test('withheld, Cordial stays off the webmail; granted again, it docks there', async ({ tab, demo, firefox }) => {
  const addon = await extensionTab(firefox, await openDemo(tab, demo, 'webmail'));
  // The agent withdraws the add-on's access to the webmail (about:addons › Permissions does the same).
  await addon.evaluate((origin) => (globalThis as unknown as { browser: { permissions: Permissions } }).browser.permissions.remove({ origins: [origin] }), WEBMAIL);
  expect(await origins(addon)).not.toContain(WEBMAIL);
  await tab.bringToFront();
  await tab.goto(demo.url('webmail'), { waitUntil: 'load' });
  // Content scripts run at document_idle, right after load: given time to dock, Cordial stays away.
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
  expect(await tab.evaluate(() => document.querySelector('cordial-sidebar') !== null)).toBe(false);

  // The agent grants it again: a permission request answered yes. It needs a real click (user input) in the add-on's
  // page; the prompt is accepted by the profile (extensions.webextOptionalPermissionPrompts=false), since headless
  // Firefox has no doorhanger to click.
  await addon.bringToFront();
  await addon.evaluate((origin) => {
    const button = document.body.appendChild(document.createElement('button'));
    button.id = 'grant';
    button.textContent = 'grant';
    const api = (globalThis as unknown as { browser: { permissions: Permissions } }).browser;
    button.addEventListener('click', () => void api.permissions.request({ origins: [origin] }).then((ok) => (button.dataset.granted = String(ok))));
  }, WEBMAIL);
  await addon.click('#grant');
  await addon.waitForSelector('#grant[data-granted="true"]');
  expect(await origins(addon)).toContain(WEBMAIL);
  await addon.close();

  await tab.bringToFront();
  await tab.reload();
  const frame = await sidebar(tab);
  await frame.waitForSelector('[data-testid=reply]', { visible: true });
});
