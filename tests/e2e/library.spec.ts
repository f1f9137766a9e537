import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import type { Pack } from '../../protocols/types';
import { COMPOSER, expect, openDemo, readComposer, readExtensionTable, sidebar, test, writeExtensionRow } from './fixtures';

const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));

interface StoredReply {
  key: string;
  title: string;
  body: string;
  packId: string;
  channels: string[];
  shortcut?: string;
  basedOn?: string;
  deletedAt?: number;
}

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('library-row').first()).toBeVisible();
}

const row = (page: Page, title: string) => page.getByTestId('library-row').filter({ has: page.locator('.reply-title', { hasText: title }) });

/** What a team's pack update does to the replies table: the pack's replies are replaced (here, one text changes). */
const updateTeamReply = (worker: Worker, key: string, body: string) => writeExtensionRow(worker, 'replies', key, { body }, { merge: true });

test('a reply created in the options page is stored in the extension, found in the sidebar and inserted with its placeholders filled', async ({ page, extension, demo }) => {
  await openOptions(page, extension.extensionId);
  await page.getByTestId('library-new').click();
  const editor = page.getByTestId('reply-editor');
  await editor.getByLabel('Título').fill('Cambio de talla gratuito');
  await editor.getByLabel('Texto', { exact: true }).fill('Hola {{cliente}}, le cambiamos la talla sin coste alguno.');
  await editor.getByLabel('Situación').selectOption('informacion');
  await editor.getByLabel('Atajo (opcional)').fill('talla');
  await editor.getByRole('checkbox', { name: 'Correo' }).uncheck();
  await editor.getByRole('checkbox', { name: 'Redes sociales' }).uncheck();
  await page.getByTestId('editor-save').click();
  await expect(editor).toHaveCount(0);
  await expect(row(page, 'Cambio de talla gratuito')).toHaveAttribute('data-personal', 'true');

  const stored = (await readExtensionTable<StoredReply>(extension.worker, 'personalReplies')).find((r) => r.title === 'Cambio de talla gratuito');
  expect(stored).toMatchObject({ packId: 'personal', channels: ['chat'], shortcut: 'talla', body: 'Hola {{cliente}}, le cambiamos la talla sin coste alguno.' });

  const chat = await page.context().newPage();
  const frame = await openDemo(chat, demo, 'chat');
  await chat.locator(COMPOSER.chat).click();
  await frame.getByTestId('reply-search').fill('talla gratuito');
  const item = frame.locator(`[data-testid=reply][data-reply-key="${stored!.key}"]`);
  await expect(item).toHaveAttribute('data-personal', 'true');
  await item.getByTestId('insert').click();
  await expect.poll(() => readComposer(chat)).toMatch(/^Hola .+, le cambiamos la talla sin coste alguno\.$/);
  expect(await readComposer(chat)).not.toContain('{{');
  await chat.close();
});

test('an edit that cannot be saved says why and keeps everything the agent typed', async ({ page, extension }) => {
  await openOptions(page, extension.extensionId);
  await page.getByTestId('library-new').click();
  const editor = page.getByTestId('reply-editor');
  await editor.getByLabel('Título').fill('Sin canal');
  await editor.getByLabel('Texto', { exact: true }).fill('Un texto que no quiero perder.');
  for (const channel of ['Correo', 'Redes sociales', 'Chat en vivo']) await editor.getByRole('checkbox', { name: channel }).uncheck();
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-error')).toContainText('elija al menos un canal');
  await expect(editor.getByLabel('Texto', { exact: true })).toHaveValue('Un texto que no quiero perder.');
  expect((await readExtensionTable<StoredReply>(extension.worker, 'personalReplies')).some((r) => r.title === 'Sin canal')).toBe(false);
});

test('a personal copy of a team reply replaces it for the agent and survives the team updating its pack', async ({ page, extension, demo }) => {
  const team = es.replies.find((r) => r.id === 'disculpa-molestias')!;
  const teamKey = `${es.id}:${team.id}`;
  await openOptions(page, extension.extensionId);
  await page.getByTestId('library-filter').fill(team.title);
  await row(page, team.title).first().getByTestId('personal-copy').click();
  const editor = page.getByTestId('reply-editor');
  await expect(editor).toBeVisible();
  await editor.getByLabel('Texto', { exact: true }).fill('Mi versión personal de la disculpa, {{cliente}}.');
  await page.getByTestId('editor-save').click();
  await expect(editor).toHaveCount(0);
  // The page's search follows the edit without a reload: the copy is found by its new words, the team reply is gone.
  await expect(page.locator(`[data-testid=library-row][data-reply-key="${teamKey}"]`)).toHaveCount(0);
  await page.getByTestId('library-filter').fill('versión personal');
  await expect(page.getByTestId('library-row').first()).toHaveAttribute('data-personal', 'true');
  await expect(page.getByTestId('library-row').first().locator('.reply-body')).toContainText('Mi versión personal de la disculpa');
  // Its placeholder shows as a named blank, not as the template's braces.
  await expect(page.getByTestId('library-row').first().locator('.reply-body [data-testid=reply-blank]')).toHaveText('cliente');
  await expect(page.getByTestId('library-row').first().locator('.reply-body')).not.toContainText('{{');

  await updateTeamReply(extension.worker, teamKey, 'Texto nuevo que publica el equipo.');

  const copies = (await readExtensionTable<StoredReply>(extension.worker, 'personalReplies')).filter((r) => r.basedOn === teamKey && r.deletedAt === undefined);
  expect(copies).toHaveLength(1);
  const chat = await page.context().newPage();
  const frame = await openDemo(chat, demo, 'chat');
  await frame.getByTestId('reply-search').fill(team.title);
  await expect(frame.locator(`[data-testid=reply][data-reply-key="${copies[0]!.key}"] .reply-body`)).toContainText('Mi versión personal de la disculpa');
  await expect(frame.locator(`[data-testid=reply][data-reply-key="${teamKey}"]`)).toHaveCount(0);
  await chat.close();
});

test('deleting a reply can be undone, and open sidebars follow every change without a reload', async ({ page, extension, demo }) => {
  const chat = await page.context().newPage();
  const frame = await openDemo(chat, demo, 'chat');

  await openOptions(page, extension.extensionId);
  await page.getByTestId('library-new').click();
  const editor = page.getByTestId('reply-editor');
  await editor.getByLabel('Título').fill('Horario de atención ampliado');
  await editor.getByLabel('Texto', { exact: true }).fill('Desde hoy le atendemos de 8 a 22 h.');
  await page.getByTestId('editor-save').click();

  await frame.getByTestId('reply-search').fill('horario ampliado');
  const item = frame.locator('[data-testid=reply]').filter({ hasText: 'Horario de atención ampliado' });
  await expect(item).toHaveCount(1);

  await row(page, 'Horario de atención ampliado').getByTestId('delete').click();
  await expect(row(page, 'Horario de atención ampliado')).toHaveCount(0);
  await expect(item).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(row(page, 'Horario de atención ampliado')).toHaveCount(1);
  await expect(item).toHaveCount(1);

  await row(page, 'Horario de atención ampliado').getByTestId('duplicate').click();
  await expect(page.getByTestId('reply-editor').getByLabel('Título')).toHaveValue('Horario de atención ampliado (copia)');
  await chat.close();
});

test('the agent saves the current draft as a reply from the sidebar, with the customer name made a placeholder', async ({ page, extension, demo }) => {
  const frame = await openDemo(page, demo, 'chat');
  await expect(frame.getByTestId('save-draft')).toBeDisabled();
  const customer = (await frame.getByTestId('customer-name').textContent())?.trim() ?? '';
  expect(customer).not.toBe('');
  await page.locator(COMPOSER.chat).click();
  await page.keyboard.type(`Gracias, ${customer}. Le confirmo la devolución del importe íntegro en su tarjeta.`);
  await frame.getByTestId('save-draft').click();
  const form = frame.getByTestId('save-draft-form');
  await form.getByLabel('Título').fill('Confirmación de devolución íntegra');
  await form.getByLabel('Situación').selectOption('reembolso');
  await frame.getByTestId('save-draft-submit').click();
  await expect(form).toHaveCount(0);

  const stored = (await readExtensionTable<StoredReply>(extension.worker, 'personalReplies')).find((r) => r.title === 'Confirmación de devolución íntegra');
  expect(stored?.body).toBe('Gracias, {{cliente}}. Le confirmo la devolución del importe íntegro en su tarjeta.');
  expect(stored?.channels).toEqual(['chat']);
  await frame.getByTestId('reply-search').fill('devolución íntegra');
  await expect(frame.locator(`[data-testid=reply][data-reply-key="${stored!.key}"]`)).toBeVisible();
});

test('a starred reply comes first on an empty search, in every sidebar, after a reload too', async ({ page, extension, demo }) => {
  const frame = await openDemo(page, demo, 'webmail');
  const target = es.replies.filter((r) => r.channels.includes('email')).at(-1)!;
  await frame.getByTestId('reply-search').fill(target.title);
  const item = frame.locator(`[data-testid=reply][data-reply-id="${target.id}"]`).first();
  await item.getByTestId('favorite').click();
  await expect(item.getByTestId('favorite')).toHaveAttribute('aria-pressed', 'true');
  await frame.getByTestId('reply-search').fill('');
  await page.reload();
  const again = sidebar(page);
  await expect(again.locator('[data-testid=reply]').first()).toHaveAttribute('data-reply-id', target.id);
  expect((await readExtensionTable<{ replyKey: string }>(extension.worker, 'favorites')).map((f) => f.replyKey)).toContain(`${es.id}:${target.id}`);
  // Unstarred, it goes back to its place.
  await again.locator('[data-testid=reply]').first().getByTestId('favorite').click();
  await expect(again.locator('[data-testid=reply]').first()).not.toHaveAttribute('data-reply-id', target.id);
});

test('the options page sets the shortcut trigger, refusing one that could clash with words', async ({ page, extension }) => {
  await openOptions(page, extension.extensionId);
  const input = page.getByTestId('trigger-input');
  await expect(input).toHaveValue(';');
  await input.fill('ab');
  await page.getByTestId('trigger-form').getByRole('button', { name: 'Guardar' }).click();
  await expect(page.getByTestId('trigger-status')).toContainText('de 1 a 3 símbolos');
  await input.fill('//');
  await page.getByTestId('trigger-form').getByRole('button', { name: 'Guardar' }).click();
  await expect(page.getByTestId('trigger-status')).toContainText('«//»');
  const stored = (await readExtensionTable<{ key: string; value: unknown }>(extension.worker, 'settings')).find((s) => s.key === 'shortcutTrigger');
  expect(stored?.value).toBe('//');
  await input.fill(';');
  await page.getByTestId('trigger-form').getByRole('button', { name: 'Guardar' }).click();
  await expect(page.getByTestId('trigger-status')).toContainText('«;»');
});
