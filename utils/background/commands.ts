import { browser, type Browser } from 'wxt/browser';
import { sendToSidebars, sendToTab } from '@/utils/messaging';
import { SITES, siteMatchesUrl } from '@/utils/sites';

/** The manifest's `commands` key: Alt+Shift+C by default, changeable in chrome://extensions/shortcuts. */
export const OPEN_SIDEBAR_COMMAND = 'open-sidebar';

export type CommandOutcome = 'sidebar' | 'browser-sidebar' | 'none';

interface BrowserSidebars {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the browser's own side panel (Chrome) or sidebar (Firefox) on `tabId`. Both only open inside the user gesture
 * of the shortcut, which an `await` ends: call this before awaiting anything.
 */
function openBrowserSidebar(tabId: number): boolean {
  const { sidePanel, sidebarAction } = browser as unknown as BrowserSidebars;
  const opening = sidePanel?.open ? sidePanel.open({ tabId }) : sidebarAction?.open?.();
  if (!opening) return false;
  opening.catch(() => undefined);
  return true;
}

/**
 * The keyboard command: on a page where Cordial docks its sidebar, expand it (if collapsed) and put the caret in its
 * search box; on any other tab, open the browser's side panel with the same sidebar. Never throws.
 */
export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<CommandOutcome> {
  if (command !== OPEN_SIDEBAR_COMMAND) return 'none';
  // Decided synchronously, from the address alone: the side panel can only open before the first await. A site the
  // agent turned Cordial on for is not in SITES and gets the side panel, which serves it just as well.
  const url = tab?.url;
  if (tab?.id !== undefined && url && !SITES.some((site) => siteMatchesUrl(site, url)) && openBrowserSidebar(tab.id)) return 'browser-sidebar';
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []))[0];
  if (target?.id === undefined) return 'none';
  // A page Cordial serves (it has a context) unfolds its sidebar and focuses the iframe; then the sidebar, focused, can
  // focus its own search box.
  if (await sendToTab(target.id, 'context:get', undefined).catch(() => null)) {
    await sendToTab(target.id, 'sidebar:set-collapsed', { collapsed: false });
    await sendToSidebars('sidebar:focus-search', { tabId: target.id });
    return 'sidebar';
  }
  // No docked sidebar after all (the page predates the extension, say): try the panel; past the gesture the browser
  // may refuse, which changes nothing.
  openBrowserSidebar(target.id);
  return 'none';
}
