/**
 * The tone checklist and protocol-step engine (issue 7): pure functions of the draft, locale, channel, situation and
 * the pack's rules and steps → findings with exact ranges of the draft. No DOM, no network, no storage.
 *
 * Everything reachable from here is imported by relative path (the CLI runs it under jiti, which knows no `@/` alias).
 */
import type { ToneRule } from '../../protocols/types';
import { DETECTOR_BY_KIND } from './detectors';
import { say } from './detectors/shared';
import { prepareDraft, type Draft } from './draft';
import { toLang, type Lang } from './lang';
import { checkSteps } from './steps';
import type { CheckInput, CheckResult, Finding } from './types';

export type { CheckInput, CheckResult, Evidence, Finding, FindingState, Suggestion } from './types';
export { checkPattern } from './safe-regex';

function judgeRule(rule: ToneRule, draft: Draft, lang: Lang, input: CheckInput): Finding {
  const id = rule.id;
  if (Array.isArray(rule.channels) && rule.channels.length && !rule.channels.includes(input.channel)) return { id, state: 'na', evidence: [] };
  if (Array.isArray(rule.situations) && rule.situations.length && (!input.situation || !rule.situations.includes(input.situation))) {
    return { id, state: 'na', evidence: [] };
  }
  const params = (rule.detector ?? { kind: 'manual' }) as Record<string, unknown>;
  const detector = DETECTOR_BY_KIND.get(String(params.kind));
  if (!detector) {
    return { id, state: 'manual', evidence: [], message: say(lang, 'Cordial no conoce este tipo de regla: revísela a mano.', 'Cordial does not know this kind of rule: check it by hand.') };
  }
  if (detector.kind === 'customer-name' && !input.customerName?.trim()) return { id, state: 'na', evidence: [] };
  try {
    return {
      id,
      ...detector.detect({ draft, lang, rule, params, channel: input.channel, situation: input.situation, customerName: input.customerName, dictionary: input.pack.dictionary ?? [] }),
    };
  } catch {
    // One broken rule never takes the checklist down with it.
    return { id, state: 'manual', evidence: [] };
  }
}

/** Checks a draft against the pack's tone rules and the channel's protocol steps. */
export function checkDraft(input: CheckInput): CheckResult {
  const lang = toLang(input.locale);
  const draft = prepareDraft(typeof input.text === 'string' ? input.text : '', lang);
  const tone = (input.pack.toneRules ?? []).map((rule) => judgeRule(rule, draft, lang, input));
  const protocol = (input.pack.protocols ?? []).find((p) => p.channel === input.channel);
  return { tone, steps: checkSteps(draft, protocol) };
}

type JsonFinding = { id: string; state: Finding['state']; evidence: { start: number; end: number; text: string }[] };

/** The CLI's JSON shape: `{ tone: [{ id, state, evidence: [{ start, end, text }] }], steps: [ … ] }`, nothing else. */
export function toneFindingsToJson(result: CheckResult): { tone: JsonFinding[]; steps: JsonFinding[] } {
  const strip = (f: Finding): JsonFinding => ({
    id: f.id,
    state: f.state,
    evidence: f.evidence.map((e) => ({ start: e.start, end: e.end, text: e.text })),
  });
  return { tone: result.tone.map(strip), steps: result.steps.map(strip) };
}
