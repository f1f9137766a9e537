import { describe, expect, it } from 'vitest';
import { ReplyIndex, contextBoost, parseQuery, type SearchableReply } from './search';

const replies: SearchableReply[] = [
  { key: 'a', title: 'Devolución aceptada', body: 'Hemos aceptado su devolución.', channels: ['email'], tags: ['devolución'], situation: 'reembolso' },
  { key: 'b', title: 'Reembolso en curso', body: 'Su reembolso llegará en 5 días hábiles.', channels: ['chat'], tags: ['reembolso'], situation: 'reembolso' },
  { key: 'c', title: 'Saludo inicial', body: 'Hola, ¿en qué puedo ayudarle?', channels: ['chat', 'social'], shortcut: 'hola', situation: 'saludo' },
  { key: 'd', title: 'Reembolso por correo', body: 'Le confirmamos el reembolso de su pedido.', channels: ['email'], tags: ['reembolso'], situation: 'reembolso' },
];
const NOW = Date.UTC(2026, 10, 23);

describe('ReplyIndex', () => {
  const index = new ReplyIndex(replies);
  it('ignores accents and case', () => {
    expect(index.search('devolucion')[0]?.key).toBe('a');
    expect(index.search('DEVOLUCIÓN')[0]?.key).toBe('a');
  });
  it('tolerates typos', () => {
    expect(['b', 'd']).toContain(index.search('reembolzo')[0]?.key);
  });
  it('narrows the list', () => {
    expect(index.search('saludo').map((r) => r.key)).toEqual(['c']);
  });
  it('ranks the current channel first among similar matches', () => {
    expect(index.search('reembolso', { channel: 'email' })[0]?.key).toBe('d');
    expect(index.search('reembolso', { channel: 'chat' })[0]?.key).toBe('b');
  });
  it('lets the agent’s habits break ties', () => {
    const usage = new Map([['d', { uses: 40, lastUsedAt: NOW }]]);
    expect(index.search('reembolso', { usage, now: NOW })[0]?.key).toBe('d');
  });
  it('filters by #tag (accent-insensitive) and canal:', () => {
    expect(index.search('#devolucion').map((r) => r.key)).toEqual(['a']);
    expect(index.search('reembolso canal:chat').map((r) => r.key)).toEqual(['b']);
    expect(index.search('canal:social').map((r) => r.key)).toEqual(['c']);
  });
  it('shows favourites, then the most used for this channel, on an empty query', () => {
    const usage = new Map([['b', { uses: 10, lastUsedAt: NOW }]]);
    expect(index.search('', { channel: 'chat', favorites: new Set(['d']), usage, now: NOW }).map((r) => r.key)).toEqual(['d', 'b', 'c', 'a']);
  });
  it('updates in place on edits', () => {
    const live = new ReplyIndex(replies);
    live.upsert({ ...replies[2]!, title: 'Bienvenida' });
    live.remove('a');
    expect(live.size).toBe(3);
    expect(live.search('bienvenida').map((r) => r.key)).toEqual(['c']);
    expect(live.search('devolucion').map((r) => r.key)).not.toContain('a');
  });
});

describe('parseQuery and contextBoost', () => {
  it('splits filters from words', () => {
    expect(parseQuery('  #Envíos retraso canal:EMAIL ')).toEqual({ text: 'retraso', tags: ['envios'], channel: 'email' });
  });
  it('weighs channel over situation over habits, and forgets old use', () => {
    const r = replies[1]!;
    expect(contextBoost(r, { channel: 'chat' })).toBeGreaterThan(contextBoost(r, { situation: 'reembolso' }));
    const recent = contextBoost(r, { usage: new Map([['b', { uses: 5, lastUsedAt: NOW }]]), now: NOW });
    const old = contextBoost(r, { usage: new Map([['b', { uses: 5, lastUsedAt: NOW - 30 * 86_400_000 }]]), now: NOW });
    expect(recent).toBeGreaterThan(old);
  });
});
