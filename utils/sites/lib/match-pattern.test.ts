import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { SITES } from '../index';
import { pathGlob, SiteMatchPattern } from './match-pattern';

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

describe('pathGlob', () => {
  /** The RegExp the glob replaced: the reference for its semantics. */
  const oldGlob = (glob: string) => new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

  it('agrees with the RegExp it replaced on every short glob and path', () => {
    /** Every string over `alphabet` up to `max` characters, after a slash. */
    const all = (alphabet: string, max: number): string[] => {
      const out = [''];
      for (let k = 0; k < out.length; k++) if (out[k]!.length < max) for (const ch of alphabet) out.push(out[k] + ch);
      return out.map((s) => `/${s}`);
    };
    // Long enough for overlapping literals (`*ab*b*`), then with a character the RegExp had to escape.
    for (const [globs, paths] of [[all('ab*', 7), all('ab', 6)], [all('a.?*', 4), all('a.?', 4)]] as const) {
      for (const glob of globs) {
        const ours = pathGlob(glob);
        const theirs = oldGlob(glob);
        for (const path of paths) if (ours(path) !== theirs.test(path)) expect(ours(path), `${glob} ~ ${path}`).toBe(theirs.test(path));
      }
    }
  });

  it('reads each character of a long adversarial path at most once, however many stars (the regex took seconds)', () => {
    const glob = `/${'*aaab'.repeat(4)}${'*a'.repeat(20)}*b`;
    const path = `/${'aaab'.repeat(4)}${'a'.repeat(100_000)}`;
    let reads = 0;
    // A string stand-in that counts every character the matcher looks at: work, not time, so the test cannot flake.
    const counted = { length: path.length, charCodeAt: (k: number) => (reads++, path.charCodeAt(k)) } as unknown as string;
    expect(pathGlob(glob)(counted)).toBe(false);
    expect(reads).toBeLessThanOrEqual(path.length);
    expect(pathGlob(glob)(`${path}b`)).toBe(true);
    const pattern = new SiteMatchPattern(`https://*.example.com${glob}`);
    const start = performance.now();
    expect(pattern.includes(`https://app.example.com${path}?q=${'a'.repeat(1000)}`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(100);
  });
});
