import { sessionArea as session } from '@/utils/session-area';

/**
 * Which sidebar frames are Cordial's own. The sidebar page is web-accessible on supported sites (the content script
 * docks it in an iframe), so such a page could frame it too, hidden under its own buttons, and have the agent click
 * «Insertar» into a box the page reads. So each content script registers a fresh random key for its tab before it
 * docks the sidebar, and hands the key to its own iframe only (a message to the extension's origin, which the page
 * cannot read); a framed sidebar that cannot show the key learns no tab and stays empty.
 *
 * In `storage.session`: an MV3 service worker that sleeps and wakes still knows the key when the sidebar reloads, and
 * nothing survives the browser session. Content scripts cannot read that area (its default access level).
 */
const KEY = 'sidebarKeys';

type KeyMap = Record<string, string>;


async function read(): Promise<KeyMap> {
  const stored = await session().get(KEY);
  return (stored[KEY] as KeyMap | undefined) ?? {};
}

/** A key is 128 random bits in hex, as `randomKey` (utils/random-key.ts) makes; anything else is refused before it is stored or compared. */
export const isSidebarKey = (key: unknown): key is string => typeof key === 'string' && /^[0-9a-f]{32}$/.test(key);

/** The tab's top-frame content script is about to dock a sidebar: its key replaces the tab's previous one. */
export async function expectSidebar(tabId: number, key: unknown): Promise<boolean> {
  if (!isSidebarKey(key)) return false;
  const keys = await read();
  keys[String(tabId)] = key;
  await session().set({ [KEY]: keys });
  return true;
}

/** Whether a sidebar framed in `tabId` showed the key that tab's content script registered. */
export async function isOwnSidebar(tabId: number, key: unknown): Promise<boolean> {
  if (!isSidebarKey(key)) return false;
  return (await read())[String(tabId)] === key;
}

export async function forgetSidebarKey(tabId: number): Promise<void> {
  const keys = await read();
  if (!(String(tabId) in keys)) return;
  delete keys[String(tabId)];
  await session().set({ [KEY]: keys });
}

