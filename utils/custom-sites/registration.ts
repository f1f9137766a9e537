import { LAZY_CONTENT_PARTS } from '@/utils/content/lazy-parts';
import { browser } from 'wxt/browser';
import type { Channel } from '@/protocols/types';
import { listCustomSites, originPattern, saveCustomSites, type CustomSite } from './store';

const SCRIPT_ID = 'cordial-custom-sites';

type Scripting = {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  registerContentScripts(scripts: Array<Record<string, unknown>>): Promise<void>;
  executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
};

function scripting(): Scripting | undefined {
  return (browser as unknown as { scripting?: Scripting }).scripting;
}

/**
 * Makes the registered content scripts match exactly the custom sites whose permission is still granted. Called on
 * every change and at startup, so a permission revoked in the browser's settings switches the site off.
 */
export async function syncCustomSiteScripts(): Promise<CustomSite[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const sites = (await listCustomSites()).filter((site) => granted.includes(originPattern(site.origin)));
  await saveCustomSites(sites);
  const api = scripting();
  if (!api) return sites;
  const existing = await api.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await api.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (sites.length) {
    await api.registerContentScripts([
      { id: SCRIPT_ID, matches: sites.map((s) => originPattern(s.origin)), js: [...LAZY_CONTENT_PARTS, 'content-scripts/copilot.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return sites;
}

/** Turns Cordial on for `origin` (permission already granted by the agent) and starts it in the open tab. */
export async function enableCustomSite(origin: string, channel: Channel, tabId?: number): Promise<{ ok: boolean; reason?: 'no-permission' }> {
  const pattern = originPattern(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return { ok: false, reason: 'no-permission' };
  const sites = (await listCustomSites()).filter((s) => s.origin !== new URL(origin).origin);
  sites.push({ origin: new URL(origin).origin, channel });
  await saveCustomSites(sites);
  await syncCustomSiteScripts();
  // Into the tab the agent asked from, if it still shows that site: it may have moved on to another granted origin.
  if (tabId !== undefined && (await tabOrigin(tabId)) === new URL(origin).origin) {
    await scripting()?.executeScript({ target: { tabId, allFrames: true }, files: [...LAZY_CONTENT_PARTS, 'content-scripts/copilot.js'] }).catch(() => undefined);
  }
  return { ok: true };
}

/** The origin a tab shows now (readable with the site's host permission), or undefined. */
async function tabOrigin(tabId: number): Promise<string | undefined> {
  const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** Turns Cordial off for `origin` and gives the permission back. */
export async function disableCustomSite(origin: string): Promise<void> {
  await saveCustomSites((await listCustomSites()).filter((s) => s.origin !== new URL(origin).origin));
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  await syncCustomSiteScripts();
}
