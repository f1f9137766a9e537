import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { SITES } from '../index';
import { SiteMatchPattern } from './match-pattern';

const URLS = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcg',
  'https://mail.google.com/chat/',
  'http://mail.google.com/mail/u/0/',
  'https://outlook.office.com/mail/inbox/id/AAQ',
  'https://outlook.live.com/mail/0/',
  'https://acme.zendesk.com/agent/tickets/12',
  'https://zendesk.com/agent/tickets/12',
  'https://evil-zendesk.com/agent/tickets/12',
  'https://acme.zendesk.com.evil.net/agent/tickets/12',
  'https://www.instagram.com/direct/inbox/',
  'https://www.instagram.com/p/abc/',
  'https://x.com/messages/123',
  'https://web.whatsapp.com/',
  'https://app.hubspot.com/live-messages/123',
  'http://chat.demo.localhost:5173/?x=1',
  'http://chat.demo.localhost/',
  'https://business.facebook.com/latest/inbox/all?asset_id=1',
  'ftp://mail.google.com/',
  'not a url',
];

describe('SiteMatchPattern', () => {
  it('agrees with WXT’s MatchPattern on every registry pattern and a set of tricky addresses', () => {
    const patterns = SITES.flatMap((s) => [...s.matches, ...(s.injectOn ?? []), ...(s.excludeMatches ?? [])]);
    expect(patterns.length).toBeGreaterThan(20);
    for (const pattern of patterns) {
      const ours = new SiteMatchPattern(pattern);
      const theirs = new MatchPattern(pattern);
      for (const url of URLS) {
        const expected = (() => {
          try {
            return theirs.includes(url);
          } catch {
            return false;
          }
        })();
        expect(ours.includes(url), `${pattern} ~ ${url}`).toBe(expected);
      }
    }
  });

  it('never lets a look-alike host through', () => {
    const p = new SiteMatchPattern('https://*.zendesk.com/agent/*');
    expect(p.includes('https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(p.includes('https://evil-zendesk.com/agent/tickets/1')).toBe(false);
    expect(p.includes('https://acme.zendesk.com.evil.net/agent/tickets/1')).toBe(false);
  });
});
