// Every site adapter at its real hostname, in Firefox (the MV2 build, the one Firefox users load): the fixture pages
// of tests/fixtures/sites are served locally over HTTPS, reached through a proxy that knows only the sites' hosts
// (site-proxy.ts), so the manifest's matches, detection, the adapter's selectors and insertion run as in the field.
import type { Frame, Page } from 'puppeteer-core';
import type { Channel, Reply } from '../../protocols/types';
import { strings } from '../../utils/i18n';
import { SITES } from '../../utils/sites';
// @ts-expect-error plain ESM helper shared with npm run test:firefox
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { es } from '../e2e/fixtures';
import { startSiteServer, type SiteServer } from '../e2e/site-server';
import { SITE_URLS } from '../e2e/site-urls';
import { startSiteProxy } from './site-proxy';
import { attributes, test as base, expect, sidebar } from './fixtures';

const REAL_SITES = SITES.filter((site) => !site.id.startsWith('demo-'));

const test = base.extend<{}, { sites: SiteServer & { proxyPort: number } }>({
  sites: [
    async ({}, use) => {
      const server = await startSiteServer(REAL_SITES, SITE_URLS);
      const proxy = await startSiteProxy(server.hosts, server.port);
      await use({ ...server, proxyPort: proxy.port });
      await proxy.close();
      await server.close();
    },
    { scope: 'worker' },
  ],
  firefox: [
    async ({ build, sites }, use) => {
      // https:// goes to the site proxy instead of the proxy that is not there (OFFLINE_PREFS); http:// still goes nowhere.
      const launched = await launchFirefoxWithExtension({ build, acceptInsecureCerts: true, prefs: { 'network.proxy.ssl_port': sites.proxyPort } });
      await use(launched);
      await launched.browser.close();
    },
    { scope: 'worker' },
  ],
});

const textFor = (reply: Reply, channel: Channel) => reply.variants?.[channel]?.body ?? reply.body;
const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The fixture's composer: the first visible [data-fixture-composer], in the page or in its editor's frame. */
async function fixtureComposer(tab: Page): Promise<{ frame: Frame; selector: string }> {
  const framed = await tab.$eval('meta[name="cordial-fixture-frame"]', (m) => m.getAttribute('content')).catch(() => null);
  const frame = framed ? (await (await tab.waitForSelector(framed))!.contentFrame())! : tab.mainFrame();
  await frame.waitForSelector('[data-fixture-composer]');
  await frame.$$eval('[data-fixture-composer]', (els) => els.find((el) => (el as HTMLElement).getClientRects().length > 0)?.setAttribute('data-test-target', ''));
  return { frame, selector: '[data-test-target]' };
}

const readComposer = ({ frame, selector }: { frame: Frame; selector: string }) =>
  frame.$eval(selector, (el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText));

for (const site of REAL_SITES) {
  const url = SITE_URLS[site.id]![0]!;
  test(`${site.id}: at ${url} the sidebar docks with the channel, the site and the customer, and a reply goes into the composer`, async ({ tab }) => {
    const response = await tab.goto(url);
    expect(response?.status(), 'the local server has a fixture for this address').toBe(200);
    const frame = await sidebar(tab);
    await frame.waitForSelector('[data-testid=reply]', { visible: true, timeout: 10_000 });
    expect((await attributes(frame, '[data-testid=channel]', []))[0]?.text).toBe(strings('es').channel[site.channel]);
    expect(await attributes(frame, '[data-testid=site]', ['data-site-id'])).toEqual([{ text: site.name, 'data-site-id': site.id }]);
    const customer = await tab.$eval('meta[name="cordial-fixture-customer"]', (m) => m.getAttribute('content'));
    await expect.poll(async () => (await attributes(frame, '[data-testid=customer-name]', []))[0]?.text).toBe(customer);

    const reply = es.replies.find((r) => r.channels.includes(site.channel) && !textFor(r, site.channel).includes('{{'))!;
    await frame.type('[data-testid=reply-search]', reply.title);
    const insert = `[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`;
    await frame.waitForSelector(insert, { visible: true });
    const composer = await fixtureComposer(tab);
    await composer.frame.click(composer.selector);
    await frame.click(insert);
    const beginning = squash(textFor(reply, site.channel).split('\n')[0]!).slice(0, 40);
    await expect.poll(async () => squash(await readComposer(composer))).toContain(beginning);
  });
}
