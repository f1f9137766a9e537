import { describe, expect, it } from 'vitest';
import { ReplyIndex, type SearchableReply } from './search';

const replies: SearchableReply[] = [
  { key: 'a', title: 'Devolución aceptada', body: 'Hemos aceptado su devolución.', channels: ['email'], tags: ['devolucion'] },
  { key: 'b', title: 'Reembolso en curso', body: 'Su reembolso llegará en 5 días hábiles.', channels: ['chat'], tags: ['reembolso'] },
  { key: 'c', title: 'Saludo inicial', body: 'Hola, ¿en qué puedo ayudarle?', channels: ['chat', 'social'], shortcut: 'hola' },
];

describe('ReplyIndex', () => {
  const index = new ReplyIndex(replies);
  it('ignores accents and case', () => {
    expect(index.search('devolucion')[0]?.key).toBe('a');
    expect(index.search('DEVOLUCIÓN')[0]?.key).toBe('a');
  });
  it('tolerates typos', () => {
    expect(index.search('reembolzo')[0]?.key).toBe('b');
  });
  it('narrows the list', () => {
    expect(index.search('saludo').map((r) => r.key)).toEqual(['c']);
  });
  it('puts the current channel first for an empty query', () => {
    expect(index.search('', 'social').map((r) => r.key)).toEqual(['c', 'a', 'b']);
  });
});
