import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '@/protocols/builtin';
import type { Pack } from '@/protocols/types';
import { ReplyIndex } from '@/utils/search';
import { pickReplies } from './picker-results';

const es = BUILTIN_PACKS[0] as Pack;
const replies = es.replies.map((r) => ({ ...r, key: `cordial-es:${r.id}` }));
const index = new ReplyIndex(replies);
const ids = (query: string) => pickReplies(index, replies, query).map((r) => r.shortcut);

describe('pickReplies', () => {
  it('lists replies whose shortcut starts with the typed letters first, shortest first, accents forgiven', () => {
    expect(ids('gr')[0]).toBe('gracias');
    expect(ids('hola').slice(0, 2)).toEqual(['hola', 'hola-breve']);
    expect(ids('envi')[0]).toBe('envíos');
  });

  it('then what the search finds in titles and text, without repeats, at most six', () => {
    const found = ids('reembolso');
    expect(found[0]).toBe('reembolso');
    expect(found.length).toBeLessThanOrEqual(6);
    expect(new Set(found).size).toBe(found.length);
    expect(ids('paciencia')).toContain('paciencia');
  });

  it('the trigger alone lists the most used replies', () => {
    const usage = new Map([['cordial-es:cierre-chat', { uses: 30, lastUsedAt: Date.now() }]]);
    expect(pickReplies(index, replies, '', { usage })[0]!.shortcut).toBe('despedida');
  });
});
