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

/**
 * What content scripts may ask for: the trigger and the shortcut words, to recognise `;gracias` as it is typed. Every
 * frame asks as the agent focuses a reply box, so the answer is kept for a few seconds, and dropped (`invalidate`) as
 * soon as the library or the trigger changes.
 */
export function shortcutListHandlers(db: CordialDb, lang: 'es' | 'en', keepMs = 5_000): { handlers: Handlers<BackgroundProtocol>; invalidate(): void } {
  let cached: { at: number; list: ReturnType<typeof listShortcuts> } | undefined;
  return {
    handlers: {
      'shortcuts:get': () => {
        if (!cached || Date.now() - cached.at > keepMs) {
          const list = listShortcuts(db, lang);
          cached = { at: Date.now(), list };
          list.catch(() => cached?.list === list && (cached = undefined));
        }
        return cached.list;
      },
    },
    invalidate: () => (cached = undefined),
  };
}
