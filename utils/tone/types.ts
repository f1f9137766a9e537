import type { Channel, Pack, Situation, ToneRule } from '../../protocols/types';
import type { Draft } from './draft';
import type { Lang } from './lang';

/** A range of the original draft, with its text (`text === draft.slice(start, end)`). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/** Replace [start, end) of the draft with `replacement` (a pack alternative; placeholders such as {{fecha}} kept). */
export interface Suggestion {
  start: number;
  end: number;
  replacement: string;
}

export type FindingState = 'pass' | 'fail' | 'na' | 'manual';

/** One tone rule or protocol step, judged on the draft. The sidebar maps steps pass → done, fail → missing. */
export interface Finding {
  id: string;
  state: FindingState;
  evidence: Evidence[];
  message?: string;
  suggestions?: Suggestion[];
}

export interface CheckInput {
  text: string;
  locale: 'es' | 'en' | string;
  channel: Channel;
  situation?: Situation;
  customerName?: string;
  pack: Pick<Pack, 'protocols' | 'toneRules' | 'dictionary'>;
}

export interface CheckResult {
  tone: Finding[];
  steps: Finding[];
}

/** What a tone detector gets: the prepared draft and the rule's own parameters. */
export interface RuleContext {
  draft: Draft;
  lang: Lang;
  rule: ToneRule;
  params: Record<string, unknown>;
  channel: Channel;
  situation?: Situation;
  customerName?: string;
  dictionary: readonly string[];
}

export type DetectorResult = Omit<Finding, 'id'>;

/** One file per detector kind under `detectors/`, registered in `detectors/index.ts`. */
export interface ToneDetector {
  kind: string;
  detect(ctx: RuleContext): DetectorResult;
}
