// Search speed per keystroke, Cordial's index against a plain `new Fuse(list, keys)`, on libraries made from the
// built-in packs' real replies (varied so no two are equal). Run by scripts/bench.mjs through jiti.
// Both are built before the clock starts, as the sidebar builds its index once, off the keystroke path; the index
// answers with its best MAX_RESULTS replies, the baseline with every match. An edit (the options page and the
// sidebar apply each `library:changed` in place) is timed on the 20,000-reply index.
import Fuse from 'fuse.js';
import es from '../../protocols/builtin/es.json';
import en from '../../protocols/builtin/en.json';
import { ReplyIndex, applyLibraryEdit, type SearchableReply } from '../../utils/search';

const QUERIES = ['reembolso', 'devolucion', 'retraso pedido', 'gracias', 'lo siento', 'plazo', 'escalado', 'refund', 'hola'];
const WORDS = ['urgente', 'pedido', 'factura', 'envío', 'tienda', 'cuenta', 'garantía', 'cambio', 'tarifa', 'cita'];

function library(size: number): SearchableReply[] {
  const base = [...es.replies, ...en.replies] as Array<SearchableReply & { id: string }>;
  return Array.from({ length: size }, (_, i) => {
    const r = base[i % base.length]!;
    const w = WORDS[i % WORDS.length]!;
    return { ...r, key: `lib:${r.id}-${i}`, title: `${r.title} ${w} ${i}`, body: `${r.body} (${w} ${i})` };
  });
}

/** Every prefix of every query: what the agent's keystrokes actually search. */
const keystrokes = QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

function time(fn: (q: string) => unknown): number[] {
  for (const q of keystrokes.slice(0, 10)) fn(q); // warm-up
  return keystrokes.map((q) => {
    const start = performance.now();
    fn(q);
    return performance.now() - start;
  });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * p) - 1)]!;
const round = (n: number) => Math.round(n * 100) / 100;

/** One reply reworded (title and body), then saved, in a 20,000-reply library: median of 50 after 10 warm-ups. */
function timeEdits(replies: SearchableReply[]): number {
  const byKey = new Map(replies.map((r) => [r.key, r]));
  const index = new ReplyIndex([...byKey.values()]);
  const times = Array.from({ length: 60 }, (_, i) => {
    const r = replies[(i * 7_919) % replies.length]!;
    const edited = { ...r, title: `${r.title.split(' ')[0]} revisado ${i}`, body: `${r.body.slice(20)} Texto revisado ${i}.` };
    const start = performance.now();
    applyLibraryEdit(byKey, index, { upsert: [edited] });
    return performance.now() - start;
  });
  return pct(times.slice(10), 0.5);
}

export function runSearchBench() {
  const small = new ReplyIndex(library(1_000));
  const big = new ReplyIndex(library(20_000));
  const baseline = new Fuse(library(20_000), { keys: ['shortcut', 'title', 'tags', 'body'] });
  return {
    search_p50_ms_1k: round(pct(time((q) => small.search(q, { channel: 'chat' })), 0.5)),
    search_p95_ms_20k: round(pct(time((q) => big.search(q, { channel: 'chat' })), 0.95)),
    search_baseline_p95_ms_20k: round(pct(time((q) => baseline.search(q)), 0.95)),
    search_edit_ms_20k: round(timeEdits(library(20_000))),
  };
}
