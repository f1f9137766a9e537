import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../protocols/types';
import { evaluate, type LabelledDraft } from './quality';

const packs: Record<string, Pack> = {
  es: JSON.parse(readFileSync(join(__dirname, '../../protocols/builtin/es.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(__dirname, '../../protocols/builtin/en.json'), 'utf8')),
};
const { drafts } = JSON.parse(readFileSync(join(__dirname, '../../tests/fixtures/tone/drafts.json'), 'utf8')) as { drafts: LabelledDraft[] };
const packFor = (locale: string) => packs[locale]!;

/**
 * Precision and recall (pass = positive) reached on all labelled drafts, tuning and held-out together; 1 unless
 * listed. A regression below them fails. `npm`-free report: scripts/tone-quality.ts.
 */
const REACHED: Record<string, { precision?: number; recall?: number }> = {
  empathetic: { recall: 0.96 },
  'no-blame-phrases': { precision: 0.98 },
  // «reply to this email» counts as an offer, as the email step already did (packs 1.2.0): the pack's own emails close
  // with «If you'd like to add anything, just reply to this email». It is also a call to action: en-email-09 («Just
  // reply to this email and I'll sort it today») offers nothing more and now passes, as its step already did.
  'offer-more-help': { precision: 0.96 },
  transparent: { precision: 0.97 },
  'step:close-cordially': { precision: 0.98 },
  'step:identify-agent': { recall: 0.98 },
  'step:offer-more-help': { precision: 0.96 },
};

describe('labelled drafts', () => {
  it('hold at least 80 drafts in both languages and all channels, a quarter held out', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(80);
    for (const locale of ['es', 'en']) for (const channel of ['email', 'chat', 'social']) {
      expect(drafts.some((d) => d.locale === locale && d.channel === channel), `${locale}/${channel}`).toBe(true);
    }
    const held = drafts.filter((d) => d.heldOut).length;
    expect(held / drafts.length).toBeGreaterThanOrEqual(0.24);
  });

  it('label every automatic rule and every step of the draft\'s channel', () => {
    for (const d of drafts) {
      const pack = packFor(d.locale);
      for (const r of pack.toneRules) if (r.detector.kind !== 'manual') expect(d.expected.tone[r.id], `${d.id} ${r.id}`).toBeDefined();
      for (const s of pack.protocols.find((p) => p.channel === d.channel)!.steps) expect(d.expected.steps[s.id], `${d.id} ${s.id}`).toBeDefined();
    }
  });

  const all = evaluate(drafts, packFor);
  const rows = [
    ...Object.entries(all.tone).map(([id, s]) => [id, s] as const),
    ...Object.entries(all.steps).map(([id, s]) => [`step:${id}`, s] as const),
  ];

  it.each(rows)('%s keeps its precision and recall (≥ 90 % and no regression)', (id, score) => {
    const reached = REACHED[id] ?? {};
    expect(score.precision ?? 1).toBeGreaterThanOrEqual(Math.max(0.9, reached.precision ?? 1));
    expect(score.recall ?? 1).toBeGreaterThanOrEqual(Math.max(0.9, reached.recall ?? 1));
  });
});
