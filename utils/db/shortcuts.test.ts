import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldShortcut } from '@/utils/shortcuts';
import { getSetting, getShortcutTrigger, listShortcuts, openDb, savePersonalReply, saveShortcutTrigger, setSetting, type CordialDb } from './index';

let db: CordialDb;
let n = 0;
beforeEach(() => {
  db = openDb(`cordial-shortcuts-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('shortcut trigger setting', () => {
  it('is ; until the agent saves another, and is saved trimmed', async () => {
    expect(await getShortcutTrigger(db)).toBe(';');
    expect(await saveShortcutTrigger(db, ' // ')).toEqual({ ok: true, trigger: '//' });
    expect(await getShortcutTrigger(db)).toBe('//');
  });

  it('refuses an invalid trigger and keeps the previous one', async () => {
    await saveShortcutTrigger(db, '!!');
    for (const bad of ['abc', ';;;;', '; ;', 7, null]) expect(await saveShortcutTrigger(db, bad)).toEqual({ ok: false, reason: 'invalid' });
    expect(await getShortcutTrigger(db)).toBe('!!');
  });

  it('an empty trigger is a valid choice: expansion off', async () => {
    expect(await saveShortcutTrigger(db, '')).toEqual({ ok: true, trigger: '' });
    expect(await getShortcutTrigger(db)).toBe('');
    expect(await listShortcuts(db, 'es')).toEqual({ trigger: '', shortcuts: [] });
  });

  it('a stored value that is no longer valid reads as the default', async () => {
    await setSetting(db, 'shortcutTrigger', 'abc');
    expect(await getSetting(db, 'shortcutTrigger')).toBe('abc');
    expect(await getShortcutTrigger(db)).toBe(';');
  });
});

describe('listShortcuts', () => {
  it('gives the trigger and the folded shortcuts of the whole library, the agent’s own included, and no reply text', async () => {
    await savePersonalReply(db, { title: 'Talla', body: 'Le cambiamos la talla.', situation: 'informacion', channels: ['chat'], shortcut: 'Talla' });
    const { trigger, shortcuts } = await listShortcuts(db, 'es');
    expect(trigger).toBe(';');
    expect(shortcuts).toContain('gracias');
    expect(shortcuts).toContain(foldShortcut('envíos'));
    expect(shortcuts).toContain('talla');
    expect(JSON.stringify(shortcuts)).not.toMatch(/cambiamos|Gracias por/);
  });
});
