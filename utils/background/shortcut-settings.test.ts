import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type CordialDb } from '@/utils/db';
import { shortcutListHandlers, shortcutSettingsHandlers } from './shortcut-settings';

let db: CordialDb;
let n = 0;
const sender = {} as never;
beforeEach(() => {
  db = openDb(`cordial-shortcut-settings-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('shortcut settings messages', () => {
  it('settings:get-shortcuts and settings:save-trigger read and save the trigger, refusing invalid ones', async () => {
    const changes: string[] = [];
    const handlers = shortcutSettingsHandlers(db, (trigger) => changes.push(trigger));
    expect(await handlers['settings:get-shortcuts']!(undefined, sender)).toEqual({ trigger: ';' });
    expect(await handlers['settings:save-trigger']!({ trigger: 'x' }, sender)).toEqual({ ok: false, reason: 'invalid' });
    expect(await handlers['settings:save-trigger']!({ trigger: '!!' }, sender)).toEqual({ ok: true, trigger: '!!' });
    expect(await handlers['settings:get-shortcuts']!(undefined, sender)).toEqual({ trigger: '!!' });
    // The sidebars hear of a saved trigger, not of a refused one.
    expect(changes).toEqual(['!!']);
  });

  it('shortcuts:get gives a content script the trigger and the shortcut words, and nothing when expansion is off', async () => {
    const { handlers, invalidate } = shortcutListHandlers(db, 'es');
    const list = handlers['shortcuts:get']!;
    const { trigger, shortcuts } = (await list(undefined, sender))!;
    expect(trigger).toBe(';');
    expect(shortcuts).toEqual(expect.arrayContaining(['gracias', 'hola', 'molestias']));
    await shortcutSettingsHandlers(db, invalidate)['settings:save-trigger']!({ trigger: '' }, sender);
    expect(await list(undefined, sender)).toEqual({ trigger: '', shortcuts: [] });
  });

  it('follows the interface language', async () => {
    const { shortcuts } = (await shortcutListHandlers(db, 'en').handlers['shortcuts:get']!(undefined, sender))!;
    expect(shortcuts).toContain('thanks');
    expect(shortcuts).not.toContain('gracias');
  });

  it('keeps the list a few seconds for the many frames that ask, until something changes', async () => {
    const { handlers, invalidate } = shortcutListHandlers(db, 'es', 60_000);
    const list = handlers['shortcuts:get']!;
    const first = await list(undefined, sender);
    await shortcutSettingsHandlers(db)['settings:save-trigger']!({ trigger: '!' }, sender);
    expect(await list(undefined, sender)).toBe(first);
    invalidate();
    expect((await list(undefined, sender))!.trigger).toBe('!');
  });
});
