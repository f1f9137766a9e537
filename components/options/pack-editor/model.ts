/**
 * Pure helpers of the pack editor: immutable list edits, the conversions between what the lead types and what the
 * pack stores (lines ↔ lists, minutes/hours ↔ seconds, phrase detectors ↔ one text area), and the clean-up that turns
 * the editor's state into the candidate handed to `validatePack`.
 */
import type { Channel, Detector, Pack, Protocol, ProtocolStep, Reply, ReplyVariant, ToneRule } from '@/protocols/types';
import type { ValidationIssue } from '@/protocols/validate';

/** Tone-rule detector kinds the engine knows (utils/tone/detectors; a meta-test keeps the two lists equal). */
export const DETECTOR_KINDS = [
  'lexicon-present',
  'phrase-absent',
  'greeting-start',
  'farewell-end',
  'customer-name',
  'apology',
  'deadline',
  'offer-help',
  'signature',
  'register',
  'sentence-length',
  'jargon',
  'shouting',
  'emoji',
  'manual',
] as const;

export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}

export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((old, i) => (i === index ? item : old));
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** `base`, or `base-2`, `base-3`…: the first not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** One item per non-empty line (trimmed). */
export const splitLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export const splitCommas = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export type TimeUnit = 'minutes' | 'hours';
export const UNIT_SECONDS: Record<TimeUnit, number> = { minutes: 60, hours: 3600 };

/** How a stored target reads best: whole hours in hours, anything else in minutes. */
export function secondsToTarget(seconds: number): { amount: number; unit: TimeUnit } {
  if (seconds >= 3600 && seconds % 3600 === 0) return { amount: seconds / 3600, unit: 'hours' };
  return { amount: Math.round((seconds / 60) * 1000) / 1000, unit: 'minutes' };
}

/** Seconds for what the lead typed («1,5» horas included), or undefined when it is not a number above zero. */
export function targetToSeconds(text: string, unit: TimeUnit): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(trimmed)) return undefined;
  const amount = Number(trimmed);
  return amount > 0 ? Math.round(amount * UNIT_SECONDS[unit]) : undefined;
}

/** Every phrase of a step's phrase detectors, in order. */
export function phrasesOf(step: ProtocolStep): string[] {
  return (step.detectors ?? []).flatMap((d) => (d.kind === 'phrase' && Array.isArray(d.phrases) ? d.phrases : []));
}

/**
 * The step with its phrase detectors replaced by one holding `phrases` (where the first one was), pattern detectors
 * untouched and in place. No phrases and no other detector: no `detectors` at all (a manual step).
 */
export function withPhrases(step: ProtocolStep, phrases: string[]): ProtocolStep {
  const detectors = step.detectors ?? [];
  const first = detectors.findIndex((d) => d.kind === 'phrase');
  const others = detectors.filter((d) => d.kind !== 'phrase');
  const phraseDetector: Detector[] = phrases.length ? [{ kind: 'phrase', phrases }] : [];
  const at = first === -1 ? 0 : detectors.slice(0, first).filter((d) => d.kind !== 'phrase').length;
  const next = [...others.slice(0, at), ...phraseDetector, ...others.slice(at)];
  const { detectors: _old, ...rest } = step;
  return next.length ? { ...rest, detectors: next } : rest;
}

/** A tone rule's detector without its `kind`: what the JSON text area shows. */
export function detectorParams(rule: ToneRule): Record<string, unknown> {
  const { kind: _kind, ...params } = rule.detector ?? { kind: 'manual' };
  return params;
}

export const formatParams = (params: Record<string, unknown>) => (Object.keys(params).length ? JSON.stringify(params, null, 2) : '{}');

/** Parses the JSON text area (never evaluated). */
export function parseParams(text: string): { ok: true; params: Record<string, unknown> } | { ok: false; error: 'json' | 'object'; detail?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text.trim() || '{}');
  } catch (error) {
    return { ok: false, error: 'json', detail: (error as Error).message };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'object' };
  return { ok: true, params: value as Record<string, unknown> };
}

/** Drops keys whose value is undefined (validatePack rightly rejects `author: undefined`). */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const text = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
const list = <T>(value: readonly T[] | undefined) => (value && value.length ? [...value] : undefined);

function cleanVariants(variants: Reply['variants']): Reply['variants'] {
  if (!variants) return undefined;
  const kept = Object.entries(variants).filter(([, v]) => v && (v.body !== '' || (v.html ?? '') !== ''));
  if (!kept.length) return undefined;
  return Object.fromEntries(kept.map(([channel, v]) => [channel, compact<ReplyVariant>({ body: v!.body, html: text(v!.html) })])) as Reply['variants'];
}

/**
 * The candidate pack for validation and export: what the editor holds, minus what an empty field means "not set"
 * (an empty author, no tags, no position…). Nothing is made up: an empty required field stays empty, and is reported.
 */
export function cleanPack(pack: Pack): Pack {
  const { $schema: _schema, ...rest } = pack;
  return compact<Pack>({
    ...rest,
    author: text(pack.author),
    description: text(pack.description),
    protocols: pack.protocols.map((p: Protocol) =>
      compact<Protocol>({
        ...p,
        description: text(p.description),
        steps: p.steps.map((s) => compact<ProtocolStep>({ ...s, description: text(s.description), position: s.position || undefined, detectors: list(s.detectors) })),
      }),
    ),
    replies: pack.replies.map((r) =>
      compact<Reply>({ ...r, tags: list(r.tags), shortcut: text(r.shortcut), language: text(r.language), variants: cleanVariants(r.variants) }),
    ),
    toneRules: pack.toneRules.map((r) => compact<ToneRule>({ ...r, channels: list(r.channels), situations: list(r.situations) })),
    hosts: list(pack.hosts),
  });
}

/** Issues at exactly `path`, or (with `under`) also inside it: `replies[2]` covers `replies[2].body`. */
export function issuesAt(issues: readonly ValidationIssue[], path: string, under = false): ValidationIssue[] {
  return issues.filter((i) => i.path === path || (under && (i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`))));
}

/** `replies[3].variants.email.body` → `replies[3].variants.email` → … → `replies`: where to look for a field. */
export function ancestorsOf(path: string): string[] {
  const out = [path];
  let current = path;
  for (;;) {
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) break;
    current = current.slice(0, cut);
    out.push(current);
  }
  return out;
}

export function newStep(taken: Iterable<string>, label: string, idBase: string): ProtocolStep {
  return { id: uniqueId(idBase, taken), label, required: false, position: 'any' };
}

export function newProtocol(channel: Channel, taken: Iterable<string>, name: string, step: ProtocolStep): Protocol {
  return { id: uniqueId(`${channel}-protocol`, taken), channel, name, steps: [step] };
}

export function newReply(taken: Iterable<string>, title: string, idBase: string): Reply {
  return { id: uniqueId(idBase, taken), title, body: '', situation: 'informacion', channels: ['email', 'social', 'chat'] };
}

export function newToneRule(taken: Iterable<string>, label: string, idBase: string): ToneRule {
  return { id: uniqueId(idBase, taken), label, explanation: '', detector: { kind: 'manual' } };
}
