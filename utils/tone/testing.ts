// Helpers for the tone engine's unit tests (not used by the engine itself).
import { expect } from 'vitest';
import type { Channel, Pack, Situation, ToneRule } from '../../protocols/types';
import { checkDraft } from './index';
import type { CheckResult, Finding } from './types';

export interface RuleOptions {
  locale?: string;
  channel?: Channel;
  situation?: Situation;
  customerName?: string;
  channels?: Channel[];
  situations?: Situation[];
  dictionary?: string[];
}

/** Judges `text` against a single tone rule with `detector`. */
export function runRule(detector: ToneRule['detector'], text: string, options: RuleOptions = {}): Finding {
  const rule: ToneRule = { id: 'rule', label: 'Regla', explanation: '…', detector };
  if (options.channels) rule.channels = options.channels;
  if (options.situations) rule.situations = options.situations;
  const result = checkDraft({
    text,
    locale: options.locale ?? 'es',
    channel: options.channel ?? 'email',
    situation: options.situation,
    customerName: options.customerName,
    pack: { protocols: [], toneRules: [rule], dictionary: options.dictionary ?? [] },
  });
  expectExactRanges(text, result);
  return result.tone[0]!;
}

/** Every evidence and suggestion range points into the original draft. */
export function expectExactRanges(text: string, result: CheckResult | Finding) {
  const findings = 'tone' in result ? [...result.tone, ...result.steps] : [result];
  for (const f of findings) {
    for (const e of f.evidence) expect(text.slice(e.start, e.end), `${f.id} evidence`).toBe(e.text);
    for (const s of f.suggestions ?? []) expect(s.end, `${f.id} suggestion`).toBeGreaterThan(s.start);
  }
}

export const texts = (f: Finding) => f.evidence.map((e) => e.text);

export type MiniPack = Pick<Pack, 'protocols' | 'toneRules' | 'dictionary'>;
