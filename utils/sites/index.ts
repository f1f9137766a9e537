import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteAdapter } from './define-site';
import demoChat from './demo-chat';
import demoSocial from './demo-social';
import demoWebmail from './demo-webmail';
import gmail from './gmail';
import intercom from './intercom';
import messenger from './messenger';
import outlook from './outlook';
import whatsapp from './whatsapp';
import zendesk from './zendesk';

export type { SiteAdapter } from './define-site';

/** Every site Cordial supports. Adding a site = one file in this folder + one line here (a meta-test checks). */
export const SITES: readonly SiteAdapter[] = [
  gmail,
  outlook,
  whatsapp,
  messenger,
  zendesk,
  intercom,
  demoWebmail,
  demoSocial,
  demoChat,
];

/** The content script's manifest `matches`: the union of every adapter's patterns, never `<all_urls>`. */
export function contentScriptMatches(sites: readonly SiteAdapter[] = SITES): string[] {
  return [...new Set(sites.flatMap((site) => site.matches))].sort();
}

/** Pages inside a supported host that Cordial must leave alone (e.g. Gmail's basic mobile view). */
export function contentScriptExcludes(sites: readonly SiteAdapter[] = SITES): string[] {
  return [...new Set(sites.flatMap((site) => site.excludeMatches ?? []))].sort();
}

const compiled = new WeakMap<SiteAdapter, { include: MatchPattern[]; exclude: MatchPattern[] }>();

function patternsOf(site: SiteAdapter) {
  let entry = compiled.get(site);
  if (!entry) {
    entry = {
      include: site.matches.map((p) => new MatchPattern(p)),
      exclude: (site.excludeMatches ?? []).map((p) => new MatchPattern(p)),
    };
    compiled.set(site, entry);
  }
  return entry;
}

export function siteMatchesUrl(site: SiteAdapter, url: string): boolean {
  const { include, exclude } = patternsOf(site);
  return include.some((p) => p.includes(url)) && !exclude.some((p) => p.includes(url));
}

/**
 * The adapter for this page: host patterns first, then the adapter's DOM fingerprint when it has one. A broken
 * fingerprint never takes the page down: it just does not match.
 */
export function detectSite(url: string, doc: Document, sites: readonly SiteAdapter[] = SITES): SiteAdapter | undefined {
  for (const site of sites) {
    if (!siteMatchesUrl(site, url)) continue;
    if (!site.detect) return site;
    try {
      if (site.detect(doc)) return site;
    } catch {
      // A fingerprint that throws is a fingerprint that does not match.
    }
  }
  return undefined;
}

export function findSite(id: string): SiteAdapter | undefined {
  return SITES.find((site) => site.id === id);
}
