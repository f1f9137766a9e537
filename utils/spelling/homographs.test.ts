import { describe, expect, it } from 'vitest';
import { HOMOGRAPH_RULES, findHomographs, type HomographRuleId } from './homographs';
import { tokenize } from './tokenize';
import cases from '../../tests/fixtures/spelling/homograph-cases.json';

const accents = (text: string) => {
  const tokens = tokenize(text);
  return findHomographs(text, tokens).map((f) => {
    const first = tokens[f.index]!;
    const last = tokens[f.index + f.count - 1]!;
    return `${text.slice(first.start, last.end)} → ${f.replacement} (${f.rule})`;
  });
};

/** Each rule: drafts where it must fire (the error), and right drafts with the same words where it must not. */
const CASES = cases as unknown as Record<HomographRuleId, { flag: Array<[string, string]>; keep: string[] }>;

describe('accent homographs in context', () => {
  it('has cases for every rule', () => {
    expect(Object.keys(CASES).filter((k) => !k.startsWith('_')).sort()).toEqual([...HOMOGRAPH_RULES].sort());
  });

  for (const rule of HOMOGRAPH_RULES) {
    const { flag, keep } = CASES[rule];
    it(`${rule}: fires where the accent is missing`, () => {
      for (const [text, expected] of flag) expect(accents(text), text).toEqual([`${expected} (${rule})`]);
    });
    it(`${rule}: stays quiet on right Spanish`, () => {
      for (const text of keep) expect(accents(text).filter((a) => a.endsWith(`(${rule})`)), text).toEqual([]);
    });
  }
});
