import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const rule = { kind: 'emoji', max: { email: 0, chat: 1, social: 2 } };

describe('emoji', () => {
  it('allows none in email, one in chat, two on social', () => {
    expect(runRule(rule, 'Gracias 😊', { channel: 'email' }).state).toBe('fail');
    expect(runRule(rule, 'Gracias 😊', { channel: 'chat' }).state).toBe('pass');
    expect(runRule(rule, '¡Hola! 👋 Gracias 😊', { channel: 'chat' }).state).toBe('fail');
    expect(runRule(rule, '¡Hola! 👋 Gracias 😊', { channel: 'social' }).state).toBe('pass');
  });

  it('says the limit with the right number: «1 emoji», «2 emojis»', () => {
    expect(runRule(rule, '¡Hola! 👋 Gracias 😊', { channel: 'chat' }).message).toBe('Como máximo 1 emoji en este canal.');
    expect(runRule(rule, '👋 😊 🎉', { channel: 'social' }).message).toBe('Como máximo 2 emojis en este canal.');
  });

  it('counts a ZWJ sequence, a skin tone or a flag once, and emoticons too', () => {
    const f = runRule(rule, 'Hola 👩‍💻 👍🏽 🇪🇸 :) ', { channel: 'email' });
    expect(texts(f)).toEqual(['👩‍💻', '👍🏽', '🇪🇸', ':)']);
  });

  it('© and ®, times and links are not emoji', () => {
    expect(runRule(rule, '© Telepuppy® — a las 12:30 en https://x.es', { channel: 'email' }).state).toBe('pass');
  });
});
