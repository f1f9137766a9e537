import { getShortcutTrigger, listShortcuts, saveShortcutTrigger, type CordialDb } from '@/utils/db';
import type { BackgroundProtocol, Handlers } from '@/utils/messaging';

/** The shortcut trigger, read and saved by Cordial's own pages (the options page). */
export function shortcutSettingsHandlers(db: CordialDb): Handlers<BackgroundProtocol> {
  return {
    'settings:get-shortcuts': async () => ({ trigger: await getShortcutTrigger(db) }),
    'settings:save-trigger': ({ trigger }) => saveShortcutTrigger(db, trigger),
  };
}

/** What content scripts may ask for: the trigger and the shortcut words, to recognise `;gracias` as it is typed. */
export function shortcutListHandlers(db: CordialDb, lang: 'es' | 'en'): Handlers<BackgroundProtocol> {
  return { 'shortcuts:get': () => listShortcuts(db, lang) };
}
