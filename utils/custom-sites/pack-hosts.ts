import { SiteMatchPattern as MatchPattern } from '@/utils/sites/lib/match-pattern';
import type { Channel, HostRule } from '@/protocols/types';

/** The channel a pack's host rules give `url` (a team's own helpdesk, say), or undefined. Bad patterns never match. */
export function channelForHost(rules: readonly HostRule[] | undefined, url: string): Channel | undefined {
  for (const rule of rules ?? []) {
    try {
      if (new MatchPattern(rule.match).includes(url)) return rule.channel;
    } catch {
      // A pattern the browser would refuse is a rule that does not apply.
    }
  }
  return undefined;
}
