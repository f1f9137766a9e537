import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Pack } from '../../protocols/types';
import { COMPOSER, expect, openDemo, readComposer, test } from './fixtures';

const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));

/**
 * The date `days` business days after today, as the reply should name it. Written here on its own (not the
 * extension's utils/business-days.ts), so a mistake there cannot agree with itself.
 */
function expectedDeadline(days: number, calendar: Pack['calendar'], locale: string): string {
  const workingDays = calendar?.workingDays ?? [1, 2, 3, 4, 5];
  const holidays = calendar?.holidays ?? [];
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  for (let left = days; left > 0; ) {
    date.setDate(date.getDate() + 1);
    const iso = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
    if (workingDays.includes(date.getDay() === 0 ? 7 : date.getDay()) && !holidays.includes(iso)) left--;
  }
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(date);
}

const unfilledWarning = (frame: Awaited<ReturnType<typeof openDemo>>) => frame.getByTestId('unfilled-warning');

async function insertReply(page: Page, frame: Awaited<ReturnType<typeof openDemo>>, id: string) {
  const reply = es.replies.find((r) => r.id === id)!;
  await frame.getByTestId('reply-search').fill(reply.title);
  await frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`).click();
  return reply;
}

test('a reply with {{plazo:3}} goes in with the date three business days from today, in the pack’s calendar', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  await page.locator(COMPOSER.chat).first().click();
  const template = es.replies.find((r) => r.id === 'plazo-fecha-limite-habiles')!.body;
  expect(template).toContain('{{plazo:3}}');

  // Worked out on both sides of the insert, in case the clock passes midnight in between.
  const before = template.replace('{{plazo:3}}', expectedDeadline(3, es.calendar, es.locale));
  await insertReply(page, frame, 'plazo-fecha-limite-habiles');
  await expect(frame.getByTestId('fill-in')).toHaveCount(0); // nothing to ask: the date fills itself
  await expect.poll(() => readComposer(page)).not.toBe('');
  const after = template.replace('{{plazo:3}}', expectedDeadline(3, es.calendar, es.locale));
  expect([before, after]).toContain(await readComposer(page));
  // The reply is complete: no blank is left for the warning to point at.
  await expect(unfilledWarning(frame)).toHaveCount(0);
});

test('a blank typed into the reply box is warned about until it is deleted', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  await page.locator(COMPOSER.chat).first().click();
  await page.keyboard.type('Su pedido [número de pedido] está en camino.');
  await expect(unfilledWarning(frame)).toBeVisible();
  await expect(unfilledWarning(frame).getByTestId('unfilled-marker')).toHaveText(['[número de pedido]']);

  // Delete the blank and its space, a key at a time, as the agent would.
  await page.keyboard.press('End');
  for (let i = 0; i < ' está en camino.'.length; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < ' [número de pedido]'.length; i++) await page.keyboard.press('Backspace');
  await expect.poll(() => readComposer(page)).toBe('Su pedido está en camino.');
  await expect(unfilledWarning(frame)).toHaveCount(0);
});

test('pointing at a blank in the warning highlights it in the reply box', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'webmail');
  await page.locator(COMPOSER.webmail).first().click();
  await page.keyboard.type('Hola, [nombre del cliente]. Su pedido llegará el [fecha].');
  const marker = unfilledWarning(frame).getByTestId('unfilled-marker').filter({ hasText: '[fecha]' });
  await marker.hover();
  const highlighted = () =>
    page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('cordial-evidence') ?? [])].map((r) => r.toString()));
  await expect.poll(highlighted).toEqual(['[fecha]']);
  await frame.getByTestId('reply-search').hover();
  await expect.poll(highlighted).toEqual([]);
});
