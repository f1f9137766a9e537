import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '@/protocols/builtin';
import type { Pack } from '@/protocols/types';
import { findByShortcut, foldShortcut, matchTrigger, normalizeTrigger, shortcutList } from './shortcuts';

const known = new Set(['gracias', 'hola', 'hola-breve', 'envios', '24h']);

describe('matchTrigger', () => {
  it('finds a known shortcut right before the caret, at the start or after a space, a bracket or a quote', () => {
    expect(matchTrigger(';gracias', ';', known)).toEqual({ length: 8, query: 'gracias', shortcut: 'gracias' });
    expect(matchTrigger('Buenos días.\n;hola', ';', known)).toEqual({ length: 5, query: 'hola', shortcut: 'hola' });
    expect(matchTrigger('(;24h', ';', known)?.shortcut).toBe('24h');
    expect(matchTrigger('dijo «;hola-breve', ';', known)?.shortcut).toBe('hola-breve');
  });

  it('forgives case and accents, and reports the folded shortcut', () => {
    expect(matchTrigger(';Envíos', ';', known)).toEqual({ length: 7, query: 'Envíos', shortcut: 'envios' });
    expect(matchTrigger(';GRACIAS', ';', known)?.shortcut).toBe('gracias');
  });

  it('gives the picker a query when the word is not (yet) a shortcut, or is empty', () => {
    expect(matchTrigger('Hola ;gr', ';', known)).toEqual({ length: 3, query: 'gr' });
    expect(matchTrigger('Hola ;', ';', known)).toEqual({ length: 1, query: '' });
    expect(matchTrigger(';', ';', known)).toEqual({ length: 1, query: '' });
  });

  it('ignores the trigger inside words, addresses and entities, after another trigger, and with spaces after it', () => {
    for (const text of ['http://a;b', 'hola;gracias', '&amp;', 'x;gracias', ';;gracias', '; gracias', ';gra cias', 'a;']) {
      expect(matchTrigger(text, ';', known), text).toBeNull();
    }
  });

  it('only looks at the last trigger before the caret', () => {
    expect(matchTrigger(';hola y ;gracias', ';', known)?.shortcut).toBe('gracias');
    expect(matchTrigger(';gracias y más', ';', known)).toBeNull();
  });

  it('works with a longer trigger, and an empty trigger turns everything off', () => {
    expect(matchTrigger('ver //gracias', '//', known)).toEqual({ length: 9, query: 'gracias', shortcut: 'gracias' });
    expect(matchTrigger('https://gracias', '//', known)).toBeNull();
    expect(matchTrigger(';gracias', '', known)).toBeNull();
  });

  it('does not take an overlong word for a shortcut', () => {
    expect(matchTrigger(`;${'a'.repeat(41)}`, ';', known)).toBeNull();
  });
});

describe('normalizeTrigger', () => {
  it('accepts one to three non-space symbols, trimmed, and the empty string (off)', () => {
    for (const ok of [';', '//', '!!', '#', '@@@', '\\', '¡', ' ; ']) expect(normalizeTrigger(ok), ok).toBe(ok.trim());
    expect(normalizeTrigger('')).toBe('');
  });

  it('refuses longer triggers, spaces inside, shortcut characters and non-strings', () => {
    for (const bad of [';;;;', '; ;', 'a', ';a', 'x1', '-', '_', ';ñ', 42, null, undefined, {}]) expect(normalizeTrigger(bad), String(bad)).toBeNull();
  });
});

describe('findByShortcut', () => {
  const replies = [
    { key: 'p:a', shortcut: 'gracias', channels: ['email'], packId: 'p' },
    { key: 'p:b', shortcut: 'Gracias', channels: ['chat'], packId: 'p' },
    { key: 'personal:c', shortcut: 'gracias', channels: ['chat'], packId: 'personal' },
    { key: 'p:d', shortcut: 'envíos', channels: ['chat'], packId: 'p' },
  ];

  it('prefers a reply for the channel, then the agent’s own', () => {
    expect(findByShortcut(replies, 'gracias', 'chat')?.key).toBe('personal:c');
    expect(findByShortcut(replies, 'gracias', 'email')?.key).toBe('p:a');
    expect(findByShortcut(replies, 'envios', 'chat')?.key).toBe('p:d');
    expect(findByShortcut(replies, 'nada', 'chat')).toBeUndefined();
  });

  it('lists each folded shortcut once', () => {
    expect(shortcutList(replies)).toEqual(['envios', 'gracias']);
  });
});

describe('the built-in packs', () => {
  it.each((BUILTIN_PACKS as Pack[]).map((p) => [p.locale, p] as const))('%s: every reply has a short, unique, typeable shortcut', (_locale, pack) => {
    const folded = pack.replies.map((r) => foldShortcut(r.shortcut ?? ''));
    expect(folded.every((s) => s.length >= 2 && s.length <= 20)).toBe(true);
    expect(new Set(folded).size).toBe(folded.length);
    for (const reply of pack.replies) expect(matchTrigger(`;${reply.shortcut}`, ';', new Set(folded))?.shortcut, reply.id).toBe(foldShortcut(reply.shortcut!));
  });
});
