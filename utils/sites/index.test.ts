import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CHANNELS } from '@/protocols/types';
import { SITES, contentScriptExcludes, contentScriptMatches, detectSite, siteMatchesUrl } from './index';

/** The content script always asks about its own document's address; happy-dom's document gets the same one. */
const byUrl = (url: string) => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  return detectSite(url, document)?.id;
};

describe('site registry', () => {
  it('has unique kebab-case ids, a known channel and valid match patterns', () => {
    const ids = SITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const site of SITES) {
      expect(site.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CHANNELS).toContain(site.channel);
      expect(site.matches.length).toBeGreaterThan(0);
      for (const pattern of [...site.matches, ...(site.excludeMatches ?? [])]) expect(() => new MatchPattern(pattern)).not.toThrow();
    }
  });

  it('generates manifest matches from the adapters and never <all_urls>', () => {
    const matches = contentScriptMatches();
    expect(matches).not.toContain('<all_urls>');
    expect(matches.some((m) => m.includes('*://*/*'))).toBe(false);
    for (const site of SITES) for (const pattern of site.injectOn ?? site.matches) expect(matches).toContain(pattern);
    expect(contentScriptExcludes()).toContain('https://mail.google.com/mail/mu/*');
  });

  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://outlook.live.com/mail/0/inbox', 'outlook'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.office365.com/mail/inbox', 'outlook'],
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://www.messenger.com/t/123', 'messenger'],
    ['https://www.facebook.com/messages/t/123', 'messenger'],
    ['https://acme.zendesk.com/agent/tickets/42', 'zendesk'],
    ['https://app.intercom.com/a/inbox/abc/inbox/conversation/1', 'intercom'],
    ['http://mail.demo.localhost:41234/', 'demo-webmail'],
    ['http://social.demo.localhost:8080/', 'demo-social'],
    ['http://chat.demo.localhost/', 'demo-chat'],
  ])('detects %s as %s', (url, id) => {
    expect(byUrl(url)).toBe(id);
  });

  it.each([
    'https://mail.google.com/mail/mu/mp/123/',
    'https://www.facebook.com/',
    'https://example.com/',
    'https://acme.zendesk.com/hc/es',
    'http://plain.localhost:8000/',
    'https://mail.demo.localhost/',
  ])('leaves %s alone', (url) => {
    expect(byUrl(url)).toBeUndefined();
  });

  it('injects wherever a site can be active: every activation pattern is covered by an injection pattern', () => {
    for (const site of SITES) {
      const inject = (site.injectOn ?? site.matches).map((p) => new MatchPattern(p));
      for (const pattern of site.matches) {
        const sample = pattern.replace('://*.', '://acme.').replace(/\*/g, 'x');
        expect(inject.some((p) => p.includes(sample)), `${site.id}: ${sample}`).toBe(true);
      }
    }
  });

  it('treats a DOM fingerprint that throws as no match', () => {
    const broken = { ...SITES[0]!, detect: () => { throw new Error('boom'); } };
    expect(detectSite('https://mail.google.com/mail/u/0/', document, [broken])).toBeUndefined();
    expect(siteMatchesUrl(broken, 'https://mail.google.com/mail/u/0/')).toBe(true);
  });

  it('every adapter answers [] on a page without composers and never throws', () => {
    document.body.innerHTML = '<main><p>Nada que responder</p></main>';
    for (const site of SITES) {
      expect(site.findComposers(document)).toEqual([]);
      expect(() => site.customerName?.(document)).not.toThrow();
    }
  });
});
