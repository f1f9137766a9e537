import { describe, expect, it } from 'vitest';
import { channelForHost } from './pack-hosts';

describe('channelForHost', () => {
  const rules = [
    { match: 'https://ayuda.example.com/*', channel: 'chat' as const },
    { match: 'not a pattern', channel: 'email' as const },
    { match: 'https://*.correo.example.org/*', channel: 'email' as const },
  ];
  it('gives the channel of the first rule that matches', () => {
    expect(channelForHost(rules, 'https://ayuda.example.com/tickets/1')).toBe('chat');
    expect(channelForHost(rules, 'https://eu.correo.example.org/inbox')).toBe('email');
  });
  it('answers nothing for other hosts, no rules, or broken patterns', () => {
    expect(channelForHost(rules, 'https://example.net/')).toBeUndefined();
    expect(channelForHost(undefined, 'https://ayuda.example.com/')).toBeUndefined();
  });
});
