// Every site adapter at its real hostname: the fixture page is served locally over HTTPS as https://<real host>/…,
// in a Chromium of its own with the built extension, so the manifest's matches, detection, the adapter's selectors
// and insertion are exercised as in the field (TOOLCHAIN.md, "Testing a site adapter at its real hostname").
import { existsSync, readFileSync } from 'node:fs';
import { test as base, expect, type BrowserContext, type FrameLocator, type Locator, type Page, type Worker } from '@playwright/test';
import type { Channel, Pack, Reply } from '../../protocols/types';
import { strings } from '../../utils/i18n';
import { SITES } from '../../utils/sites';
// @ts-expect-error plain ESM helper shared with npm start and npm run bench
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { clearExtensionTable, readExtensionTable } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';
import { SITE_URLS } from './site-urls';

const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));
const REAL_SITES = SITES.filter((site) => !site.id.startsWith('demo-'));

interface SiteBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

const test = base.extend<{ page: Page }, { sites: SiteServer; siteBrowser: SiteBrowser }>({
  sites: [
    async ({}, use) => {
      const server = await startSiteServer(REAL_SITES, SITE_URLS);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  siteBrowser: [
    async ({ sites }, use) => {
      const launched: SiteBrowser = await launchWithExtension({
        headless: true,
        args: [`--host-resolver-rules=${sites.resolverRules}`, '--ignore-certificate-errors'],
      });
      await use(launched);
      await launched.context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ siteBrowser }, use) => {
    const page = await siteBrowser.context.newPage();
    await use(page);
    await page.close();
  },
});

/** Whether the built content script runs in every frame (needed for composers inside an iframe, e.g. Proton Mail). */
function contentScriptInAllFrames(): boolean {
  const file = `${EXTENSION_DIR}/manifest.json`;
  if (!existsSync(file)) return false;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { content_scripts?: Array<{ js?: string[]; all_frames?: boolean; match_about_blank?: boolean }> };
  return (manifest.content_scripts ?? []).some((cs) => cs.js?.some((js) => js.includes('copilot')) && cs.all_frames === true && cs.match_about_blank === true);
}

const sidebar = (page: Page): FrameLocator => page.frameLocator('iframe[data-cordial-sidebar]');

const textFor = (reply: Reply, channel: Channel) => reply.variants?.[channel]?.body ?? reply.body;

/** What the fixture says its composer is: the first visible [data-fixture-composer], in the page or its editor frame. */
async function fixtureComposer(page: Page): Promise<Locator> {
  const frame = await page.evaluate(() => document.querySelector('meta[name="cordial-fixture-frame"]')?.getAttribute('content') ?? null);
  const scope = frame ? page.frameLocator(frame) : page;
  return scope.locator('[data-fixture-composer]:visible').first();
}

const readComposer = (composer: Locator) =>
  composer.evaluate((el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText));

const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

for (const site of REAL_SITES) {
  const urls = SITE_URLS[site.id] ?? [];
  test.describe(site.id, () => {
    for (const url of urls) {
      test(`${url} shows the sidebar with ${site.channel}, ${site.id} and the customer`, async ({ page }) => {
        const response = await page.goto(url);
        expect(response?.status(), 'the local server has a fixture for this address').toBe(200);
        await expect(page.locator('iframe[data-cordial-sidebar]')).toBeVisible({ timeout: 10_000 });
        const frame = sidebar(page);
        await expect(frame.getByTestId('channel')).toHaveText(strings('es').channel[site.channel]);
        await expect(frame.getByTestId('site')).toHaveText(site.name);
        await expect(frame.getByTestId('site')).toHaveAttribute('data-site-id', site.id);
        const customer = await page.locator('meta[name="cordial-fixture-customer"]').getAttribute('content');
        await expect(frame.getByTestId('customer-name')).toHaveText(customer!);
      });
    }

    test(`inserts a reply into the ${site.name} composer`, async ({ page }) => {
      if (site.id === 'proton-mail' && !contentScriptInAllFrames()) {
        // The composer body is inside the editor's iframe; the top frame's adapter rightly finds nothing there, so
        // inserting needs the content script running inside that frame (all_frames + match_about_blank).
        test.fail(true, 'the built content script does not run in frames yet');
      }
      await page.goto(urls[0]!);
      const frame = sidebar(page);
      await expect(frame.getByTestId('reply').first()).toBeVisible({ timeout: 10_000 });

      // The sidebar's first reply, unless it has a placeholder to fill: then a reply without one, found by search.
      const firstId = await frame.getByTestId('reply').first().getAttribute('data-reply-id');
      let reply = es.replies.find((r) => r.id === firstId)!;
      if (textFor(reply, site.channel).includes('{{')) {
        const plain = es.replies.filter((r) => !textFor(r, site.channel).includes('{{'));
        reply = plain.find((r) => r.channels.includes(site.channel)) ?? plain[0]!;
        await frame.getByTestId('reply-search').fill(reply.title);
      }
      const text = textFor(reply, site.channel);

      const composer = await fixtureComposer(page);
      await composer.click();
      await frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`).click();

      const notice = frame.getByTestId('notice');
      await expect(notice).toBeVisible();
      const said = `${await notice.getAttribute('data-kind')}: ${await notice.textContent()}`;
      const beginning = squash(text.split('\n')[0]!).slice(0, 40);
      await expect.poll(async () => squash(await readComposer(composer)), { message: `sidebar said "${said}"` }).toContain(beginning);
    });
  });
}

// Single-page apps reach their inbox without a page load: the content script waits on the host (injectOn) and
// activates when the address enters the inbox.
for (const id of ['instagram', 'linkedin', 'x']) {
  test(`${id}: entering the inbox without a page load brings the sidebar`, async ({ page }) => {
    const site = REAL_SITES.find((s) => s.id === id)!;
    const inbox = new URL(SITE_URLS[id]![0]!);
    await page.goto(`${inbox.origin}/`);
    await page.waitForTimeout(500);
    await expect(page.locator('iframe[data-cordial-sidebar]')).toHaveCount(0);
    const body = readFileSync(new URL(`../fixtures/sites/${id}.html`, import.meta.url), 'utf8').replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, '');
    await page.evaluate(
      ([path, html]) => {
        history.pushState({}, '', path);
        const template = document.createElement('template');
        template.innerHTML = html;
        document.body.replaceChildren(template.content);
      },
      [inbox.pathname, body] as const,
    );
    const frame = page.frameLocator('iframe[data-cordial-sidebar]');
    await expect(frame.getByTestId('site')).toHaveAttribute('data-site-id', site.id, { timeout: 5_000 });
  });
}

// Send detection on real sites' markup: one mail client, one social inbox, two help desks / chats (a rich editor and
// a textarea). The fixture pages have no scripts, so nothing is really sent: what counts is that Cordial notices the
// send (the site's button, or its send key) and warns about the required step the draft misses.
const SEND_CASES: { id: string; key?: string }[] = [
  { id: 'gmail', key: 'Control+Enter' },
  { id: 'whatsapp', key: 'Enter' },
  { id: 'zendesk' },
  { id: 'livechat', key: 'Enter' },
];
for (const { id, key } of SEND_CASES) {
  test(`${id}: ${key ? `the send button and ${key} are sends` : 'the send button is a send'}, checked against the protocol`, async ({ page, siteBrowser }) => {
    await clearExtensionTable(siteBrowser.worker, 'sendChecks');
    await page.goto(SITE_URLS[id]![0]!);
    const frame = sidebar(page);
    await expect(frame.getByTestId('reply').first()).toBeVisible({ timeout: 10_000 });
    const composer = await fixtureComposer(page);
    const mark = await composer.getAttribute('data-fixture-composer');
    await composer.click();
    await page.keyboard.type('El pedido sale mañana.');
    await page.locator(`[data-fixture-send="${mark}"]`).click();
    const warned = frame.locator('[data-testid=send-warning-step][data-step-id=greet]');
    await expect(warned).toBeVisible();
    const outcomes = () => readExtensionTable<{ siteId: string; outcome: string; missing: string[] }>(siteBrowser.worker, 'sendChecks');
    await expect.poll(async () => (await outcomes()).map((r) => `${r.siteId}:${r.outcome}:${r.missing.includes('greet')}`)).toEqual([`${id}:sent:true`]);
    if (!key) return;
    await frame.getByTestId('send-warning-dismiss').click();
    await composer.click();
    await page.keyboard.press(key);
    await expect(warned).toBeVisible();
    await expect.poll(async () => (await outcomes()).length).toBe(2);
  });
}
