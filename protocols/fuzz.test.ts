/**
 * Fuzzing the pack pipeline: 1,200+ malformed and hostile packs, generated from a fixed seed (set FUZZ_SEED to explore
 * others), go through parsePack/validatePack and, when accepted, installPack into fake-indexeddb. Every case must be
 * either rejected with at least one message (and the database left exactly as it was) or installed cleanly and
 * completely (stored reply count = the pack's, the stored pack reads back identical); nothing may throw, take longer
 * than its time budget, or touch Object.prototype; and every regex that validation accepts must be one the tone engine
 * admits too (run against adversarial drafts to prove it).
 */
import { describe, expect, it } from 'vitest';
import { openDb, type CordialDb } from '@/utils/db';
import { installPack, readWholePack } from '@/utils/packs/install';
import { checkDraft, checkPattern } from '@/utils/tone';
import { BUILTIN_PACKS } from './builtin';
import { starterPack } from './starter';
import { CHANNELS, type Pack } from './types';
import { parsePack, validatePack, type ValidationResult } from './validate';

const SEED = Number(process.env.FUZZ_SEED ?? 20_251_123);

/** Mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}
type Rng = ReturnType<typeof rng>;

type Input = { text: string } | { value: unknown };
interface Case {
  id: string;
  lang: 'es' | 'en';
  make: () => Input;
  /** Must be rejected (duplicate ids, newer schema, not an object…). */
  mustReject?: boolean;
  /** An accepted case must report an issue whose path matches (a dropped `__proto__` key is never silent). */
  mustReport?: RegExp;
  /** Validation and install budgets, ms. Generous: the machine is shared; a hang is orders of magnitude longer. */
  budget?: { validate: number; install: number };
}

const BUDGET = { validate: 3_000, install: 5_000 };
const TONE_BUDGET_MS = 3_000;
const MB = 'ab\u00f1 '.repeat(262_144); // 1 MiB of characters

type Key = string | number;
const clone = <T>(value: T): T => structuredClone(value);
/** A copy of something a mutation may already have filled with functions or symbols (which cannot be cloned). */
const duplicate = (value: unknown): unknown => {
  try {
    return structuredClone(value);
  } catch {
    return value && typeof value === 'object' ? { ...value } : value;
  }
};
const bases: Pack[] = [starterPack('es'), starterPack('en'), BUILTIN_PACKS[0] as Pack];
const basePack = (r: Rng) => clone(r.next() < 0.85 ? bases[r.int(2)]! : bases[2]!);

/** Every path in a JSON tree, iteratively (a hostile tree is never recursed into). */
function pathsOf(root: unknown, want: (v: unknown) => boolean = () => true): Key[][] {
  const out: Key[][] = [];
  const stack: { value: unknown; path: Key[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (path.length && want(value)) out.push(path);
    if (value && typeof value === 'object' && path.length < 12) {
      for (const key of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return out;
}
const parentOf = (root: unknown, path: Key[]) => path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], root) as Record<Key, unknown>;
const setAt = (root: unknown, path: Key[], value: unknown) => (parentOf(root, path)[path[path.length - 1]!] = value);
const isObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);

const WRONG: (() => unknown)[] = [
  () => null,
  () => 0,
  () => -1,
  () => 1.5,
  () => 2 ** 53 + 1,
  () => '',
  () => '   ',
  () => 'x',
  () => true,
  () => [],
  () => [[]],
  () => ({}),
  () => ({ a: 1 }),
  () => '1',
  () => ['email'],
  () => 'Chat',
];
const WRONG_VALUES_ONLY: (() => unknown)[] = [
  () => undefined,
  () => NaN,
  () => Infinity,
  () => -0,
  () => () => 1,
  () => Symbol('s'),
  () => 10n,
  () => new Date(0),
  () => new Map([['a', 1]]),
  () => new Array(3),
  () => Object.create(null),
  () => Object.assign(Object.create({ inherited: true }), { own: 1 }),
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
const PROTO_VALUES = [{ polluted: true }, { prototype: { polluted: true } }, { __proto__: null, polluted: 'yes' }, 'polluted', [{ polluted: true }]];
const SURROGATES = ['\ud800', '\udfff', 'a\ud83d', '\ude00b', '\udc00\ud800', 'x\ud800\ud800y'];
const HOSTILE_TEXT = ['<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', '\u202eevil', '\u0000', '{{cliente', '}}{{', 'javascript:alert(1)', '\r\n\r\n'];
const EVIL_PATTERNS = [
  '(a+)+$',
  '(a*)*b',
  '(a|aa)+$',
  '(a|a?)+',
  '(.*a){12}',
  '^(\\w+\\s?)*$',
  '([a-zA-Z]+)*$',
  '(x+x+)+y',
  '(a?){30}a{30}',
  '(?:a+)+',
  '(\\d+)*\\.',
  '((ab)*)+c',
  '(.*)*x',
  '\\b(\\w+)\\s+\\1\\b',
  '(?<w>a)\\k<w>',
  '.*.*.*=.*',
  '(a|b|ab)*c',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(\\s*,\\s*)*$',
  '[\\s\\S]*[\\s\\S]*x',
  '(?=(a+))+b',
  '((a{1,30}){1,30}){1,30}',
  '(\\p{L}+)+$',
  'a{0,100000}a{0,100000}b',
  '(', '[', '\\', '*a', 'a**', '(?<=a+)b', '\\u{110000}', '(?<n>a)(?<n>b)',
];
const SAFE_PATTERNS = ['hola', '\\bgracias\\b', '¿(?:nos|me) confirma', '\\d{1,3} d[ií]as', '^Hola', 'ñandú', '\\p{Lu}\\p{Ll}+', 'reembolso(?:s)?'];
const FLAGS = ['', '', 'i', 'u', 'iu', 'ims', 'g', 'y', 'x', 'uu'];
const ADVERSARIAL_DRAFTS = [
  `${'a'.repeat(3000)}!`,
  `${'a '.repeat(1500)}!`,
  `${'x'.repeat(2000)}y`,
  '='.repeat(2000),
  `${'ab'.repeat(1500)}c`,
  `${'Hola, '.repeat(400)}\n${'aaaa,'.repeat(400)}`,
  `Hola María:\n\n${'Lamento mucho el retraso. '.repeat(200)}\n\nUn saludo,\nAna`,
];

/** Sets a string marker in the tree, serialises, and swaps the marker for raw JSON text (or raw characters). */
function withRaw(root: unknown, path: Key[], raw: string): string {
  const marker = `zz-marker-${Math.random().toString(36).slice(2)}`;
  setAt(root, path, marker);
  return JSON.stringify(root).replace(`"${marker}"`, () => raw);
}

function addPatterns(pack: Pack, r: Rng, count: number) {
  const patterns = Array.from({ length: count }, () => (r.next() < 0.6 ? r.pick(EVIL_PATTERNS) : r.pick(SAFE_PATTERNS)));
  if (r.next() < 0.5 && pack.protocols.length) {
    const protocol = r.pick(pack.protocols);
    const step = r.pick(protocol.steps);
    step.detectors = [...(step.detectors ?? []), ...patterns.slice(0, 20).map((pattern) => ({ kind: 'pattern' as const, pattern, flags: r.pick(FLAGS) }))].slice(-20);
  } else {
    const flags = r.pick(FLAGS);
    pack.toneRules.push({
      id: `fuzz-rule-${r.int(1e6)}`,
      label: 'Fuzz',
      explanation: 'Fuzz',
      detector: { kind: r.pick(['lexicon-present', 'phrase-absent', 'jargon', 'offer-help']), phrases: ['hola'], patterns, ...(flags ? { flags } : {}) },
    });
  }
}

/** One random value-level mutation of a pack tree, in place; skipped when an earlier one broke what it needs. */
function mutate(pack: Pack, r: Rng, valuesOnly: boolean) {
  try {
    mutateOnce(pack, r, valuesOnly);
  } catch {
    // e.g. adding a pattern to a step that an earlier mutation turned into a number
  }
}

function mutateOnce(pack: Pack, r: Rng, valuesOnly: boolean) {
  const roll = r.int(7);
  const all = pathsOf(pack);
  const path = r.pick(all);
  if (roll === 0) setAt(pack, path, r.pick(valuesOnly ? [...WRONG, ...WRONG_VALUES_ONLY] : WRONG)());
  else if (roll === 1) {
    const parent = parentOf(pack, path);
    if (Array.isArray(parent)) parent.splice(path[path.length - 1] as number, 1);
    else delete parent[path[path.length - 1]!];
  } else if (roll === 2) {
    const strings = pathsOf(pack, (v) => typeof v === 'string');
    if (strings.length) setAt(pack, r.pick(strings), r.pick([...SURROGATES, ...HOSTILE_TEXT]) + (r.next() < 0.5 ? 'ok' : ''));
  } else if (roll === 3) addPatterns(pack, r, 1 + r.int(4));
  else if (roll === 4) {
    const lists: unknown[] = [pack.replies, pack.protocols, pack.toneRules, Array.isArray(pack.protocols) ? pack.protocols[0]?.steps : undefined];
    const list = r.pick(lists.filter((l): l is unknown[] => Array.isArray(l)));
    if (list?.length) list.push(duplicate(r.pick(list)));
  } else if (roll === 5) {
    const objects = pathsOf(pack, isObject);
    if (objects.length) {
      const target = parentOf(pack, [...r.pick(objects), '']);
      Object.defineProperty(target, r.pick(PROTO_KEYS), { value: clone(r.pick(PROTO_VALUES)), enumerable: true, configurable: true, writable: true });
    }
  } else {
    const numbers = pathsOf(pack, (v) => typeof v === 'number');
    if (numbers.length) setAt(pack, r.pick(numbers), r.pick([0, -5, 1.25, 3_000_000, 8, 2 ** 31]));
  }
}

function generate(seed: number): Map<string, Case[]> {
  const r = rng(seed);
  const families = new Map<string, Case[]>();
  let n = 0;
  const add = (family: string, make: () => Input, extra: Partial<Case> = {}) => {
    const list = families.get(family) ?? [];
    list.push({ id: `${family}#${n}`, lang: n++ % 2 ? 'en' : 'es', make, ...extra });
    families.set(family, list);
  };
  // Each case draws its own seed now, so building it later (lazily, to keep memory low) stays deterministic.
  const seeded = (family: string, count: number, build: (r: Rng) => Input, extra: Partial<Case> = {}) => {
    for (let i = 0; i < count; i++) {
      const s = r.int(2 ** 31);
      add(family, () => build(rng(s)), extra);
    }
  };
  const asInput = (pack: unknown, r: Rng): Input => (r.next() < 0.5 ? { value: pack } : { text: JSON.stringify(pack) });

  seeded('wrong-type', 300, (r) => {
    const pack = basePack(r);
    const valuesOnly = r.next() < 0.4;
    setAt(pack, r.pick(pathsOf(pack)), r.pick(valuesOnly ? [...WRONG, ...WRONG_VALUES_ONLY] : WRONG)());
    return valuesOnly ? { value: pack } : { text: JSON.stringify(pack) };
  });
  seeded('missing-key', 80, (r) => {
    const pack = basePack(r);
    const path = r.pick(pathsOf(pack, () => true).filter((p) => typeof p[p.length - 1] === 'string'));
    delete parentOf(pack, path)[path[path.length - 1]!];
    return asInput(pack, r);
  });
  seeded('prototype-keys', 100, (r) => {
    const pack = basePack(r);
    const objects = [[] as Key[], ...pathsOf(pack, isObject)];
    const target = r.pick(objects);
    const key = r.pick(PROTO_KEYS);
    const value = clone(r.pick(PROTO_VALUES));
    if (r.next() < 0.5) {
      Object.defineProperty(target.length ? parentOf(pack, [...target, '']) : pack, key, { value, enumerable: true, configurable: true, writable: true });
      return { value: pack };
    }
    const marker = `zz-proto-${r.int(1e9)}`;
    (target.length ? parentOf(pack, [...target, '']) : (pack as unknown as Record<string, unknown>))[marker] = value;
    return { text: JSON.stringify(pack).replace(`"${marker}"`, JSON.stringify(key)) };
  }, { mustReport: /(^|\.)(__proto__|constructor|prototype)$/ });
  seeded('huge-string', 40, (r) => {
    const pack = basePack(r);
    const strings = pathsOf(pack, (v) => typeof v === 'string');
    const where = r.next() < 0.3 ? ['toneRules', 0, 'detector', 'note'] : r.pick(strings);
    if (where[0] === 'toneRules' && !pack.toneRules.length) return { text: MB };
    setAt(pack, where, MB);
    return asInput(pack, r);
  });
  seeded(
    'deep-nesting',
    24,
    (r) => {
      const depth = 10_000;
      const open = r.pick(['[', '{"a":', '{"__proto__":']);
      const close = open === '[' ? ']' : '}';
      const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
      if (r.next() < 0.2) return { text: nested };
      const pack = basePack(r);
      if (r.next() < 0.3) {
        // Built in a loop, never recursively: the harness must not blow its own stack either.
        let deep: unknown = 1;
        for (let i = 0; i < depth; i++) deep = { a: deep };
        const where = r.next() < 0.5 && pack.toneRules.length ? ['toneRules', 0, 'detector', 'deep'] : r.pick(pathsOf(pack));
        setAt(pack, where, deep);
        return { value: pack };
      }
      const where = r.next() < 0.5 && pack.toneRules.length ? ['toneRules', 0, 'detector', 'deep'] : r.pick(pathsOf(pack));
      return { text: withRaw(pack, where, nested) };
    },
  );
  seeded('lone-surrogates', 60, (r) => {
    const pack = basePack(r);
    const where = r.pick(pathsOf(pack, (v) => typeof v === 'string'));
    const bad = r.pick(SURROGATES);
    if (r.next() < 0.3) return { text: withRaw(pack, where, `"${bad}"`) }; // raw unpaired UTF-16 in the text itself
    if (r.next() < 0.5) return { text: withRaw(pack, where, JSON.stringify(bad)) }; // escaped: "\ud800"
    setAt(pack, where, `${bad}${r.pick(['', ' texto', '-id'])}`);
    return { value: pack };
  });
  seeded('regex', 100, (r) => {
    const pack = basePack(r);
    addPatterns(pack, r, r.next() < 0.15 ? 20 + r.int(60) : 1 + r.int(3));
    return asInput(pack, r);
  });
  seeded(
    'duplicate-ids',
    40,
    (r) => {
      const pack = basePack(r);
      const lists = [pack.replies, pack.protocols, pack.toneRules, r.pick(pack.protocols).steps] as { id: string }[][];
      const list = r.pick(lists.filter((l) => l.length > 0));
      const copy = clone(r.pick(list));
      if (r.next() < 0.5) (copy as Record<string, unknown>).title = 'Otra';
      list.splice(r.int(list.length + 1), 0, copy);
      return asInput(pack, r);
    },
    { mustReject: true },
  );
  for (const version of ['2', '99', '1.5', '"1"', '-1', '0', 'null', '1e400', '[1]', '{"v":1}', 'true', '2.0']) {
    add('schema-version', () => ({ text: JSON.stringify(bases[0]).replace('"schemaVersion":1', `"schemaVersion":${version}`) }), { mustReject: true });
  }
  add('schema-version', () => ({ text: JSON.stringify({ ...bases[0], schemaVersion: undefined }) }), { mustReject: true });
  add('schema-version', () => ({ value: { ...bases[0], schemaVersion: 2, replies: 'not even a list' } }), { mustReject: true });
  for (const text of ['', ' ', '\n', 'null', 'true', 'false', '42', '-0', '"pack"', '[]', '[{}]', '[null]', 'NaN', 'Infinity', '-Infinity', 'undefined', '{', '}', '{"a":}', '\u0000', '\uFEFF', '\uFEFF\uFEFF{}', '{}', '{"schemaVersion":1}', "{'id':'x'}", '{"id":"x",}', '/* c */ {}']) {
    add('not-a-pack', () => ({ text }), { mustReject: true });
  }
  for (const make of [...WRONG, ...WRONG_VALUES_ONLY, () => [bases[0]], () => new Proxy({}, {})]) add('not-a-pack', () => ({ value: make() }), { mustReject: true });
  // The one that passes: a frozen pack (validation copies, never writes into its input).
  add('not-a-pack', () => ({ value: Object.freeze(clone(bases[0])!) }));
  seeded('nan-infinity', 40, (r) => {
    const pack = basePack(r);
    const numbers = pathsOf(pack, (v) => typeof v === 'number');
    const raw = r.pick(['NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '1e-400', '-0', '9007199254740993', '0x10', '01', '+1', '.5', '1.0', '2e3']);
    return { text: withRaw(pack, r.pick(numbers), raw) };
  });
  for (const pretty of [0, 2]) add('bom', () => ({ text: `\uFEFF${JSON.stringify(bases[pretty / 2]!, null, pretty)}` }));
  seeded('bom', 10, (r) => {
    const pack = basePack(r);
    if (r.next() < 0.5) mutate(pack, r, false);
    return { text: `${r.pick(['\uFEFF', '\uFEFF', '\uFEFF\uFEFF', ' \uFEFF'])}${JSON.stringify(pack, null, r.pick([0, 2]))}` };
  });
  seeded('broken-text', 80, (r) => {
    const text = JSON.stringify(basePack(r), null, r.pick([0, 1, 2]));
    const at = r.int(text.length);
    if (r.next() < 0.5) return { text: text.slice(0, at) };
    const junk = r.pick(['{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', '\ud800', 'NaN', '//']);
    return { text: text.slice(0, at) + junk + text.slice(at + r.int(3)) };
  });
  seeded('odd-values', 40, (r) => {
    const pack = basePack(r) as unknown as Record<string, unknown>;
    const roll = r.int(5);
    if (roll === 0) pack.replies = Object.assign(new Array(((pack.replies as unknown[]).length) + 2), pack.replies);
    else if (roll === 1) (pack.replies as Record<string, unknown>[])[0]!.channels = new Array(2);
    else if (roll === 2) Object.setPrototypeOf(pack, null);
    else if (roll === 3) pack.protocols = Object.assign([...(pack.protocols as unknown[])], { extra: 'prop', 5: undefined });
    else (pack.toneRules as Record<string, unknown>[]).push({ id: 'fn-rule', label: 'F', explanation: 'F', detector: { kind: 'x', fn: () => 1, sym: Symbol('s'), big: 1n, date: new Date(0) } });
    return { value: pack };
  });
  seeded('mixed', 230, (r) => {
    const pack = basePack(r);
    const valuesOnly = r.next() < 0.4;
    for (let i = 1 + r.int(4); i > 0; i--) mutate(pack, r, valuesOnly);
    return valuesOnly ? { value: pack } : { text: JSON.stringify(pack) };
  });
  // 100,000 replies: accepted and stored whole; one over the limit; one bad reply at the very end.
  const many = (count: number, spoil?: (pack: Pack) => void): Input => {
    const base = clone(bases[0]!);
    const pack = { ...base, id: 'hundred-k', replies: Array.from({ length: count }, (_, i) => ({ ...base.replies[i % base.replies.length]!, id: `r-${i}` })) };
    spoil?.(pack);
    return { value: pack };
  };
  const big = { budget: { validate: 20_000, install: 90_000 } };
  // (Rejections first: the snapshot they are compared with stays small.)
  add('many-replies', () => ({ text: JSON.stringify((many(100_001) as { value: unknown }).value) }), { ...big, mustReject: true });
  add('many-replies', () => many(100_000, (p) => (p.replies[99_999]!.situation = 'x' as never)), { ...big, mustReject: true });
  add('many-replies', () => many(100_000), big);
  return families;
}

const cases = generate(SEED);

/** JSON with sorted keys: two packs are equal when their canonical texts are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

async function snapshot(db: CordialDb): Promise<string> {
  const [packs, keys, history, settings] = await Promise.all([db.packs.toArray(), db.replies.toCollection().primaryKeys(), db.packHistory.toArray(), db.settings.toArray()]);
  return canonical({ packs, keys: [...keys].sort(), history, settings });
}

const PROTO_NAMES = (o: object) => Object.getOwnPropertyNames(o).sort().join(',');
const pristine = { object: PROTO_NAMES(Object.prototype), array: PROTO_NAMES(Array.prototype), fn: PROTO_NAMES(Function.prototype) };
function prototypesPolluted(): string | null {
  if (PROTO_NAMES(Object.prototype) !== pristine.object) return 'Object.prototype';
  if (PROTO_NAMES(Array.prototype) !== pristine.array) return 'Array.prototype';
  if (PROTO_NAMES(Function.prototype) !== pristine.fn) return 'Function.prototype';
  if (({} as Record<string, unknown>).polluted !== undefined) return '{}.polluted';
  return null;
}

function patternsOf(pack: Pack): { source: string; flags: string }[] {
  const steps = pack.protocols.flatMap((p) => p.steps.flatMap((s) => s.detectors ?? []));
  const fromSteps = steps.flatMap((d) => (d.kind === 'pattern' ? [{ source: d.pattern, flags: d.flags ?? '' }] : []));
  const fromRules = pack.toneRules.flatMap((rule) => {
    const { patterns, flags } = rule.detector as { patterns?: unknown; flags?: unknown };
    return Array.isArray(patterns) ? patterns.map((source) => ({ source: String(source), flags: typeof flags === 'string' ? flags : 'i' })) : [];
  });
  return [...fromSteps, ...fromRules];
}

const BUILTIN_PATTERNS = new Set(bases.flatMap((pack) => patternsOf(pack).map((p) => p.source)));

interface Tally {
  rejected: number;
  installed: number;
}

/** Runs one case; returns a failure description, or null when the case behaved. */
async function runCase(db: CordialDb, c: Case, state: { before: string }, tally: Tally): Promise<string | null> {
  const budget = c.budget ?? BUDGET;
  let input: Input;
  try {
    input = c.make();
  } catch (error) {
    return `generator threw: ${(error as Error).message}`;
  }
  let result: ValidationResult;
  const started = performance.now();
  try {
    result = 'text' in input ? parsePack(input.text, c.lang) : validatePack(input.value, c.lang);
  } catch (error) {
    return `validation threw: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`;
  }
  const validateMs = performance.now() - started;
  if (validateMs > budget.validate) return `validation took ${Math.round(validateMs)} ms (budget ${budget.validate})`;
  const polluted = prototypesPolluted();
  if (polluted) return `${polluted} polluted by validation`;

  if (!result.ok) {
    tally.rejected++;
    if (result.errors.length < 1) return 'rejected without a message';
    const bad = result.errors.find((e) => typeof e.path !== 'string' || typeof e.message !== 'string' || !e.message.trim() || e.message.length > 1000);
    if (bad) return `malformed message ${JSON.stringify(bad).slice(0, 200)}`;
    const after = await snapshot(db);
    return after === state.before ? null : 'the database changed after a rejection';
  }
  if (c.mustReject) return 'accepted, but must be rejected';
  if (c.mustReport && !result.warnings.some((w) => c.mustReport!.test(w.path))) return `accepted without reporting ${c.mustReport}`;

  const pack = result.pack;
  for (const { source, flags } of patternsOf(pack)) {
    const safety = checkPattern(source, flags);
    if (!safety.ok) return `accepted a pattern the tone engine refuses: /${source}/${flags} (${safety.reason})`;
  }
  const big = pack.replies.length > 1000;
  if (!big) {
    const again = validatePack(JSON.parse(JSON.stringify(pack)), c.lang);
    if (!again.ok || again.warnings.length) return `the accepted pack does not re-validate cleanly after export: ${JSON.stringify(again).slice(0, 300)}`;
  }
  const installStart = performance.now();
  try {
    await installPack(db, pack, 'file', { now: 1_700_000_000_000, lang: c.lang });
  } catch (error) {
    return `installPack threw: ${(error as Error).message}`;
  }
  const installMs = performance.now() - installStart;
  if (installMs > budget.install) return `install took ${Math.round(installMs)} ms (budget ${budget.install})`;
  const stored = await db.replies.where('packId').equals(pack.id).count();
  if (stored !== pack.replies.length) return `stored ${stored} replies of ${pack.replies.length}`;
  if (!big) {
    const read = await readWholePack(db, pack.id);
    if (!read || canonical(read.pack) !== canonical(pack)) return 'the stored pack does not read back identical';
  }
  if (prototypesPolluted()) return `${prototypesPolluted()} polluted by install`;
  tally.installed++;
  state.before = await snapshot(db);

  if (patternsOf(pack).some((p) => !BUILTIN_PATTERNS.has(p.source))) {
    const toneStart = performance.now();
    for (const text of ADVERSARIAL_DRAFTS) for (const channel of CHANNELS) checkDraft({ text, locale: pack.locale, channel, situation: 'queja', pack });
    const toneMs = performance.now() - toneStart;
    if (toneMs > TONE_BUDGET_MS) return `the tone engine took ${Math.round(toneMs)} ms on adversarial drafts (budget ${TONE_BUDGET_MS})`;
  }
  return null;
}

async function runFamily(name: string) {
  const list = cases.get(name)!;
  const db = openDb(`fuzz-${name}`);
  const state = { before: await snapshot(db) };
  const tally: Tally = { rejected: 0, installed: 0 };
  const failures: string[] = [];
  for (const c of list) {
    const failure = await runCase(db, c, state, tally);
    if (failure) failures.push(`${c.id} (seed ${SEED}): ${failure}`);
  }
  db.close();
  expect(failures).toEqual([]);
  expect(tally.rejected + tally.installed).toBe(list.length);
  return tally;
}

describe(`pack fuzzing (seed ${SEED})`, () => {
  it('generates at least 1,000 cases across every family', () => {
    const total = [...cases.values()].reduce((n, list) => n + list.length, 0);
    expect(total).toBeGreaterThanOrEqual(1_000);
    expect([...cases.keys()].sort()).toEqual(
      ['bom', 'broken-text', 'deep-nesting', 'duplicate-ids', 'huge-string', 'lone-surrogates', 'many-replies', 'missing-key', 'mixed', 'nan-infinity', 'not-a-pack', 'odd-values', 'prototype-keys', 'regex', 'schema-version', 'wrong-type'],
    );
  });

  for (const name of cases.keys()) {
    if (name === 'many-replies') continue;
    it(`${name}: ${cases.get(name)!.length} cases rejected with messages or installed whole`, async () => {
      const tally = await runFamily(name);
      // Families that must mostly fail really do exercise rejection.
      if (['duplicate-ids', 'schema-version', 'not-a-pack', 'huge-string'].includes(name)) expect(tally.installed).toBe(name === 'not-a-pack' ? 1 : 0);
      if (['bom', 'regex', 'prototype-keys', 'lone-surrogates'].includes(name)) expect(tally.installed).toBeGreaterThan(0);
    }, 120_000);
  }

  it('many-replies: 100,000 replies validate and install whole; 100,001, or one bad reply at the end, are rejected', async () => {
    const tally = await runFamily('many-replies');
    expect(tally).toEqual({ rejected: 2, installed: 1 });
  }, 240_000);
});
