import { strings } from '../../utils/i18n';
import { SITES } from '../../utils/sites';
import { CHANNEL, COMPOSER, es, expect, inputEvents, openDemo, plainReply, readComposer, readExtensionTable, sidebar, SITE_ID as SITE, test, textFor, writeExtensionRow, type DemoName } from './fixtures';

const DEMOS: DemoName[] = ['webmail', 'social', 'chat'];

for (const demo of DEMOS) {
  test.describe(`demo ${demo}`, () => {
    test('shows the channel, the site and the channel’s protocol steps', async ({ page, demo: server }) => {
      const frame = await openDemo(page, server, demo);
      // What the agent reads (the Spanish UI: the browser's language), with the ids beside it for tests.
      await expect(frame.getByTestId('channel')).toHaveText(strings('es').channel[CHANNEL[demo]]);
      await expect(frame.getByTestId('channel')).toHaveAttribute('data-channel', CHANNEL[demo]);
      await expect(frame.getByTestId('site')).toHaveText(SITES.find((s) => s.id === SITE[demo])!.name);
      await expect(frame.getByTestId('site')).toHaveAttribute('data-site-id', SITE[demo]);
      const protocol = es.protocols.find((p) => p.channel === CHANNEL[demo])!;
      const ids = await frame.getByTestId('protocol-step').evaluateAll((els) => els.map((el) => el.getAttribute('data-step-id')));
      expect(ids).toEqual(protocol.steps.map((s) => s.id));
    });

    test('inserts the exact reply at the caret, fires the page’s listeners and records the use in the extension’s IndexedDB', async ({ page, demo: server, extension }) => {
      const frame = await openDemo(page, server, demo);
      const reply = plainReply(demo);
      const composer = page.locator(COMPOSER[demo]).first();
      await composer.click();
      await page.keyboard.type('Buenos días. ');
      const eventsBefore = await inputEvents(page);

      await frame.getByTestId('reply-search').fill(reply.title);
      await frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`).click();

      await expect.poll(() => readComposer(page)).toBe(`Buenos días. ${textFor(reply, demo)}`);
      expect(await inputEvents(page)).toBeGreaterThan(eventsBefore);
      await expect(frame.getByTestId('notice')).toHaveAttribute('data-kind', 'info');

      await expect
        .poll(async () => (await readExtensionTable<{ replyId: string; siteId: string; type: string; channel: string; packId: string; packVersion: string }>(extension.worker, 'usageEvents')).filter((e) => e.replyId === reply.id && e.siteId === SITE[demo]))
        .toContainEqual(expect.objectContaining({ type: 'insert', channel: CHANNEL[demo], packId: 'cordial-es', packVersion: es.version }));
      await expect(frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=use-count]`)).toBeVisible();
      // The data lives in the extension's origin, never in the page's.
      const pageDbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
      expect(pageDbs).not.toContain('cordial');
    });

    test('the sidebar does not cover the reply box', async ({ page, demo: server }) => {
      await openDemo(page, server, demo);
      const composer = await page.locator(COMPOSER[demo]).first().boundingBox();
      const frameBox = await page.locator('iframe[data-cordial-sidebar]').boundingBox();
      expect(composer!.x + composer!.width).toBeLessThanOrEqual(frameBox!.x);
    });
  });
}

test('searching narrows the list, ignoring accents', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  const all = await frame.getByTestId('reply').count();
  expect(all).toBe(es.replies.length);
  await frame.getByTestId('reply-search').fill('reembolso');
  await expect.poll(() => frame.getByTestId('reply').count()).toBeLessThan(all);
  const narrowed = await frame.getByTestId('reply').count();
  expect(narrowed).toBeGreaterThan(0);
  await frame.getByTestId('reply-search').fill('devolucion');
  await expect(frame.getByTestId('reply').first()).toBeVisible();
});

test('a page script can neither read the sidebar nor make it insert', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  await page.locator('textarea').first().click();
  const attempt = await page.evaluate(async () => {
    const iframe = document.querySelector('cordial-sidebar')!.shadowRoot!.querySelector('iframe')!;
    let readable: unknown = 'unreadable';
    try {
      readable = iframe.contentDocument ?? iframe.contentWindow!.document;
    } catch {
      readable = 'unreadable';
    }
    const forged = { cordial: 1, name: 'composer:insert', payload: { text: 'PWNED' } };
    window.postMessage(forged, '*');
    iframe.contentWindow!.postMessage(forged, '*');
    iframe.contentWindow!.postMessage({ type: 'insert', text: 'PWNED' }, '*');
    document.dispatchEvent(new CustomEvent('cordial:insert', { detail: 'PWNED' }));
    // Forged "a newer content script started" signal of the WXT runtime: must not switch Cordial off.
    document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: 'copilot', messageId: 'forged' } }));
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'copilot', messageId: 'forged' }, '*');
    const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage;
    await new Promise((r) => setTimeout(r, 500));
    return { readable: readable === null ? null : String(readable), hasRuntime: typeof runtime === 'function' };
  });
  expect(attempt.readable === null || attempt.readable === 'unreadable').toBe(true);
  expect(attempt.hasRuntime).toBe(false);
  expect(await readComposer(page)).not.toContain('PWNED');
  await expect(frame.getByTestId('reply').first()).toBeVisible();
  // Cordial still works after all that.
  await frame.getByTestId('insert').first().click();
  await expect(frame.getByTestId('notice')).toHaveAttribute('data-kind', 'info');
});

test('on a page that is not supported, no content script runs', async ({ page, demo }) => {
  await page.goto(demo.url('plain'));
  await page.waitForLoadState('load');
  await page.waitForTimeout(800);
  expect(await page.locator('cordial-sidebar').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
});

test('a failed insert says so in a sentence and puts the reply on the clipboard', async ({ page, demo, extension }) => {
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(demo.url('chat')).origin });
  const frame = await openDemo(page, demo, 'chat');
  const reply = plainReply('chat');
  const textarea = page.locator('textarea').first();
  await textarea.click();
  await page.keyboard.type('Borrador intacto');
  // The page locks its reply box after Cordial saw it focused: no strategy can write into it.
  await textarea.evaluate((el: HTMLTextAreaElement) => (el.readOnly = true));
  await frame.getByTestId('reply-search').fill(reply.title);
  await frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`).click();
  await expect(frame.getByTestId('notice')).toHaveAttribute('data-kind', 'error');
  await expect(frame.getByTestId('notice')).toContainText('portapapeles');
  expect(await readComposer(page)).toBe('Borrador intacto');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(textFor(reply, 'chat'));
});

test('a reply box that has gone is reported, not guessed', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'webmail');
  await page.locator(COMPOSER.webmail).first().click();
  await page.locator(COMPOSER.webmail).first().evaluate((el) => el.remove());
  await frame.getByTestId('insert').first().click();
  await expect(frame.getByTestId('notice')).toContainText('ya no está en la página');
});

test('a damaged stored reply is skipped with a clear sentence; the rest still work', async ({ page, demo, extension }) => {
  await openDemo(page, demo, 'chat');
  const victim = es.replies[0]!;
  const key = `cordial-es:${victim.id}`;
  await writeExtensionRow(extension.worker, 'replies', key, { body: '' }, { merge: true });
  try {
    await page.reload();
    const frame = sidebar(page);
    await expect(frame.getByTestId('warning')).toContainText('dañada');
    await expect(frame.getByTestId('reply')).toHaveCount(es.replies.length - 1);
  } finally {
    // Put the record back so later tests see the full library.
    await writeExtensionRow(extension.worker, 'replies', key, { body: victim.body }, { merge: true });
  }
});

test('the sidebar collapses, reopens and resizes from the keyboard', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'webmail');
  const iframe = page.locator('iframe[data-cordial-sidebar]');
  const widthBefore = (await iframe.boundingBox())!.width;
  await page.locator('cordial-sidebar [role=separator]').focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await iframe.boundingBox())!.width).toBeGreaterThan(widthBefore);

  await frame.getByRole('button', { name: 'Plegar Cordial' }).click();
  await expect(iframe).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
  const open = page.locator('cordial-sidebar [data-cordial-open]');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(iframe).toBeVisible();
  await expect(frame.getByTestId('reply').first()).toBeVisible();
});
