import { browser } from 'wxt/browser';
import type { Channel } from '@/protocols/types';

/**
 * Sites the agent turned Cordial on for (a company's own helpdesk, a webmail Cordial does not know). Each entry is
 * backed by an optional host permission the agent granted; removing the permission removes the entry.
 */
export interface CustomSite {
  /** `https://help.example.com` — an origin, no path. */
  origin: string;
  channel: Channel;
}

const KEY = 'customSites';

export async function listCustomSites(): Promise<CustomSite[]> {
  const stored = await browser.storage.local.get(KEY);
  const list = stored[KEY];
  return Array.isArray(list) ? (list as CustomSite[]).filter((s) => typeof s?.origin === 'string' && typeof s?.channel === 'string') : [];
}

export async function saveCustomSites(sites: CustomSite[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: sites });
}

export async function customSiteFor(origin: string): Promise<CustomSite | undefined> {
  return (await listCustomSites()).find((site) => site.origin === origin);
}

/** The match pattern of an origin's pages, as permissions and content-script registration want it. */
export function originPattern(origin: string): string {
  return `${new URL(origin).origin}/*`;
}

/** Only web pages can be turned on: not extension pages, files or the browser's own. */
export function isEnablableUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
