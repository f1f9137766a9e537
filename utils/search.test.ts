import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import es from '@/protocols/builtin/es.json';
import en from '@/protocols/builtin/en.json';
import { FUSE_OPTIONS, MAX_RESULTS, ReplyIndex, applyLibraryEdit, contextBoost, parseQuery, type SearchableReply } from './search';

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

// ——— At scale: libraries made from the built-in packs' replies, varied so that no two are equal ———

const FILLERS = ['urgente', 'pedido', 'factura', 'envío', 'tienda', 'cuenta', 'garantía', 'cambio', 'tarifa', 'cita', 'order', 'store'];
function library(size: number): SearchableReply[] {
  const base = [...es.replies, ...en.replies] as Array<SearchableReply & { id: string }>;
  return Array.from({ length: size }, (_, i) => {
    const r = base[i % base.length]!;
    const w = FILLERS[i % FILLERS.length]!;
    return { ...r, key: `lib:${r.id}-${i}`, shortcut: i % 3 ? r.shortcut : undefined, title: `${r.title} (${w} ${i})`, body: `${r.body} ${w}` };
  });
}
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const named = (r: SearchableReply, word: string) => [r.shortcut ?? '', r.title, ...(r.tags ?? [])].some((t) => fold(t).includes(word));
const keys = (rs: SearchableReply[]) => rs.map((r) => r.key);

describe('ReplyIndex on 5,000 replies', () => {
  const lib = library(5_000);
  const index = new ReplyIndex(lib);

  it('ignores accents and case, and tolerates typos', () => {
    const unaccented = index.search('devolucion');
    expect(unaccented.length).toBeGreaterThan(20);
    expect(unaccented.slice(0, 20).every((r) => named(r, 'devolucion'))).toBe(true);
    expect(keys(index.search('DEVOLUCIÓN'))).toEqual(keys(unaccented));
    for (const typo of ['reembolzo', 'rembolso', 'reembolsso']) {
      const found = index.search(typo).slice(0, 20);
      expect(found, typo).toHaveLength(20);
      expect(found.every((r) => named(r, 'reembolso')), typo).toBe(true);
    }
    expect(named(index.search('refunt')[0]!, 'refund')).toBe(true);
  });

  it('finds a reply by a word it holds once, among thousands', () => {
    expect(index.search('4321')[0]?.key).toBe(lib[4321]!.key);
    expect(index.search('confianza')[0]?.title).toMatch(/^Gracias por su confianza/);
  });

  it('keeps, when more replies match than Fuse scores, the ones Fuse ranks first', () => {
    const fuse = new Fuse(lib, FUSE_OPTIONS);
    for (const q of ['cuenta', 'retraso pedido', 'garantia', 'encuesta', 'plazo', 'hola', 'gracias']) {
      const plain = fuse.search(q);
      expect(plain.length, q).toBeGreaterThan(MAX_RESULTS);
      expect(keys(index.search(q).slice(0, 10)), q).toEqual(plain.slice(0, 10).map((r) => r.item.key));
    }
  });

  it('answers one and two letters with word prefixes, best fields first, capped', () => {
    for (const q of ['h', 'ho', 'r', 'de']) {
      const found = index.search(q);
      expect(found, q).toHaveLength(MAX_RESULTS);
      const words = (r: SearchableReply) => fold([r.shortcut, r.title, ...(r.tags ?? []), r.body].join(' ')).split(/[^\p{L}\p{N}]+/u);
      expect(found.every((r) => words(r).some((w) => w.startsWith(q))), q).toBe(true);
      expect(found.slice(0, 10).every((r) => [r.shortcut ?? '', r.title].some((t) => fold(t).split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q)))), q).toBe(true);
    }
  });

  it('filters before it cuts, so a filter never empties a long list', () => {
    const fuse = new Fuse(lib, FUSE_OPTIONS);
    for (const [query, text, channel] of [['hola canal:email', 'hola', 'email'], ['gracias channel:social', 'gracias', 'social']] as const) {
      // Plain Fuse's 20 best matches in that channel (the pack's wording decides how strong they are).
      const strong = fuse.search(text).filter((r) => r.item.channels.includes(channel)).slice(0, 20);
      const found = index.search(query);
      expect(strong.length, query).toBeGreaterThan(0);
      expect(found.every((r) => r.channels.includes(channel)), query).toBe(true);
      expect(keys(found), query).toEqual(expect.arrayContaining(strong.map((r) => r.item.key)));
    }
    const tagged = index.search('#devolucion plazo');
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.every((r) => r.tags?.some((t) => fold(t) === 'devolucion'))).toBe(true);
    const onlyTag = index.search('#reembolso canal:social');
    expect(onlyTag.length).toBeGreaterThan(0);
    expect(onlyTag.every((r) => r.channels.includes('social') && r.tags?.includes('reembolso'))).toBe(true);
  });

  it('ranks by context among similar matches: channel, then situation, then habits', () => {
    expect(index.search('reembolso', { channel: 'social' })[0]?.channels).toContain('social');
    expect(index.search('reembolso', { channel: 'chat' })[0]?.channels).toContain('chat');
    expect(index.search('r', { channel: 'social' })[0]?.channels).toContain('social');
    expect(index.search('plazo', { situation: 'no-es-posible' })[0]?.situation).toBe('no-es-posible');
    // A copy of the best match, far down the library, that the agent uses a lot.
    const best = index.search('reembolso')[0]!;
    const twin = lib.findLast((r) => r.title.startsWith(best.title.split(' (')[0]!) && r.shortcut === best.shortcut)!;
    const usage = new Map([[twin.key, { uses: 40, lastUsedAt: NOW }]]);
    expect(index.search('reembolso', { usage, now: NOW })[0]?.key).toBe(twin.key);
    expect(index.search('', { channel: 'chat', favorites: new Set([twin.key]), usage, now: NOW })[0]?.key).toBe(twin.key);
  });

  it('updates in place: an edit is found by its new words only, a removed reply never again', () => {
    const live = new ReplyIndex(lib);
    const edited: SearchableReply = { key: 'own:veggies', title: 'Zanahoria caducada', body: 'Texto de prueba.', channels: ['chat'] };
    live.upsert(edited);
    expect(live.size).toBe(5_001);
    expect(live.search('zanahoria')[0]?.key).toBe('own:veggies');
    live.upsert({ ...edited, title: 'Berenjena morada' });
    expect(live.size).toBe(5_001);
    expect(keys(live.search('zanahoria'))).not.toContain('own:veggies');
    expect(keys(live.search('berenjena'))[0]).toBe('own:veggies');
    live.remove('own:veggies');
    for (const q of ['berenjena', 'bere', 'b', 'be', 'prueba', '', 'canal:chat']) expect(keys(live.search(q)), q).not.toContain('own:veggies');

    // Removing most of the library compacts the index; nothing removed may come back.
    const removed = new Set(lib.filter((_, i) => i % 5 !== 0).map((r) => r.key));
    for (const key of removed) live.remove(key);
    expect(live.size).toBe(1_000);
    for (const q of ['reembolso', 'devolucion', 'gracias', 'h', 're', '', 'canal:email', '#plazo', 'retraso pedido']) {
      const found = keys(live.search(q));
      expect(found.length, q).toBeGreaterThan(0);
      expect(found.filter((key) => removed.has(key)), q).toEqual([]);
    }
    expect(live.search('4320')[0]?.key).toBe(lib[4320]!.key);
  });

  it('updates without rebuilding: 200 edits cost less than one build', () => {
    const start = performance.now();
    const live = new ReplyIndex(lib);
    const build = performance.now() - start;
    const editStart = performance.now();
    for (const r of lib.slice(0, 200)) live.upsert({ ...r, title: `${r.title} editado` });
    for (const r of lib.slice(200, 400)) live.remove(r.key);
    expect(performance.now() - editStart).toBeLessThan(build);
    expect(live.search('editado')).toHaveLength(MAX_RESULTS);
  });
});

describe('ReplyIndex recall on 2,000 replies', () => {
  const lib = library(2_000);
  const index = new ReplyIndex(lib);
  const fuse = new Fuse(lib, FUSE_OPTIONS);
  const QUERIES = [
    'reembolso', 'rembolso', 'reembolzo', 'devolucion', 'devolución', 'retraso pedido', 'retraso en la entrega', 'gracias',
    'lo siento', 'plazo', 'plazo dias habiles', 'escalado', 'responsable', 'seguimiento', 'disculpa', 'molestias',
    'cierre', 'encuesta', 'saludo', 'hola', 'datos', 'privado', 'refund', 'refund request', 'sorry', 'delay', 'greeting',
    'survey', 'apology', 'manager', 'business hours', 'thanks', 'shipping',
  ];

  it('keeps every reply that Fuse alone scores ≤ 0.2, and Fuse’s own order at the top', () => {
    let strongTotal = 0;
    for (const q of QUERIES) {
      const plain = fuse.search(q);
      const strong = plain.filter((r) => r.score! <= 0.2).map((r) => r.item.key);
      strongTotal += strong.length;
      const found = keys(index.search(q));
      expect(strong.filter((key) => !found.includes(key)), q).toEqual([]);
      expect(found.slice(0, 10), q).toEqual(plain.slice(0, 10).map((r) => r.item.key));
    }
    expect(strongTotal).toBeGreaterThan(1_000); // not a vacuous sample
  }, 60_000); // plain Fuse is the slow part
});

describe('ReplyIndex kept up to date with applyLibraryEdit', () => {
  // Twins (the same reply text under several keys) tie in score: the order they come in must match a rebuild's too.
  const lib = library(3_000).map((r, i) => (i % 4 ? r : { ...r, title: r.title.replace(/ \(.*\)$/, '') }));
  // Words that edits take away (reply 25's number, the titles' words) as well as ones they bring.
  const QUERIES = ['reembolso', 'reembolzo', 'devolucion', 'retraso pedido', 'gracias', 'hola', 'editada', 'nuevo', '25', '125', 'h', 're', '', '#plazo', 'canal:chat', 'canal:email disculpa'];

  it('answers every query exactly as an index built afresh over the same replies', () => {
    const byKey = new Map(lib.map((r) => [r.key, r]));
    const live = new ReplyIndex([...byKey.values()]);
    const same = (step: string) => {
      const fresh = new ReplyIndex([...byKey.values()]);
      for (const q of QUERIES) expect(keys(live.search(q, { now: NOW })), `${step}: ${q}`).toEqual(keys(fresh.search(q, { now: NOW })));
      expect(keys(live.search('retraso', { channel: 'chat', now: NOW })), step).toEqual(keys(fresh.search('retraso', { channel: 'chat', now: NOW })));
    };
    const edited = (r: SearchableReply, n: number): SearchableReply => ({ ...r, title: `Respuesta editada ${n}`, body: `${r.body.slice(30)} Nuevo texto.`, tags: [] });

    applyLibraryEdit(byKey, live, { upsert: lib.slice(0, 40).map(edited) });
    same('edits');
    applyLibraryEdit(byKey, live, { upsert: lib.slice(100, 120) }); // saved again unchanged
    same('unchanged saves');
    applyLibraryEdit(byKey, live, { upsert: [{ key: 'own:nuevo', title: 'Reembolso nuevo', body: 'Hola, su reembolso.', channels: ['chat'] }] });
    same('a new reply');
    applyLibraryEdit(byKey, live, { remove: [lib[7]!.key], upsert: [{ ...lib[7]!, key: 'own:copia' }] }); // a personal copy
    same('a personal copy');
    applyLibraryEdit(byKey, live, { remove: lib.slice(200, 230).map((r) => r.key) });
    applyLibraryEdit(byKey, live, { upsert: lib.slice(200, 210) }); // undo of some deletes
    same('deletes and undos');
    applyLibraryEdit(byKey, live, { remove: lib.slice(1_000, 2_800).map((r) => r.key) }); // enough to compact
    applyLibraryEdit(byKey, live, { upsert: lib.slice(0, 20).map((r) => edited(r, 2)) });
    same('after compaction');
  });
});
