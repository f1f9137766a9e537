import { readFileSync } from 'node:fs';
import type { Pack } from '../../protocols/types';
import { expect, openDemo, readComposer, test } from './fixtures';

const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));

test('a reply with empty placeholders asks for them, inserts the completed text, and remembers agent and company', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  const reply = es.replies.find((r) => r.id === 'saludo-chat')!;
  const template = reply.variants?.chat?.body ?? reply.body;
  await page.locator('textarea').first().click();

  await frame.getByTestId('reply-search').fill(reply.title);
  await frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`).click();
  const form = frame.getByTestId('fill-in');
  await expect(form).toBeVisible();
  // One labelled input per empty placeholder; nothing inserted yet.
  await expect(form.getByRole('textbox')).toHaveCount(2);
  expect(await readComposer(page)).toBe('');
  await form.getByLabel('Su nombre').fill('Sofía');
  await form.getByLabel('Empresa').fill('Alba Hogar');
  await frame.getByTestId('fill-in-submit').click();

  const expected = template.replace('{{agente}}', 'Sofía').replace('{{empresa}}', 'Alba Hogar');
  await expect.poll(() => readComposer(page)).toBe(expected);
  await expect(form).toBeHidden();

  // Known now: the same reply goes straight in next time (after a reload, from the extension's storage).
  await page.reload();
  await openDemo(page, demo, 'chat');
  await page.locator('textarea').first().click();
  await frame.getByTestId('reply-search').fill(reply.title);
  await frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`).click();
  await expect.poll(() => readComposer(page)).toBe(expected);
  await expect(frame.getByTestId('fill-in')).toHaveCount(0);
});

test('the fill-in form can be cancelled with Escape and inserts nothing', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'webmail');
  const reply = es.replies.find((r) => r.id === 'retraso-alta-demanda')!;
  await page.locator('div[contenteditable="true"][role="textbox"]').first().click();
  await frame.getByTestId('reply-search').fill(reply.title);
  await frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`).click();
  await expect(frame.getByTestId('fill-in')).toBeVisible();
  await frame.getByTestId('fill-in').getByRole('textbox').first().press('Escape');
  await expect(frame.getByTestId('fill-in')).toHaveCount(0);
  expect(await readComposer(page)).toBe('');
});

test('the customer name read from the page can be corrected before it goes into a reply', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'social');
  const reply = es.replies.find((r) => r.id === 'saludo-redes')!;
  const template = reply.variants?.social?.body ?? reply.body;
  expect(template).toContain('{{cliente}}');
  await expect(frame.getByTestId('customer-name')).toHaveText('Marcos Ruiz');
  await frame.getByTestId('customer-name-edit').click();
  await frame.getByTestId('customer-name-input').fill('Marcos');
  await frame.getByTestId('customer-name-input').press('Enter');
  await expect(frame.getByTestId('customer-name')).toHaveText('Marcos');

  await page.locator('div[contenteditable="true"][role="textbox"]').first().click();
  await frame.getByTestId('reply-search').fill(reply.title);
  await frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`).click();
  await expect.poll(() => readComposer(page)).toBe(template.replace('{{cliente}}', 'Marcos'));
});
