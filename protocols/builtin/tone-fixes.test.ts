/**
 * The one-click tone fixes of the built-in packs (`toneRules[].detector.alternatives`), applied the way the sidebar
 * applies them: the engine's suggestion replaces the flagged words of a realistic sentence, and the result must read
 * right. The sentences are in tests/fixtures/tone/one-click-fixes.json, a row for each phrase of a rule with
 * alternatives; `fixed: null` means the phrase is flagged with no one-click fix, because no phrase swap reads right (a
 * participle follows «debería haber», «ya veremos» has no honest replacement…): the agent rewrites the sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/utils/tone';
import type { Pack, ToneRule } from '../types';
import enJson from './en.json';
import esJson from './es.json';

interface Row {
  draft: string;
  fixed: string | null;
}

type Table = Record<string, Record<string, Row>>;

const fixture = JSON.parse(readFileSync(join(__dirname, '../../tests/fixtures/tone/one-click-fixes.json'), 'utf8')) as { es: Table; en: Table };

const PACKS = [
  { pack: esJson as unknown as Pack, table: fixture.es },
  { pack: enJson as unknown as Pack, table: fixture.en },
];

/** The tone rules whose detector offers one-click fixes. */
const rulesWithFixes = (pack: Pack) => pack.toneRules.filter((r) => r.detector.alternatives && typeof r.detector.alternatives === 'object');

function judge(pack: Pack, rule: ToneRule, text: string) {
  return checkDraft({ text, locale: pack.locale, channel: 'email', pack: { protocols: [], toneRules: [rule], dictionary: pack.dictionary } }).tone[0]!;
}

for (const { pack, table } of PACKS) {
  describe(`${pack.id}: one-click tone fixes`, () => {
    it('have a row for every phrase of every rule with alternatives, and every row names a phrase of the pack', () => {
      const rules = rulesWithFixes(pack);
      expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(table).sort());
      for (const rule of rules) {
        const phrases = rule.detector.phrases as string[];
        expect(Object.keys(table[rule.id]!).sort(), rule.id).toEqual([...phrases].sort());
        const withFix = Object.entries(table[rule.id]!).filter(([, row]) => row.fixed !== null).map(([p]) => p);
        expect(Object.keys(rule.detector.alternatives as object).sort(), `${rule.id}: alternatives`).toEqual(withFix.sort());
      }
    });

    for (const rule of rulesWithFixes(pack)) {
      for (const [phrase, row] of Object.entries(table[rule.id] ?? {})) {
        const title = row.fixed === null ? `${rule.id} «${phrase}» is flagged without a one-click fix` : `${rule.id} «${phrase}»: «${row.draft}» → «${row.fixed}»`;
        it(title, () => {
          const finding = judge(pack, rule, row.draft);
          expect(finding.state).toBe('fail');
          expect(finding.evidence.map((e) => e.text.toLowerCase())).toEqual([phrase.toLowerCase()]);
          if (row.fixed === null) {
            expect(finding.suggestions ?? []).toEqual([]);
            return;
          }
          expect(finding.suggestions).toHaveLength(1);
          const { start, end, replacement } = finding.suggestions![0]!;
          const fixed = row.draft.slice(0, start) + replacement + row.draft.slice(end);
          expect(fixed).toBe(row.fixed);
          // The fix itself must not be flagged by the same rule.
          expect(judge(pack, rule, fixed).state).toBe('pass');
        });
      }
    }
  });
}
