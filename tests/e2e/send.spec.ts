// Send time (issue #7): a send with required protocol steps missing warns in the sidebar (never blocks) and is
// recorded; a confirm-before-send step holds the send until the agent answers; text fields get an overlay for the
// words behind a tone verdict. Everything runs on the bundled demo pages with the built extension.
import type { Page } from '@playwright/test';
import { COMPOSER, clearExtensionTable, expect, openDemo, patchStoredStep, readComposer, readExtensionTable, sentMessages, sidebar, test } from './fixtures';

interface SendCheck {
  siteId: string;
  channel: string;
  packId: string;
  missing: string[];
  outcome: string;
}

const warning = (page: Page) => sidebar(page).getByTestId('send-warning');
const warnedSteps = (page: Page) => warning(page).getByTestId('send-warning-step').evaluateAll((els) => els.map((el) => el.getAttribute('data-step-id')));
const step = (page: Page, id: string) => sidebar(page).locator(`[data-testid=protocol-step][data-step-id="${id}"]`);
const transcript = (page: Page) => page.getByRole('log', { name: 'Transcripción del chat' });

// Ana's chat: greets, but neither introduces the agent nor closes (both required in the chat protocol).
const INCOMPLETE = 'Hola, Ana. Ya he pedido la devolución del cargo duplicado.';
// Every required chat step the draft can show (solve-or-deadline has no detector: the agent ticks it).
const COMPLETE = 'Hola, Ana. Soy Laura, de Alba Hogar. Ya he pedido la devolución del cargo duplicado. Un saludo.';

test.beforeEach(async ({ extension }) => {
  await clearExtensionTable(extension.worker, 'sendChecks');
});

test('clicking Send with required steps missing sends the message, opens the folded sidebar with a warning, and records it', async ({ page, demo, extension }) => {
  await openDemo(page, demo, 'chat');
  await sidebar(page).getByRole('button', { name: 'Plegar Cordial' }).click();
  await expect(page.locator('iframe[data-cordial-sidebar]')).toBeHidden();

  await page.locator(COMPOSER.chat).click();
  await page.keyboard.type(INCOMPLETE);
  await page.getByRole('button', { name: 'Enviar', exact: true }).click();

  // Sent at once, not blocked: in the conversation, the reply box empty.
  await expect.poll(() => sentMessages(page)).toEqual([INCOMPLETE]);
  await expect(transcript(page)).toContainText(INCOMPLETE);
  expect(await readComposer(page)).toBe('');
  // The sidebar opened by itself, without taking the focus from the page (it stays on the Send button the agent
  // clicked), and says what was missing.
  await expect(page.locator('iframe[data-cordial-sidebar]')).toBeVisible();
  await expect(warning(page)).toBeVisible();
  expect(await warnedSteps(page)).toEqual(['identify-agent', 'solve-or-deadline', 'close-cordially']);
  await expect(page.getByRole('button', { name: 'Enviar', exact: true })).toBeFocused();
  // Recorded in the extension's own database: ids only.
  await expect.poll(() => readExtensionTable<SendCheck>(extension.worker, 'sendChecks')).toEqual([
    expect.objectContaining({ siteId: 'demo-chat', channel: 'chat', packId: 'cordial-es', missing: ['identify-agent', 'solve-or-deadline', 'close-cordially'], outcome: 'sent' }),
  ]);
  const [record] = await readExtensionTable<Record<string, unknown>>(extension.worker, 'sendChecks');
  expect(Object.keys(record!).sort()).toEqual(['at', 'channel', 'id', 'missing', 'outcome', 'packId', 'siteId']);

  await sidebar(page).getByTestId('send-warning-dismiss').click();
  await expect(warning(page)).toHaveCount(0);
});

test('Enter sends in the chat demo and is checked the same way, on the draft as it was at that instant', async ({ page, demo, extension }) => {
  await openDemo(page, demo, 'chat');
  await page.locator(COMPOSER.chat).click();
  // Typed and sent faster than the draft watcher's debounce: the check must use the text at the keypress.
  await page.keyboard.type('Buenas, Ana. Soy Laura, de Alba Hogar.', { delay: 0 });
  await page.keyboard.press('Enter');
  await expect.poll(() => sentMessages(page)).toEqual(['Buenas, Ana. Soy Laura, de Alba Hogar.']);
  await expect(warning(page)).toBeVisible();
  expect(await warnedSteps(page)).toEqual(['greet', 'solve-or-deadline', 'close-cordially']);
  await expect.poll(async () => (await readExtensionTable<SendCheck>(extension.worker, 'sendChecks')).map((r) => r.outcome)).toEqual(['sent']);

  // Shift+Enter is a new line, not a send.
  await page.keyboard.type('Una línea');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('y otra');
  expect(await readComposer(page)).toBe('Una línea\ny otra');
  expect(await sentMessages(page)).toHaveLength(1);
});

test('a draft with every required step sends with no warning and records nothing', async ({ page, demo, extension }) => {
  await openDemo(page, demo, 'chat');
  await page.locator(COMPOSER.chat).click();
  await page.keyboard.type(COMPLETE);
  await step(page, 'solve-or-deadline').getByRole('checkbox').check();
  for (const id of ['greet', 'identify-agent', 'solve-or-deadline', 'close-cordially']) await expect(step(page, id)).toHaveAttribute('data-state', 'done');
  await page.locator(COMPOSER.chat).click();
  await page.keyboard.press('Enter');
  await expect.poll(() => sentMessages(page)).toEqual([COMPLETE]);
  // Give a warning every chance to show up before saying it did not.
  await page.waitForTimeout(500);
  await expect(warning(page)).toHaveCount(0);
  expect(await readExtensionTable(extension.worker, 'sendChecks')).toEqual([]);
});

test('the Lexical social demo (Enter and the Send button) and the webmail (Ctrl+Enter) are checked too', async ({ page, demo, extension }) => {
  await openDemo(page, demo, 'social');
  await page.locator(COMPOSER.social).click();
  await page.keyboard.type('Te mandamos una pata nueva esta semana.');
  await page.keyboard.press('Enter');
  await expect.poll(() => sentMessages(page)).toEqual(['Te mandamos una pata nueva esta semana.']);
  await expect(warning(page)).toBeVisible();
  expect(await warnedSteps(page)).toContain('greet');
  await page.keyboard.type('Hola, Marcos.');
  await page.getByRole('button', { name: 'Enviar', exact: true }).click();
  await expect.poll(() => sentMessages(page)).toHaveLength(2);
  expect(await warnedSteps(page)).not.toContain('greet');

  await openDemo(page, demo, 'webmail');
  await page.locator(COMPOSER.webmail).click();
  await page.keyboard.type('Su pedido sale mañana.');
  await page.keyboard.press('Enter'); // a new paragraph in email, not a send
  await page.keyboard.type('Gracias.');
  expect(await sentMessages(page)).toEqual([]);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => sentMessages(page)).toEqual(['Su pedido sale mañana.\nGracias.']);
  await expect(warning(page)).toBeVisible();
  await expect.poll(async () => (await readExtensionTable<SendCheck>(extension.worker, 'sendChecks')).map((r) => `${r.siteId}:${r.outcome}`)).toEqual([
    'demo-social:sent',
    'demo-social:sent',
    'demo-webmail:sent',
  ]);
});

test.describe('a step the pack wants confirmed before sending', () => {
  let restore: (() => Promise<void>) | undefined;
  test.beforeEach(async ({ extension }) => {
    // A team's pack saying "never send a chat reply without greeting": the built-in pack with the flag on that step.
    restore = await patchStoredStep(extension.worker, 'cordial-es', 'chat', 'greet', { confirmBeforeSend: true });
  });
  test.afterEach(async () => {
    await restore?.();
  });

  test('holds the send: «no» keeps the draft in the reply box, «yes» sends it exactly once; both are recorded', async ({ page, demo, extension }) => {
    await openDemo(page, demo, 'chat');
    await page.locator(COMPOSER.chat).click();
    const draft = 'Ya he pedido la devolución del cargo duplicado.';
    await page.keyboard.type(draft);
    await expect(step(page, 'greet')).toHaveAttribute('data-state', 'missing');
    await page.keyboard.press('Enter');

    const confirm = sidebar(page).getByTestId('send-confirm');
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText('¿Enviar sin «Saludar con cordialidad»?');
    await page.waitForTimeout(300);
    expect(await sentMessages(page)).toEqual([]);
    expect(await readComposer(page)).toBe(draft);

    await sidebar(page).getByTestId('send-confirm-no').click();
    await expect(confirm).toHaveCount(0);
    await expect(page.locator(COMPOSER.chat)).toBeFocused();
    expect(await readComposer(page)).toBe(draft);
    expect(await sentMessages(page)).toEqual([]);

    // Again, with the Send button this time; now the agent sends anyway.
    await page.getByRole('button', { name: 'Enviar', exact: true }).click();
    await expect(confirm).toBeVisible();
    expect(await sentMessages(page)).toEqual([]);
    await sidebar(page).getByTestId('send-confirm-yes').click();
    await expect.poll(() => sentMessages(page)).toEqual([draft]);
    await page.waitForTimeout(300);
    expect(await sentMessages(page)).toEqual([draft]);
    await expect(transcript(page).getByText(draft, { exact: true })).toHaveCount(1);
    expect(await readComposer(page)).toBe('');
    // The other missing steps still get their warning.
    expect(await warnedSteps(page)).toEqual(['identify-agent', 'solve-or-deadline', 'close-cordially']);
    await expect.poll(async () => (await readExtensionTable<SendCheck>(extension.worker, 'sendChecks')).map((r) => `${r.outcome}:${r.missing.join(',')}`)).toEqual([
      'cancelled:greet,identify-agent,solve-or-deadline,close-cordially',
      'confirmed:greet,identify-agent,solve-or-deadline,close-cordially',
    ]);
  });

  test('a greeting typed just before Enter is seen by the re-check: the send goes through at once, no question', async ({ page, demo }) => {
    await openDemo(page, demo, 'chat');
    await page.locator(COMPOSER.chat).click();
    await expect(step(page, 'greet')).toHaveAttribute('data-state', 'missing');
    // Faster than the debounce: the sidebar's last state still says "greet missing" when Enter comes.
    await page.keyboard.type('Hola, Ana.', { delay: 0 });
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['Hola, Ana.']);
    await expect(sidebar(page).getByTestId('send-confirm')).toHaveCount(0);
    await expect(warning(page)).toBeVisible();
    expect(await warnedSteps(page)).not.toContain('greet');
  });
});

test('hovering a verdict paints its words over the chat textarea, exactly where they are, and takes the paint away', async ({ page, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  const textarea = page.locator(COMPOSER.chat);
  await textarea.click();
  await page.keyboard.type('Hola. Como ya le dije, el pedido sale mañana.');
  const verdict = frame.locator('[data-testid=tone-item][data-rule-id="no-blame-phrases"]');
  await expect(verdict).toHaveAttribute('data-state', 'fail');
  expect(await page.locator('cordial-marks').count()).toBe(0);

  await verdict.hover();
  const marks = () => page.evaluate(() => [...(document.querySelector('cordial-marks')?.shadowRoot?.querySelectorAll('mark') ?? [])].map((m) => m.textContent));
  await expect.poll(marks).toEqual(['Como ya le dije']);

  // Where the words are: measured with the textarea's own font, after its border, padding and "Hola. ".
  const geometry = await page.evaluate(() => {
    const field = document.querySelector('textarea')!;
    const mark = document.querySelector('cordial-marks')!.shadowRoot!.querySelector('mark')!;
    const css = getComputedStyle(field);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = css.font;
    const px = (v: string) => parseFloat(v);
    const f = field.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    return {
      left: m.left - (f.left + px(css.borderLeftWidth) + px(css.paddingLeft) + ctx.measureText('Hola. ').width),
      width: m.width - ctx.measureText('Como ya le dije').width,
      top: m.top - (f.top + px(css.borderTopWidth) + px(css.paddingTop) - field.scrollTop),
      lineHeight: px(css.lineHeight) || px(css.fontSize) * 1.2,
      inside: m.left >= f.left && m.right <= f.right && m.top >= f.top - 1 && m.bottom <= f.bottom + 1,
      pointerEvents: getComputedStyle(document.querySelector('cordial-marks')!).pointerEvents,
    };
  });
  expect(Math.abs(geometry.left), 'horizontal offset (px)').toBeLessThan(3);
  expect(Math.abs(geometry.width), 'width difference (px)').toBeLessThan(3);
  expect(Math.abs(geometry.top), 'vertical offset (px)').toBeLessThan(geometry.lineHeight / 2);
  expect(geometry.inside).toBe(true);
  expect(geometry.pointerEvents).toBe('none');
  // The page's own CSS cannot reach the overlay: it lives in a shadow root.
  expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);

  await frame.getByTestId('reply-search').hover();
  await expect.poll(() => page.locator('cordial-marks').count()).toBe(0);
});
