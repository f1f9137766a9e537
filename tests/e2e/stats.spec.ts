import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Pack } from '../../protocols/types';
import { expect, openDemo, readExtensionTable, test } from './fixtures';

const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));
const closing = es.replies.find((r) => r.id === 'cierre-chat')!;

interface EventRow {
  type: string;
  replyKey?: string;
  channel: string;
  siteId: string;
  responseMs?: number;
  targetMs?: number;
  timedFrom?: string;
  stepsMissing?: string[];
  stepsDone?: string[];
}

interface RollupRow {
  day: string;
  channel: string;
  counts: Record<string, number>;
  sites: Record<string, number>;
}

async function openDashboard(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByTestId('dashboard')).toBeVisible();
}

const kpi = async (page: Page, name: string) => Number(await page.getByTestId(`kpi-${name}`).getAttribute('data-value'));

test('insert and send on the chat demo: the timer runs against the 2-minute target, stops at the send, and the dashboard shows it', async ({ page, demo, extension }) => {
  const frame = await openDemo(page, demo, 'chat');
  const timer = frame.getByTestId('timer');
  await expect(timer).toHaveAttribute('data-target-seconds', '120');
  await expect(timer).toHaveAttribute('data-state', 'running');
  await expect(timer).toHaveAttribute('data-from', 'arrival');
  // The demo's customer wrote 45 s before the page loaded.
  expect(Number(await timer.getAttribute('data-elapsed-seconds'))).toBeGreaterThanOrEqual(45);
  await expect(timer).toHaveAttribute('data-phase', 'within');

  const before = await readExtensionTable<EventRow>(extension.worker, 'statsEvents');
  await page.locator('textarea').click();
  await frame.getByTestId('reply-search').fill(closing.title);
  await frame.locator(`[data-testid=reply][data-reply-id="${closing.id}"] [data-testid=insert]`).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { cordialDemo: { readComposer(): string } }).cordialDemo.readComposer())).not.toBe('');
  await page.getByRole('button', { name: 'Enviar' }).click();
  await expect(timer).toHaveAttribute('data-state', 'stopped');

  await expect.poll(async () => (await readExtensionTable<EventRow>(extension.worker, 'statsEvents')).filter((e) => e.type === 'send').length).toBe(before.filter((e) => e.type === 'send').length + 1);
  // Reply uses in usageEvents (as before), everything else in statsEvents.
  const events = [...(await readExtensionTable<EventRow>(extension.worker, 'usageEvents')), ...(await readExtensionTable<EventRow>(extension.worker, 'statsEvents'))];
  const send = events.filter((e) => e.type === 'send').at(-1)!;
  expect(send).toMatchObject({ channel: 'chat', siteId: 'demo-chat', targetMs: 120_000, timedFrom: 'arrival' });
  expect(send.responseMs).toBeGreaterThanOrEqual(45_000);
  expect(send.stepsDone!.length + send.stepsMissing!.length).toBeGreaterThan(0);
  expect(events.some((e) => e.type === 'conversation-open' && e.siteId === 'demo-chat')).toBe(true);
  expect(events.some((e) => e.type === 'insert' && e.replyKey === `${es.id}:${closing.id}`)).toBe(true);
  // Ids and numbers only: the reply's text and the customer's name are nowhere in what was stored.
  expect(JSON.stringify(events)).not.toContain('Ana Torres');
  expect(JSON.stringify(events)).not.toContain(closing.body.slice(0, 20));

  const dash = await extension.context.newPage();
  await openDashboard(dash, extension.extensionId);
  expect(await kpi(dash, 'inserted')).toBeGreaterThanOrEqual(1);
  expect(await kpi(dash, 'sends')).toBeGreaterThanOrEqual(1);
  await expect(dash.locator(`[data-testid=top-reply][data-key="${es.id}:${closing.id}"]`)).toBeVisible();
  const chat = dash.locator('[data-testid=response-row][data-channel=chat]');
  expect(Number(await chat.getAttribute('data-timed'))).toBeGreaterThanOrEqual(1);
  await expect(dash.getByTestId('never-used-reply').first()).toBeVisible();
  await expect(dash.locator('[data-testid=chart-inserted] canvas')).toBeVisible();
  // The channel filter: without chat, the chat row goes.
  await dash.getByTestId('filter-chat').uncheck();
  await expect(dash.locator('[data-testid=response-row][data-channel=chat]')).toHaveCount(0);
  await dash.close();
});

test('a tone replacement and a Ctrl+Enter send on the webmail are recorded with the steps and rules of that moment', async ({ page, demo, extension }) => {
  const frame = await openDemo(page, demo, 'webmail');
  const before = (await readExtensionTable<EventRow & { ruleId?: string; toneFailed?: string[] }>(extension.worker, 'statsEvents')).length;
  await page.locator('div[contenteditable="true"][role="textbox"]').first().click();
  await page.keyboard.type('Hola. Como ya le dije, el pedido sale mañana.');
  const rule = frame.locator('[data-testid=tone-item][data-rule-id="no-blame-phrases"]');
  await expect(rule).toHaveAttribute('data-state', 'fail');
  await rule.getByTestId('tone-replace').click();
  await expect(rule).toHaveAttribute('data-state', 'pass');
  // Plain Enter is a new line in mail; Ctrl+Enter sends.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');
  await expect(frame.getByTestId('timer')).toHaveAttribute('data-state', 'stopped');
  await expect.poll(async () => (await readExtensionTable(extension.worker, 'statsEvents')).length).toBeGreaterThanOrEqual(before + 2);
  const fresh = (await readExtensionTable<EventRow & { ruleId?: string; toneOk?: string[] }>(extension.worker, 'statsEvents')).slice(before);
  expect(fresh.find((e) => e.type === 'tone-replace')).toMatchObject({ ruleId: 'no-blame-phrases', siteId: 'demo-webmail', channel: 'email' });
  const send = fresh.find((e) => e.type === 'send')!;
  expect(send.stepsDone).toContain('greet');
  expect(send.stepsMissing).toContain('close-cordially');
  expect(send.toneOk).toContain('no-blame-phrases');
  expect(send).toMatchObject({ targetMs: 86_400_000, timedFrom: 'arrival' });
  // The demo's customer wrote two hours ago.
  expect(send.responseMs).toBeGreaterThanOrEqual(2 * 3600_000);
  expect(fresh.filter((e) => e.type === 'send')).toHaveLength(1);
});

test('where the page does not show when the message arrived, the timer counts from opening and says so; a reload goes on from there', async ({ page, demo, extension }) => {
  const opens = async () => (await readExtensionTable<EventRow>(extension.worker, 'statsEvents')).filter((e) => e.type === 'conversation-open' && e.siteId === 'demo-webmail').length;
  const before = await opens();
  await page.goto(`${demo.url('webmail')}?arrival=none`);
  const frame = page.frameLocator('iframe[data-cordial-sidebar]');
  const timer = frame.getByTestId('timer');
  await expect(timer).toHaveAttribute('data-from', 'opened');
  await expect(timer).toHaveAttribute('data-target-seconds', '86400');
  await expect(frame.getByTestId('timer-from-opened')).toBeVisible();
  const elapsed = async () => Number(await timer.getAttribute('data-elapsed-seconds'));
  await expect.poll(elapsed, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  await expect.poll(opens).toBe(before + 1);

  // Reloading the page reloads its sidebar: the timer must not start again at 0:00 (it could not reach 3 s this soon).
  await page.reload();
  await expect(timer).toHaveAttribute('data-from', 'opened');
  await expect.poll(elapsed, { timeout: 1500 }).toBeGreaterThanOrEqual(3);
  // Nor is the same conversation counted as opened twice (the queue sends within half a second).
  await page.waitForTimeout(1000);
  expect(await opens()).toBe(before + 1);
});

test('export round trip, and a team of two agents’ files', async ({ page, demo, extension }) => {
  // Something of its own to export, whatever ran before in this browser.
  const frame = await openDemo(page, demo, 'chat');
  await page.locator('textarea').click();
  await frame.getByTestId('reply-search').fill(closing.title);
  await frame.locator(`[data-testid=reply][data-reply-id="${closing.id}"] [data-testid=insert]`).click();
  await expect.poll(async () => (await readExtensionTable<EventRow>(extension.worker, 'usageEvents')).some((e) => e.type === 'insert')).toBe(true);

  await openDashboard(page, extension.extensionId);
  const mine = { inserted: await kpi(page, 'inserted'), sends: await kpi(page, 'sends') };
  expect(mine.inserted + mine.sends).toBeGreaterThan(0);

  await page.getByTestId('export-agent').fill('Lucía, mañanas');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const jsonText = readFileSync((await json.path())!, 'utf8');
  expect(JSON.parse(jsonText)).toMatchObject({ format: 'cordial-stats', agent: 'Lucía, mañanas' });
  await page.getByTestId('export-agent').fill('Marcos');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText.split('\r\n')[0]).toBe('\uFEFFagent,day,channel,metric,key,value,label');
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);

  await page.getByTestId('tab-team').click();
  // One file back in: the same figures.
  await page.getByTestId('team-files').setInputFiles([{ name: 'lucia.json', mimeType: 'application/json', buffer: Buffer.from(jsonText) }]);
  await expect(page.getByTestId('team-agent')).toHaveCount(1);
  expect(await kpi(page, 'inserted')).toBe(mine.inserted);
  expect(await kpi(page, 'sends')).toBe(mine.sends);
  // A second agent (the CSV): the team adds up, each agent under their chosen name.
  await page.getByTestId('team-files').setInputFiles([{ name: 'marcos.csv', mimeType: 'text/csv', buffer: Buffer.from(csvText) }]);
  await expect(page.getByTestId('team-agent')).toHaveCount(2);
  await expect(page.locator('[data-testid=team-agent]').nth(0)).toHaveAttribute('data-agent', 'Lucía, mañanas');
  await expect(page.locator('[data-testid=team-agent]').nth(1)).toHaveAttribute('data-agent', 'Marcos');
  expect(await kpi(page, 'inserted')).toBe(2 * mine.inserted);
  expect(await kpi(page, 'sends')).toBe(2 * mine.sends);
  // Not a statistics file: a clear sentence, nothing added.
  await page.getByTestId('team-files').setInputFiles([{ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(es)) }]);
  await expect(page.getByTestId('team-error')).toContainText('pack.json');
  await expect(page.getByTestId('team-agent')).toHaveCount(2);
});

test('five pages writing 200 events each at once lose nothing', async ({ extension }) => {
  const pages = await Promise.all(Array.from({ length: 5 }, () => extension.context.newPage()));
  await Promise.all(pages.map((p) => p.goto(`chrome-extension://${extension.extensionId}/dashboard.html`)));
  const site = `load-${Date.now()}`;
  await Promise.all(
    pages.map((p, tab) =>
      p.evaluate(
        async ({ tab, site }) => {
          // Batches of 20, sent as a sidebar's queue sends them, all pages at the same time.
          const batches = Array.from({ length: 10 }, (_, b) =>
            Array.from({ length: 20 }, (_, i) => ({ type: 'insert', replyKey: `load:r${(b + i) % 5}`, replyId: `r${(b + i) % 5}`, packId: 'load', packVersion: '1', channel: 'chat', siteId: `${site}-${tab}`, at: Date.now() })),
          );
          const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
          const results = await Promise.all(batches.map((events) => runtime.sendMessage({ cordial: 1, name: 'stats:record', payload: { events } })));
          return results.every((r) => r.ok);
        },
        { tab, site },
      ),
    ),
  ).then((oks) => expect(oks).toEqual([true, true, true, true, true]));
  const events = (await readExtensionTable<EventRow>(extension.worker, 'usageEvents')).filter((e) => e.siteId.startsWith(site));
  expect(events).toHaveLength(1000);
  const rollups = await readExtensionTable<RollupRow>(extension.worker, 'dailyStats');
  for (let tab = 0; tab < 5; tab++) expect(rollups.reduce((n, r) => n + (r.sites[`${site}-${tab}`] ?? 0), 0)).toBe(200);
  const stats = await readExtensionTable<{ replyKey: string; uses: number }>(extension.worker, 'replyStats');
  expect(stats.filter((s) => s.replyKey.startsWith('load:')).reduce((n, s) => n + s.uses, 0)).toBe(1000);
  await Promise.all(pages.map((p) => p.close()));
});

test('the chart library loads on the statistics page only', async ({ page, extension }) => {
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(page.getByTestId('open-dashboard')).toBeVisible();
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
  for (const url of scripts) {
    const text = await page.evaluate((u) => fetch(u).then((r) => r.text()), url);
    expect(text, url).not.toContain('Failed to create chart');
  }
  await page.getByTestId('open-dashboard').click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
});
