import type { Channel, Pack, Situation } from '../../protocols/types';
import { checkDraft } from './index';
import type { FindingState } from './types';

/** One labelled draft of tests/fixtures/tone/drafts.json. */
export interface LabelledDraft {
  id: string;
  locale: string;
  channel: Channel;
  situation?: Situation;
  customerName?: string;
  kind: 'good' | 'poor' | 'borderline';
  heldOut: boolean;
  text: string;
  expected: { tone: Record<string, FindingState>; steps: Record<string, FindingState> };
}

/** Precision and recall with pass as the positive class; `null` when undefined (nothing predicted or expected). */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
  accuracy: number;
}

export interface Mismatch {
  draft: string;
  item: 'tone' | 'step';
  id: string;
  expected: FindingState;
  got: FindingState;
  evidence: string[];
}

export interface QualitySection {
  drafts: number;
  tone: Record<string, Score>;
  steps: Record<string, Score>;
  mismatches: Mismatch[];
}

type Tally = { tp: number; fp: number; fn: number; tn: number; n: number; right: number };

function score(t: Tally): Score {
  return {
    tp: t.tp,
    fp: t.fp,
    fn: t.fn,
    tn: t.tn,
    precision: t.tp + t.fp ? t.tp / (t.tp + t.fp) : null,
    recall: t.tp + t.fn ? t.tp / (t.tp + t.fn) : null,
    accuracy: t.n ? t.right / t.n : 1,
  };
}

function tally(map: Map<string, Tally>, id: string, expected: FindingState, got: FindingState) {
  let t = map.get(id);
  if (!t) map.set(id, (t = { tp: 0, fp: 0, fn: 0, tn: 0, n: 0, right: 0 }));
  t.n++;
  if (expected === got) t.right++;
  if (got === 'pass' && expected === 'pass') t.tp++;
  else if (got === 'pass') t.fp++;
  else if (expected === 'pass') t.fn++;
  else t.tn++;
}

/**
 * Scores the engine on labelled drafts. Only automatic items count: a rule whose pack detector is `manual`, or a
 * step without detectors, is skipped (its labels stay in the file for when it becomes automatic again).
 */
export function evaluate(drafts: readonly LabelledDraft[], packFor: (locale: string) => Pick<Pack, 'protocols' | 'toneRules' | 'dictionary'>): QualitySection {
  const tone = new Map<string, Tally>();
  const steps = new Map<string, Tally>();
  const mismatches: Mismatch[] = [];
  for (const d of drafts) {
    const pack = packFor(d.locale);
    const result = checkDraft({ text: d.text, locale: d.locale, channel: d.channel, situation: d.situation, customerName: d.customerName, pack });
    const manualRules = new Set(pack.toneRules.filter((r) => r.detector.kind === 'manual').map((r) => r.id));
    for (const f of result.tone) {
      const expected = d.expected.tone[f.id];
      if (!expected || manualRules.has(f.id) || f.state === 'manual') continue;
      tally(tone, f.id, expected, f.state);
      if (expected !== f.state) mismatches.push({ draft: d.id, item: 'tone', id: f.id, expected, got: f.state, evidence: f.evidence.map((e) => e.text) });
    }
    for (const f of result.steps) {
      const expected = d.expected.steps[f.id];
      if (!expected || f.state === 'manual') continue;
      tally(steps, f.id, expected, f.state);
      if (expected !== f.state) mismatches.push({ draft: d.id, item: 'step', id: f.id, expected, got: f.state, evidence: f.evidence.map((e) => e.text) });
    }
  }
  const scores = (m: Map<string, Tally>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, score(t)]));
  return { drafts: drafts.length, tone: scores(tone), steps: scores(steps), mismatches };
}
