// Accessibility, checked by axe-core (the engine behind Lighthouse's and the browsers' audits) on every page Cordial
// draws: the docked sidebar on the three demos in its main states, the options page and the dashboard. A rule that
// fails with impact "serious" or "critical" fails the test, with the rule, the element and the fix axe suggests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import { COMPOSER, expect, openDemo, picker, test, type DemoName } from './fixtures';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** Runs axe in `frame` (evaluated over the DevTools protocol, so the extension page's CSP does not stop it). */
async function audit(frame: Frame): Promise<Violation[]> {
  await frame.evaluate(AXE);
  const result = await frame.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const describe = (violations: Violation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');

async function sidebarFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => /\/sidepanel\.html/.test(f.url()))).toBe(true);
  return page.frames().find((f) => /\/sidepanel\.html/.test(f.url()))!;
}

for (const name of ['webmail', 'social', 'chat'] as DemoName[]) {
  test(`${name}: the sidebar has no serious accessibility problem, with a draft checked and a reply's form open`, async ({ page, demo }) => {
    const locator = await openDemo(page, demo, name);
    const frame = await sidebarFrame(page);
    expect(describe(await audit(frame))).toBe('');
    // A draft with a misspelling and a tone item: the spelling list, the checklist and the protocol steps fill in.
    await page.locator(COMPOSER[name]).click();
    await page.keyboard.type('Hola, lamentamos el retrazo. ¿Como podemos ayudarle?');
    await expect(locator.locator('[data-testid=spelling-issue]').first()).toBeVisible();
    expect(describe(await audit(frame))).toBe('');
    // The fill-in form of a reply with blanks («Estado del pedido» asks for the order number and the date).
    await locator.getByTestId('reply-search').fill('estado del pedido');
    await locator.locator('[data-testid=reply][data-reply-id="informacion-estado-pedido"]').getByTestId('insert').click();
    await expect(locator.getByTestId('fill-in')).toBeVisible();
    expect(describe(await audit(frame))).toBe('');
  });
}

test('the options page (with the reply editor open) and the dashboard have no serious accessibility problem', async ({ page, extension }) => {
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(page.getByTestId('library-row').first()).toBeVisible();
  expect(describe(await audit(page.mainFrame())), 'options').toBe('');
  await page.getByTestId('library-new').click();
  await expect(page.getByTestId('reply-editor')).toBeVisible();
  expect(describe(await audit(page.mainFrame())), 'options, reply editor').toBe('');
  await page.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  await page.waitForLoadState('networkidle');
  expect(describe(await audit(page.mainFrame())), 'dashboard').toBe('');
});

test('the shortcut picker beside the caret has no serious accessibility problem', async ({ page, demo }) => {
  await openDemo(page, demo, 'chat');
  await page.locator(COMPOSER.chat).click();
  await page.keyboard.type('Hola ;gra');
  await expect(picker(page).getByTestId('picker-option').first()).toBeVisible();
  const frame = page.frames().find((f) => /\/picker\.html/.test(f.url()))!;
  expect(frame).toBeTruthy();
  expect(describe(await audit(frame))).toBe('');
});
