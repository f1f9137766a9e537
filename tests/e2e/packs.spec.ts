import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Pack } from '../../protocols/types';
// @ts-expect-error plain ESM helper shared with npm start and npm run bench
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { expect, openDemo, readExtensionTable, test as base } from './fixtures';
import { startPackServer, type PackServer } from './pack-server';

const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));

/** A team pack with one distinctive reply, derived from the built-in one so it is valid. */
function teamPack(version: string, replyTitle = 'Bienvenida del equipo Alba'): Pack {
  return {
    ...structuredClone(es),
    id: 'equipo-alba',
    name: 'Equipo Alba',
    version,
    replies: [{ id: 'bienvenida-alba', title: replyTitle, body: `${replyTitle}: gracias por escribirnos.`, situation: 'saludo', channels: ['email', 'chat', 'social'] }, ...structuredClone(es.replies.slice(0, 3))],
  };
}

const test = base.extend<{}, { packServer: PackServer }>({
  packServer: [
    async ({}, use) => {
      const server = await startPackServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // This file's browser resolves the team's pack host to the local HTTPS server and accepts its certificate.
  extension: [
    async ({ packServer }, use) => {
      const launched = await launchWithExtension({ headless: true, args: [`--host-resolver-rules=${packServer.resolverRules}`, '--ignore-certificate-errors'] });
      await use(launched);
      await launched.context.close();
    },
    { scope: 'worker' },
  ],
});

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cordial-pack-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('pack-row').first()).toBeVisible();
}

const packRow = (page: Page, id: string) => page.locator(`[data-testid=pack-row][data-pack-id="${id}"]`);

test('a broken pack file is rejected with path-precise messages and changes nothing', async ({ page, extension }) => {
  await openOptions(page, extension.extensionId);
  const before = await readExtensionTable(extension.worker, 'packs');
  const broken = teamPack('1.0.0') as unknown as Record<string, unknown>;
  (broken.replies as Array<Record<string, unknown>>)[1]!.body = '';
  await page.getByTestId('pack-file').setInputFiles(tempFile('roto.json', JSON.stringify(broken)));
  await expect(page.getByTestId('pack-import-errors')).toContainText('replies[1].body: falta el texto');
  await expect(page.getByTestId('pack-preview')).toHaveCount(0);
  expect(await readExtensionTable(extension.worker, 'packs')).toEqual(before);
});

test('a lead’s pack file is previewed, installed whole, and reaches the sidebar at once', async ({ page, extension, demo }) => {
  const chat = await page.context().newPage();
  const frame = await openDemo(chat, demo, 'chat');

  await openOptions(page, extension.extensionId);
  await page.getByTestId('pack-file').setInputFiles(tempFile('alba.json', JSON.stringify(teamPack('1.0.0'))));
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toContainText('Equipo Alba');
  await expect(preview).toContainText('4 respuestas');
  await page.getByTestId('pack-preview-install').click();
  await expect(packRow(page, 'equipo-alba')).toHaveAttribute('data-active', 'true');
  const stored = (await readExtensionTable<{ packId: string }>(extension.worker, 'replies')).filter((r) => r.packId === 'equipo-alba');
  expect(stored).toHaveLength(4);

  // The open sidebar reloads on its own and lists the team's reply.
  await frame.getByTestId('reply-search').fill('bienvenida alba');
  await expect(frame.locator('[data-testid=reply][data-reply-id="bienvenida-alba"]')).toBeVisible();
  await chat.close();
});

test('a subscription installs the pack, stages an update with its changes, and a rollback undoes it', async ({ page, extension, packServer }) => {
  const path = '/equipo/soporte.json';
  const pack = { ...teamPack('2.0.0', 'Saludo del equipo Soporte'), id: 'equipo-soporte', name: 'Equipo Soporte' };
  packServer.set(path, JSON.stringify(pack));
  await openOptions(page, extension.extensionId);
  await page.getByTestId('pack-url').fill(packServer.url(path));
  await page.getByTestId('pack-subscribe').click();
  await expect(page.getByTestId('pack-preview')).toContainText('Equipo Soporte');
  await page.getByTestId('pack-preview-install').click();
  await expect(packRow(page, 'equipo-soporte')).toHaveAttribute('data-version', '2.0.0');
  const subscription = page.locator(`[data-testid=subscription][data-url="${packServer.url(path)}"]`);
  await expect(subscription).toBeVisible();

  // Nothing new: a conditional request answered 304.
  await subscription.getByTestId('subscription-refresh').click();
  await expect(page.getByTestId('notice')).toContainText('Al día');
  expect(packServer.requests.at(-1)).toMatchObject({ conditional: true, status: 304 });

  // The lead publishes 2.1.0 with a changed reply: the agent sees what changes before it applies.
  const next = structuredClone(pack);
  next.version = '2.1.0';
  next.replies[0]!.body = 'Texto revisado por el equipo.';
  packServer.set(path, JSON.stringify(next));
  await subscription.getByTestId('subscription-refresh').click();
  await expect(subscription.getByTestId('subscription-pending')).toContainText('2.1.0');
  await expect(subscription.getByTestId('diff-changed')).toHaveAttribute('data-count', '1');
  await expect(packRow(page, 'equipo-soporte')).toHaveAttribute('data-version', '2.0.0');
  await subscription.getByTestId('subscription-apply').click();
  await expect(packRow(page, 'equipo-soporte')).toHaveAttribute('data-version', '2.1.0');

  await packRow(page, 'equipo-soporte').getByTestId('pack-rollback').click();
  await expect(packRow(page, 'equipo-soporte')).toHaveAttribute('data-version', '2.0.0');
  const body = (await readExtensionTable<{ key: string; body: string }>(extension.worker, 'replies')).find((r) => r.key === 'equipo-soporte:bienvenida-alba')?.body;
  expect(body).toBe(pack.replies[0]!.body);

  // A server that breaks keeps the installed pack and says when the last success was.
  packServer.set(path, '<html>502</html>');
  await subscription.getByTestId('subscription-refresh').click();
  await expect(subscription.getByTestId('subscription-status')).toContainText('Último intento fallido');
  await expect(packRow(page, 'equipo-soporte')).toHaveAttribute('data-version', '2.0.0');
});

test('export everything → import on a fresh profile gives the same library', async ({ page, extension, packServer }) => {
  await openOptions(page, extension.extensionId);
  await page.getByTestId('library-new').click();
  const editor = page.getByTestId('reply-editor');
  await editor.getByLabel('Título').fill('Respuesta para la copia');
  await editor.getByLabel('Texto', { exact: true }).fill('Texto que debe viajar a otro equipo.');
  await page.getByTestId('editor-save').click();
  await expect(editor).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file!, 'utf8')) as Record<string, unknown>;
  expect(exported.format).toBe('cordial-backup');

  const fresh = await launchWithExtension({ headless: true, args: [`--host-resolver-rules=${packServer.resolverRules}`, '--ignore-certificate-errors'] });
  try {
    const other = await fresh.context.newPage();
    await openOptions(other, fresh.extensionId);
    await other.getByTestId('backup-file').setInputFiles(file!);
    await expect(other.getByTestId('notice')).toContainText('Copia importada');
    const [again] = await Promise.all([other.waitForEvent('download'), other.getByTestId('backup-export').click()]);
    const reimported = JSON.parse(readFileSync((await again.path())!, 'utf8')) as Record<string, unknown>;
    const comparable = (b: Record<string, unknown>) => ({ ...b, exportedAt: undefined, subscriptions: undefined });
    expect(comparable(reimported)).toEqual(comparable(exported));
  } finally {
    await fresh.context.close();
  }
});

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits mapped to a–p. */
function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

test('an organisation policy subscribes every agent to its pack, which the agent cannot remove', async ({ packServer }) => {
  const policyDir = '/etc/chromium/policies/managed';
  try {
    mkdirSync(policyDir, { recursive: true });
  } catch {
    test.skip(true, `cannot write Chromium policies to ${policyDir} (needs root)`);
  }
  const path = '/org/politica.json';
  packServer.set(path, JSON.stringify({ ...teamPack('3.0.0', 'Saludo de la organización'), id: 'organizacion', name: 'Organización' }));
  const policyFile = join(policyDir, 'cordial-e2e.json');
  const id = unpackedExtensionId(EXTENSION_DIR);
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: { packUrls: [packServer.url(path)] } } } }));
  const launched = await launchWithExtension({ headless: true, args: [`--host-resolver-rules=${packServer.resolverRules}`, '--ignore-certificate-errors'] });
  try {
    expect(launched.extensionId).toBe(id);
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await expect(packRow(page, 'organizacion')).toHaveAttribute('data-version', '3.0.0', { timeout: 15_000 });
    const subscription = page.locator(`[data-testid=subscription][data-url="${packServer.url(path)}"]`);
    await expect(subscription).toHaveAttribute('data-managed', 'true');
    await expect(subscription.getByTestId('unsubscribe')).toHaveCount(0);
    await expect(packRow(page, 'organizacion').getByTestId('pack-remove')).toHaveCount(0);
  } finally {
    await launched.context.close();
    if (existsSync(policyFile)) rmSync(policyFile);
  }
});
