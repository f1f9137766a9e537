import { SiteMatchPattern as MatchPattern } from './lib/match-pattern';
import type { SiteAdapter } from './define-site';
import demoChat from './demo-chat';
import demoSocial from './demo-social';
import demoWebmail from './demo-webmail';
import crisp from './crisp';
import freshchat from './freshchat';
import freshdesk from './freshdesk';
import front from './front';
import gmail from './gmail';
import helpScout from './help-scout';
import hubspot from './hubspot';
import instagram from './instagram';
import intercom from './intercom';
import linkedin from './linkedin';
import livechat from './livechat';
import messenger from './messenger';
import metaBusinessSuite from './meta-business-suite';
import outlook from './outlook';
import protonMail from './proton-mail';
import tawkTo from './tawk-to';
import whatsapp from './whatsapp';
import x from './x';
import yahooMail from './yahoo-mail';
import zendesk from './zendesk';
import zohoDesk from './zoho-desk';

export type { SiteAdapter } from './define-site';

/** Every site Cordial supports. Adding a site = one file in this folder + one line here (a meta-test checks). */
export const SITES: readonly SiteAdapter[] = [
  // email
  gmail,
  outlook,
  yahooMail,
  protonMail,
  // social
  whatsapp,
  messenger,
  metaBusinessSuite,
  instagram,
  x,
  linkedin,
  // chat: help desks and live chats
  zendesk,
  intercom,
  freshdesk,
  freshchat,
  front,
  helpScout,
  livechat,
  crisp,
  tawkTo,
  zohoDesk,
  hubspot,
  // the bundled demo pages
  demoWebmail,
  demoSocial,
  demoChat,
];

/** The content script's manifest `matches`: the union of every adapter's patterns, never `<all_urls>`. */
export function contentScriptMatches(sites: readonly SiteAdapter[] = SITES): string[] {
  return [...new Set(sites.flatMap((site) => site.injectOn ?? site.matches))].sort();
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

/**
 * The adapter that recognises this document by its DOM fingerprint alone, whatever its URL: for pages on hosts the
 * manifest cannot list (Outlook on a company's own domain). On a site the agent opted into (utils/custom-sites) the
 * content script tries this first, so an opted-in OWA domain gets the Outlook adapter (its selectors and the
 * customer's name) rather than the generic one.
 */
export function detectSiteByFingerprint(doc: Document, sites: readonly SiteAdapter[] = SITES): SiteAdapter | undefined {
  for (const site of sites) {
    try {
      if (site.detect?.(doc)) return site;
    } catch {
      // A fingerprint that throws is a fingerprint that does not match.
    }
  }
  return undefined;
}

export function findSite(id: string): SiteAdapter | undefined {
  return SITES.find((site) => site.id === id);
}
