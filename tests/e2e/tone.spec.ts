import { COMPOSER, expect, openDemo, readComposer, test } from './fixtures';

const item = (frame: ReturnType<typeof import('./fixtures').sidebar>, id: string) => frame.locator(`[data-testid=tone-item][data-rule-id="${id}"]`);
const step = (frame: ReturnType<typeof import('./fixtures').sidebar>, id: string) => frame.locator(`[data-testid=protocol-step][data-step-id="${id}"]`);

test('the tone checklist and the protocol steps follow the draft as the agent types, with the words behind them', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'webmail');
  await page.locator(COMPOSER.webmail).first().click();
  await expect(step(frame, 'greet')).toHaveAttribute('data-state', 'missing');
  await expect(step(frame, 'close-cordially')).toHaveAttribute('data-state', 'missing');
  // Before the first word, no tone verdict: every automatic item is «no aplica».
  const states = await frame.locator('[data-testid=tone-item]').evaluateAll((els) => els.map((el) => el.getAttribute('data-state')));
  expect(states.length).toBeGreaterThan(5);
  expect(states.every((s) => s === 'na' || s === 'manual')).toBe(true);

  await page.keyboard.type('Hola, Lucía. Como ya le dije, no es mi problema.');
  await expect(step(frame, 'greet')).toHaveAttribute('data-state', 'done');
  await expect(item(frame, 'greeting-start')).toHaveAttribute('data-state', 'pass');
  await expect(item(frame, 'no-blame-phrases')).toHaveAttribute('data-state', 'fail');
  await expect(item(frame, 'no-blame-phrases').getByTestId('tone-evidence')).toContainText('Como ya le dije');
  await expect(item(frame, 'active-listening')).toHaveAttribute('data-state', 'manual');

  await page.keyboard.press('Enter');
  await page.keyboard.type('Quedo a su disposición para lo que necesite. Un cordial saludo.');
  await expect(step(frame, 'close-cordially')).toHaveAttribute('data-state', 'done');
  await expect(item(frame, 'farewell-end')).toHaveAttribute('data-state', 'pass');
});

test('a step the draft cannot show is ticked by hand', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  const manual = frame.locator('[data-testid=protocol-step][data-state=manual]').first();
  const id = await manual.getAttribute('data-step-id');
  await manual.getByRole('checkbox').check();
  await expect(step(frame, id!)).toHaveAttribute('data-state', 'done');
});

test('a Lexical editor, which re-renders without input events, still updates the checklist', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'social');
  await page.locator(COMPOSER.social).first().click();
  await page.keyboard.type('ESTO ES INACEPTABLE!!!');
  await expect(item(frame, 'no-shouting')).toHaveAttribute('data-state', 'fail');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Hola, gracias por escribirnos.');
  await expect(item(frame, 'no-shouting')).toHaveAttribute('data-state', 'pass');
});

const highlighted = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get('cordial-evidence') ?? [])].map((r) => r.toString());
  });

test('pointing at a verdict highlights its words in the reply box, without touching the editor', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'webmail');
  await page.locator(COMPOSER.webmail).first().click();
  await page.keyboard.type('Hola. Como ya le dije, el pedido sale mañana.');
  const htmlBefore = await page.locator(COMPOSER.webmail).first().innerHTML();
  await expect(item(frame, 'no-blame-phrases')).toHaveAttribute('data-state', 'fail');
  await item(frame, 'no-blame-phrases').hover();
  await expect.poll(() => highlighted(page)).toEqual(['Como ya le dije']);
  expect(await page.locator(COMPOSER.webmail).first().innerHTML()).toBe(htmlBefore);
  await frame.getByTestId('reply-search').hover();
  await expect.poll(() => highlighted(page)).toEqual([]);
});

for (const demoName of ['webmail', 'chat'] as const) {
  test(`one click replaces a cold phrase with the pack's alternative (${demoName})`, async ({ page, demo }) => {
    const frame = await openDemo(page, demo, demoName);
    await page.locator(COMPOSER[demoName]).first().click();
    await page.keyboard.type('Hola. Como ya le dije, el pedido sale mañana.');
    await expect(item(frame, 'no-blame-phrases')).toHaveAttribute('data-state', 'fail');
    await item(frame, 'no-blame-phrases').getByTestId('tone-replace').click();
    await expect.poll(() => readComposer(page)).toBe('Hola. Como le comentaba, el pedido sale mañana.');
    await expect(item(frame, 'no-blame-phrases')).toHaveAttribute('data-state', 'pass');
  });
}
