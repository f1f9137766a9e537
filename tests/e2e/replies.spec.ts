import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Pack } from '../../protocols/types';
// @ts-expect-error plain ESM helper shared with npm start and npm run bench
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { CHANNEL, COMPOSER, expect, openDemo, readComposer, readExtensionTable, test, type DemoName } from './fixtures';

const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));
const reply = es.replies.find((r) => r.id === 'informacion-estado-pedido')!;
/** The reply as it goes into a channel: its variant for that channel (chat has shorter sentences), else the body. */
const render = (channel: 'email' | 'social' | 'chat', order: string, date: string) =>
  (reply.variants?.[channel]?.body ?? reply.body).replace('{{pedido}}', order).replace('{{fecha}}', date);

interface UsageRow {
  type: string;
  replyKey: string;
  channel: string;
  siteId: string;
}

for (const name of ['webmail', 'social', 'chat'] as DemoName[]) {
  test(`${name}: a misspelt, accent-less search finds the reply; the fill-in form completes it; it lands once and is counted`, async ({ page, demo, extension }) => {
    const frame = await openDemo(page, demo, name);
    await page.locator(COMPOSER[name]).first().click();
    const before = (await readExtensionTable<UsageRow>(extension.worker, 'usageEvents')).length;

    // «estdo pedído»: a typo and a stray accent; the reply is «Estado del pedido».
    await frame.getByTestId('reply-search').fill('estdo pedído');
    const item = frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"]`);
    await expect(frame.locator('[data-testid=reply]').first()).toHaveAttribute('data-reply-id', reply.id);
    await item.getByTestId('insert').click();
    const form = frame.getByTestId('fill-in');
    await form.getByLabel('Número de pedido').fill('PED-4471');
    // A delivery date only the agent knows: asked, never guessed.
    await form.getByLabel('Fecha').fill('lunes 30 de noviembre');
    await frame.getByTestId('fill-in-submit').click();

    await expect.poll(() => readComposer(page)).toBe(render(CHANNEL[name], 'PED-4471', 'lunes 30 de noviembre'));

    await expect.poll(async () => (await readExtensionTable<UsageRow>(extension.worker, 'usageEvents')).length).toBe(before + 1);
    const last = (await readExtensionTable<UsageRow>(extension.worker, 'usageEvents')).at(-1)!;
    expect(last).toMatchObject({ type: 'insert', replyKey: `${es.id}:${reply.id}`, channel: CHANNEL[name], siteId: `demo-${name}` });
    await expect(item.getByTestId('use-count')).toBeVisible();
  });
}

test('copy puts the rendered reply on the clipboard, inserts nothing, and is counted as a copy', async ({ page, demo, extension }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url('chat').replace(/\/[^/]*$/, '') });
  const frame = await openDemo(page, demo, 'chat');
  const greeting = es.replies.find((r) => r.id === 'cierre-chat') ?? es.replies.find((r) => r.channels.includes('chat') && !/\{\{/.test(r.variants?.chat?.body ?? r.body))!;
  const expected = greeting.variants?.chat?.body ?? greeting.body;
  const before = (await readExtensionTable<UsageRow>(extension.worker, 'usageEvents')).length;
  await frame.getByTestId('reply-search').fill(greeting.title);
  await frame.locator(`[data-testid=reply][data-reply-id="${greeting.id}"] [data-testid=copy]`).click();
  await expect(frame.getByTestId('notice')).toHaveAttribute('data-kind', 'info');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  expect(await readComposer(page)).toBe('');
  await expect.poll(async () => (await readExtensionTable<UsageRow>(extension.worker, 'usageEvents')).length).toBe(before + 1);
  expect((await readExtensionTable<UsageRow>(extension.worker, 'usageEvents')).at(-1)).toMatchObject({ type: 'copy', replyKey: `${es.id}:${greeting.id}` });
});

test('the list holds still under the mouse: a reply just inserted keeps its place until the next search', async ({ demo }) => {
  // Its own browser profile: uses left by earlier tests would decide whether two more lift the reply.
  const launched = await launchWithExtension({ headless: true });
  try {
    await holdsStill(await launched.context.newPage(), demo);
  } finally {
    await launched.context.close();
  }
});

async function holdsStill(page: Page, demo: Parameters<typeof openDemo>[1]) {
  const frame = await openDemo(page, demo, 'chat');
  await page.locator(COMPOSER.chat).click();
  const ids = () => frame.locator('[data-testid=reply]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-reply-id')));
  const before = await ids();
  // A reply low in the list that inserts at once (no blanks to fill in), so that its first use would lift it.
  const plain = (id: string | null) => {
    const r = es.replies.find((x) => x.id === id);
    return !!r && !/\{\{|\[/.test(r.variants?.chat?.body ?? r.body);
  };
  const at = before.findIndex((id, i) => i >= 3 && plain(id));
  expect(at).toBeGreaterThanOrEqual(3);
  const chosen = es.replies.find((x) => x.id === before[at])!;
  const text = chosen.variants?.chat?.body ?? chosen.body;
  const row = frame.locator('[data-testid=reply]').nth(at);
  await row.getByTestId('insert').click();
  await expect.poll(() => readComposer(page)).toContain(text);
  expect(await ids()).toEqual(before);
  // The same place clicked again inserts the same reply again.
  await frame.locator('[data-testid=reply]').nth(at).getByTestId('insert').click();
  await expect.poll(async () => (await readComposer(page)).split(text).length - 1).toBe(2);
  expect(await ids()).toEqual(before);
  // A new search ranks with the new uses: the reply now comes earlier.
  await frame.getByTestId('reply-search').fill('a');
  await frame.getByTestId('reply-search').fill('');
  await expect.poll(async () => (await ids()).indexOf(chosen.id)).toBeLessThan(at);
}
