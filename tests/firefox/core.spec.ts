// Cordial's core in real Firefox (Debian's ESR), once per Firefox build (projects firefox-mv2 and firefox-mv3): the
// build is installed as a temporary add-on and driven over WebDriver BiDi. Same test contracts as tests/e2e.
import { strings } from '../../utils/i18n';
import { SITES } from '../../utils/sites';
import { CHANNEL, COMPOSER, es, plainReply, SITE_ID, textFor } from '../e2e/fixtures';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import type { Pack } from '../../protocols/types';
import { attributes, expect, extensionTab, openDemo, readComposer, readTable, sidebar, test } from './fixtures';

test('docks the sidebar on the demo webmail with the email protocol and the replies', async ({ tab, demo }) => {
  const frame = await openDemo(tab, demo, 'webmail');
  // The iframe sits in the open shadow root of <cordial-sidebar>, and is the add-on's page (cross-origin to the mail).
  const docked = await tab.evaluate(() => {
    const iframe = document.querySelector('cordial-sidebar')?.shadowRoot?.querySelector<HTMLIFrameElement>('iframe[data-cordial-sidebar]');
    return { src: iframe?.src, inLightDom: document.querySelectorAll('iframe[data-cordial-sidebar]').length };
  });
  expect(docked.src).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/sidepanel\.html$/);
  expect(docked.inLightDom).toBe(0);

  await frame.waitForSelector('[data-testid=channel]');
  expect(await attributes(frame, '[data-testid=channel]', ['data-channel'])).toEqual([{ text: strings('es').channel.email, 'data-channel': 'email' }]);
  expect(await attributes(frame, '[data-testid=site]', ['data-site-id'])).toEqual([{ text: SITES.find((s) => s.id === SITE_ID.webmail)!.name, 'data-site-id': 'demo-webmail' }]);
  const steps = await attributes(frame, '[data-testid=protocol-step]', ['data-step-id']);
  expect(steps.map((s) => s['data-step-id'])).toEqual(es.protocols.find((p) => p.channel === 'email')!.steps.map((s) => s.id));
  const replies = await attributes(frame, '[data-testid=reply]', ['data-reply-id']);
  expect(replies.map((r) => r['data-reply-id']).sort()).toEqual(es.replies.map((r) => r.id).sort());
});

test('a reply found by search is inserted into the webmail’s reply box, and its use recorded by the add-on', async ({ tab, demo, firefox }) => {
  const frame = await openDemo(tab, demo, 'webmail');
  const reply = plainReply('webmail');
  await tab.click(COMPOSER.webmail);
  await tab.keyboard.type('Buenos días. ');

  await frame.type('[data-testid=reply-search]', reply.title);
  await expect.poll(async () => (await attributes(frame, '[data-testid=reply]', ['data-reply-id']))[0]?.['data-reply-id']).toBe(reply.id);
  await frame.click(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`);

  // What the page's own editor holds, read by the page.
  await expect.poll(() => readComposer(tab)).toBe(`Buenos días. ${textFor(reply, 'webmail')}`);
  await expect.poll(async () => (await attributes(frame, '[data-testid=notice]', ['data-kind']))[0]?.['data-kind']).toBe('info');

  const addon = await extensionTab(firefox, frame);
  await expect
    .poll(async () => (await readTable<{ replyId: string; siteId: string; type: string; channel: string }>(addon, 'usageEvents')).filter((e) => e.replyId === reply.id && e.siteId === 'demo-webmail'))
    .toContainEqual(expect.objectContaining({ type: 'insert', channel: CHANNEL.webmail }));
  await addon.close();
});

test('a shortcut typed in the reply box becomes its reply (the page asks the sidebar, through the background)', async ({ tab, demo }) => {
  await openDemo(tab, demo, 'webmail');
  const reply = es.replies.find((r) => r.id === 'disculpa-molestias')!;
  await tab.click(COMPOSER.webmail);
  await tab.keyboard.type(`Buenos días. ;${reply.shortcut}`);
  // Puppeteer's BiDi keyboard names the space bar ' ' (not 'Space').
  await tab.keyboard.press(' ');
  await expect.poll(() => readComposer(tab)).toBe(`Buenos días. ${textFor(reply, 'webmail')}`);
});

// The social inbox's reply box is Lexical; the live chat's is a React-controlled textarea: each keeps its own model,
// which Firefox's input events must reach as they do in Chromium.
for (const name of ['social', 'chat'] as const) {
  test(`on the demo ${name}, a reply goes into the page's own editor and a typed shortcut expands there`, async ({ tab, demo }) => {
    const frame = await openDemo(tab, demo, name);
    const reply = plainReply(name);
    await tab.click(COMPOSER[name]);
    await tab.keyboard.type('Hola. ');
    await frame.type('[data-testid=reply-search]', reply.title);
    await expect.poll(async () => (await attributes(frame, '[data-testid=reply]', ['data-reply-id']))[0]?.['data-reply-id']).toBe(reply.id);
    await frame.click(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`);
    const inserted = `Hola. ${textFor(reply, name)}`;
    await expect.poll(() => readComposer(tab)).toBe(inserted);

    const apology = es.replies.find((r) => r.id === 'disculpa-molestias')!;
    await tab.click(COMPOSER[name]);
    await tab.keyboard.down('Control');
    await tab.keyboard.press('End');
    await tab.keyboard.up('Control');
    await tab.keyboard.type(` ;${apology.shortcut}`);
    await tab.keyboard.press(' ');
    await expect.poll(() => readComposer(tab)).toBe(`${inserted} ${textFor(apology, name)}`);
  });
}

/** The shortcut picker's frame: the `iframe[data-cordial-picker]` in the open shadow root of `<cordial-picker>`. */
async function pickerFrame(tab: Page): Promise<Frame> {
  const iframe = await tab.waitForFunction(() => document.querySelector('cordial-picker')?.shadowRoot?.querySelector('iframe[data-cordial-picker]'), { timeout: 10_000 });
  const frame = await iframe.asElement()!.contentFrame();
  if (!frame) throw new Error('the picker iframe has no frame');
  return frame;
}

test('the trigger and part of a shortcut list replies beside the caret; Enter picks one in the chat, a click in Lexical', async ({ tab, demo }) => {
  const patience = es.replies.find((r) => r.id === 'agradecimiento-paciencia')!;
  await openDemo(tab, demo, 'chat');
  await tab.click(COMPOSER.chat);
  await tab.keyboard.type(`Hola ;${patience.shortcut!.slice(0, 5)}`);
  let list = await pickerFrame(tab);
  await list.waitForSelector(`[data-testid=picker-option][data-reply-key="cordial-es:${patience.id}"][aria-selected=true]`, { visible: true });
  await tab.keyboard.press('Enter');
  await expect.poll(() => readComposer(tab)).toBe(`Hola ${textFor(patience, 'chat')}`);

  const apology = es.replies.find((r) => r.id === 'disculpa-molestias')!;
  await openDemo(tab, demo, 'social');
  await tab.click(COMPOSER.social);
  await tab.keyboard.type(`;${apology.shortcut!.slice(0, 4)}`);
  list = await pickerFrame(tab);
  const option = `[data-testid=picker-option][data-reply-key="cordial-es:${apology.id}"]`;
  await list.waitForSelector(option, { visible: true });
  await list.click(option);
  await expect.poll(() => readComposer(tab)).toBe(textFor(apology, 'social'));
});

test('the spelling check flags a misspelled word typed in the draft; a suggestion fixes it in the editor, and undo brings it back', async ({ tab, demo }) => {
  const frame = await openDemo(tab, demo, 'webmail');
  await tab.click(COMPOSER.webmail);
  await tab.keyboard.type('Hola, lamentamos el retrazo de su pedido.');
  // The engine runs in a worker started by the background page (Firefox has no offscreen documents).
  await frame.waitForSelector('[data-testid=spelling-issue][data-word="retrazo"]', { visible: true, timeout: 15_000 });
  expect((await attributes(frame, '[data-testid=spelling-issue]', ['data-word'])).map((i) => i['data-word'])).toEqual(['retrazo']);
  // Underlined in the page with the CSS Custom Highlight API, the editor's DOM untouched.
  await expect
    .poll(() => tab.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('cordial-spelling') ?? [])].map((r) => r.toString())))
    .toEqual(['retrazo']);
  expect(await readComposer(tab)).toBe('Hola, lamentamos el retrazo de su pedido.');
  expect(await tab.$eval(COMPOSER.webmail, (el) => el.innerHTML)).not.toContain('cordial');

  // One click on the word, one on its first suggestion: the editor's model gets that word fixed, nothing else.
  await frame.click('[data-testid=spelling-issue][data-word="retrazo"] [data-testid=spelling-word]');
  await frame.waitForSelector('[data-testid=spelling-issue][data-word="retrazo"] [data-testid=spelling-suggestion][data-value="retraso"]', { visible: true });
  await frame.click('[data-testid=spelling-issue][data-word="retrazo"] [data-testid=spelling-suggestion][data-value="retraso"]');
  await expect.poll(() => readComposer(tab)).toBe('Hola, lamentamos el retraso de su pedido.');
  await expect.poll(async () => (await attributes(frame, '[data-testid=spelling-issue]', ['data-word'])).length).toBe(0);
  // The editor's own undo brings the word back.
  await tab.keyboard.down('Control');
  await tab.keyboard.press('z');
  await tab.keyboard.up('Control');
  await expect.poll(() => readComposer(tab)).toBe('Hola, lamentamos el retrazo de su pedido.');
});

test('«add to dictionary» in one tab’s sidebar removes the flag in another tab’s sidebar too', async ({ tab, demo, firefox }) => {
  const words = async (frame: Frame) => (await attributes(frame, '[data-testid=spelling-issue]', ['data-word'])).map((i) => i['data-word']);
  const frameA = await openDemo(tab, demo, 'chat');
  await tab.click(COMPOSER.chat);
  await tab.keyboard.type('Su fibramax quedará activa hoy.');
  await expect.poll(() => words(frameA), { timeout: 15_000 }).toEqual(['fibramax']);

  // A second tab, in front (Firefox pauses the frames of a tab in the background, as it would for the agent).
  const other = await firefox.browser.newPage();
  try {
    const frameB = await openDemo(other, demo, 'social');
    await other.click(COMPOSER.social);
    await other.keyboard.type('La fibramax ya funciona.');
    await expect.poll(() => words(frameB), { timeout: 15_000 }).toEqual(['fibramax']);

    await tab.bringToFront();
    await frameA.click('[data-testid=spelling-issue][data-word="fibramax"] [data-testid=spelling-word]');
    await frameA.click('[data-testid=spelling-issue][data-word="fibramax"] [data-testid=spelling-add]');
    await expect.poll(() => words(frameA)).toEqual([]);
    // The background tells every sidebar; in Firefox a framed one hears it through its inbox port.
    await other.bringToFront();
    await expect.poll(() => words(frameB)).toEqual([]);
  } finally {
    await other.close();
  }
});

test('a reply with empty placeholders asks for them, then goes in completed; the values are remembered', async ({ tab, demo }) => {
  const reply = es.replies.find((r) => r.id === 'saludo-chat')!;
  const template = textFor(reply, 'chat');
  const insert = async (frame: Frame) => {
    await tab.click(COMPOSER.chat);
    await frame.type('[data-testid=reply-search]', reply.title);
    await frame.waitForSelector(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`, { visible: true });
    await frame.click(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`);
  };
  let frame = await openDemo(tab, demo, 'chat');
  await insert(frame);
  await frame.waitForSelector('[data-testid=fill-in]', { visible: true });
  const inputs = await frame.$$('[data-testid=fill-in] input');
  expect(inputs).toHaveLength(2);
  expect(await readComposer(tab)).toBe('');
  await inputs[0]!.type('Sofía');
  await inputs[1]!.type('Alba Hogar');
  await frame.click('[data-testid=fill-in-submit]');
  const expected = template.replace('{{agente}}', 'Sofía').replace('{{empresa}}', 'Alba Hogar');
  await expect.poll(() => readComposer(tab)).toBe(expected);

  // Known now, from the add-on's storage: on the page loaded anew, the same reply goes straight in. (One navigation:
  // a reload followed by openDemo's own goto would abort the first.)
  frame = await openDemo(tab, demo, 'chat');
  await insert(frame);
  await expect.poll(() => readComposer(tab)).toBe(expected);
  expect(await frame.$('[data-testid=fill-in]')).toBeNull();
});

test('a lead’s pack file: a broken one is rejected and changes nothing, a good one is installed and reaches the open sidebar', async ({ tab, demo, firefox }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cordial-pack-'));
  const team: Pack = {
    ...structuredClone(es),
    id: 'equipo-alba',
    name: 'Equipo Alba',
    version: '1.0.0',
    replies: [{ id: 'bienvenida-alba', title: 'Bienvenida del equipo Alba', body: 'Bienvenida del equipo Alba: gracias por escribirnos.', situation: 'saludo', channels: ['email', 'chat', 'social'] }, ...structuredClone(es.replies.slice(0, 3))],
  };
  const broken = structuredClone(team);
  broken.replies[1]!.body = '';
  writeFileSync(join(dir, 'roto.json'), JSON.stringify(broken));
  writeFileSync(join(dir, 'alba.json'), JSON.stringify(team));
  try {
    const frame = await openDemo(tab, demo, 'chat');
    const options = await extensionTab(firefox, frame);
    await options.waitForSelector('[data-testid=pack-row]', { visible: true });
    const packs = async () => (await readTable<{ id: string }>(options, 'packs')).map((p) => p.id).sort();
    const before = await packs();

    const file = (await options.$('[data-testid=pack-file]')) as ElementHandle<HTMLInputElement>;
    await file.uploadFile(join(dir, 'roto.json'));
    await options.waitForSelector('[data-testid=pack-import-errors]', { visible: true });
    expect(await options.$eval('[data-testid=pack-import-errors]', (el) => el.textContent)).toContain('replies[1].body: falta el texto');
    expect(await packs()).toEqual(before);

    await file.uploadFile(join(dir, 'alba.json'));
    await options.waitForSelector('[data-testid=pack-preview-install]', { visible: true });
    expect(await options.$eval('[data-testid=pack-preview]', (el) => el.textContent)).toContain('Equipo Alba');
    await options.click('[data-testid=pack-preview-install]');
    await options.waitForSelector('[data-testid=pack-row][data-pack-id="equipo-alba"][data-active="true"]');
    expect(await packs()).toEqual([...before, 'equipo-alba'].sort());
    await options.close();

    // The sidebar open in the chat reloads on its own and lists the team's reply.
    await frame.type('[data-testid=reply-search]', 'bienvenida alba');
    await frame.waitForSelector('[data-testid=reply][data-reply-id="bienvenida-alba"]', { visible: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the tone checklist names the phrase that failed a rule, and its replacement goes into the editor', async ({ tab, demo }) => {
  const frame = await openDemo(tab, demo, 'webmail');
  await tab.click(COMPOSER.webmail);
  await tab.keyboard.type('Hola. Como ya le dije, el pedido sale mañana.');
  const rule = '[data-testid=tone-item][data-rule-id="no-blame-phrases"]';
  await expect.poll(async () => (await attributes(frame, rule, ['data-state']))[0]?.['data-state']).toBe('fail');
  expect((await attributes(frame, `${rule} [data-testid=tone-evidence]`, []))[0]?.text).toContain('Como ya le dije');
  await frame.click(`${rule} [data-testid=tone-replace]`);
  await expect.poll(async () => (await attributes(frame, rule, ['data-state']))[0]?.['data-state']).toBe('pass');
  const draft = await readComposer(tab);
  expect(draft).not.toMatch(/como ya le dije/i);
  expect(draft).toMatch(/^Hola\. .+, el pedido sale mañana\.$/);
});

test('a timer counted from opening goes on across a reload of the page, kept in session storage only', async ({ tab, demo, firefox }) => {
  await tab.goto(`${demo.url('webmail')}?arrival=none`);
  const elapsed = async () => Number((await attributes(await sidebar(tab), '[data-testid=timer][data-from=opened]', ['data-elapsed-seconds']))[0]?.['data-elapsed-seconds'] ?? -1);
  await expect.poll(elapsed, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  await tab.reload();
  // A timer started again would need three more seconds.
  await expect.poll(elapsed, { timeout: 1_500 }).toBeGreaterThanOrEqual(3);
  // Framed sidebars have no storage.session in Firefox: the background keeps the timer there, not in local storage.
  const addon = await extensionTab(firefox, await sidebar(tab));
  const areas = await addon.evaluate(async () => {
    const storage = (globalThis as unknown as { browser: { storage: Record<'local' | 'session', { get(): Promise<object> }> } }).browser.storage;
    return { local: Object.keys(await storage.local.get()), session: Object.keys(await storage.session.get()) };
  });
  await addon.close();
  expect(areas.local.filter((k) => k.startsWith('responseTimer:'))).toEqual([]);
  expect(areas.session.filter((k) => k.startsWith('responseTimer:'))).toHaveLength(1);
});

test('Enter in the chat sends: the timer stops and the add-on records the response time', async ({ tab, demo, firefox }) => {
  const frame = await openDemo(tab, demo, 'chat');
  const state = async () => (await attributes(frame, '[data-testid=timer]', ['data-state']))[0]?.['data-state'];
  await expect.poll(state).toBe('running');
  await tab.click(COMPOSER.chat);
  await tab.keyboard.type('Hola, Ana. Ya está hecho el reembolso. Un saludo.');
  await tab.keyboard.press('Enter');
  await expect.poll(state).toBe('stopped');
  const addon = await extensionTab(firefox, frame);
  await expect
    .poll(async () => (await readTable<{ type: string; siteId: string; responseMs?: number; timedFrom?: string }>(addon, 'statsEvents')).filter((e) => e.type === 'send' && e.siteId === 'demo-chat'))
    .toContainEqual(expect.objectContaining({ timedFrom: 'arrival', responseMs: expect.any(Number) }));
  await addon.close();
});

test('the data lives in the add-on’s IndexedDB, not the page’s', async ({ tab, demo, firefox }) => {
  const frame = await openDemo(tab, demo, 'webmail');
  const addon = await extensionTab(firefox, frame);
  expect(await addon.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain('cordial');
  const packs = await readTable<{ id: string }>(addon, 'packs');
  expect(packs.map((p) => p.id)).toContain('cordial-es');
  await addon.close();
  // The page, which the content script runs in, has no Cordial database.
  expect(await tab.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('cordial');
});

test('a copy of the sidebar the page frames itself serves no tab and shows no reply; Cordial’s own still works', async ({ tab, demo }) => {
  const own = await openDemo(tab, demo, 'webmail');
  const src = await tab.evaluate(() => document.querySelector('cordial-sidebar')!.shadowRoot!.querySelector<HTMLIFrameElement>('iframe[data-cordial-sidebar]')!.src);
  // In Firefox MV2 any page may frame it; here the page also posts a forged key.
  const copyHandle = await tab.evaluateHandle((address: string) => {
    const copy = document.createElement('iframe');
    copy.src = address;
    copy.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:600px';
    copy.addEventListener('load', () => copy.contentWindow!.postMessage(`cordial-sidebar-key:${'0'.repeat(32)}`, '*'));
    document.body.append(copy);
    return copy;
  }, src);
  const copy = (await copyHandle.asElement()!.contentFrame())!;
  await copy.waitForSelector('::-p-text(Abra una bandeja de correo)', { timeout: 25_000 });
  expect(await copy.$$('[data-testid=reply]')).toHaveLength(0);
  expect(await copy.$$('[data-testid=channel]')).toHaveLength(0);
  expect((await attributes(own, '[data-testid=channel]', ['data-channel']))[0]?.['data-channel']).toBe('email');
});
