import { shortcutList } from '@/utils/shortcuts';
import { loadLibrary } from './library';
import type { CordialDb } from './schema';
import { getShortcutTrigger } from './settings';

/**
 * What a content script needs to recognise a typed shortcut: the trigger and the shortcut words, nothing else. The
 * replies themselves stay in the extension until the agent expands one (the sidebar renders and inserts it).
 */
export async function listShortcuts(db: CordialDb, lang: 'es' | 'en'): Promise<{ trigger: string; shortcuts: string[] }> {
  const trigger = await getShortcutTrigger(db);
  if (!trigger) return { trigger, shortcuts: [] };
  return { trigger, shortcuts: shortcutList((await loadLibrary(db, lang)).replies) };
}
