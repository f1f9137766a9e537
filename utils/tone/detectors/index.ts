import type { ToneDetector } from '../types';
import apology from './apology';
import customerName from './customer-name';
import deadline from './deadline';
import emoji from './emoji';
import farewellEnd from './farewell-end';
import greetingStart from './greeting-start';
import jargon from './jargon';
import lexiconPresent from './lexicon-present';
import manual from './manual';
import offerHelp from './offer-help';
import phraseAbsent from './phrase-absent';
import register from './register';
import sentenceLength from './sentence-length';
import shouting from './shouting';
import signature from './signature';

/** Every detector kind a pack's tone rule may name. A kind not listed here is judged by hand ('manual'). */
export const DETECTORS: readonly ToneDetector[] = [
  lexiconPresent,
  phraseAbsent,
  greetingStart,
  farewellEnd,
  customerName,
  apology,
  deadline,
  offerHelp,
  signature,
  register,
  sentenceLength,
  jargon,
  shouting,
  emoji,
  manual,
];

export const DETECTOR_BY_KIND: ReadonlyMap<string, ToneDetector> = new Map(DETECTORS.map((d) => [d.kind, d]));
