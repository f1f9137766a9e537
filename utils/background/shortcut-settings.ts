import { getShortcutTrigger, listShortcuts, saveShortcutTrigger, type CordialDb } from '@/utils/db';
import type { BackgroundProtocol, Handlers } from '@/utils/messaging';

/** The shortcut trigger, read and saved by Cordial's own pages (the options page); `onChange` tells the sidebars. */
export function shortcutSettingsHandlers(db: CordialDb, onChange: (trigger: string) => void = () => undefined): Handlers<BackgroundProtocol> {
  return {
    'settings:get-shortcuts': async () => ({ trigger: await getShortcutTrigger(db) }),
    'settings:save-trigger': async ({ trigger }) => {
      const result = await saveShortcutTrigger(db, trigger);
      if (result.ok) onChange(result.trigger);
      return result;
    },
  };
}

/** What content scripts may ask for: the trigger and the shortcut words, to recognise `;gracias` as it is typed. */
export function shortcutListHandlers(db: CordialDb, lang: 'es' | 'en'): Handlers<BackgroundProtocol> {
  return { 'shortcuts:get': () => listShortcuts(db, lang) };
}
