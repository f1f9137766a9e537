import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../protocols/types';
import { DETECTORS } from './detectors';

const packs = ['es', 'en'].map((l) => JSON.parse(readFileSync(join(__dirname, `../../protocols/builtin/${l}.json`), 'utf8')) as Pack);

describe('meta: tone detectors', () => {
  it('every detector kind used by a built-in pack is registered', () => {
    const kinds = new Set(DETECTORS.map((d) => d.kind));
    for (const pack of packs) for (const rule of pack.toneRules) expect(kinds, `${pack.id} ${rule.id}`).toContain(rule.detector.kind);
  });

  it('every registered detector has its own file and test', () => {
    for (const { kind } of DETECTORS) {
      expect(existsSync(join(__dirname, `detectors/${kind}.ts`)), kind).toBe(true);
      expect(existsSync(join(__dirname, `detectors/${kind}.test.ts`)), `${kind} test`).toBe(true);
    }
  });

  it('every pack pattern passes the safety check', async () => {
    const { checkPattern } = await import('./safe-regex');
    for (const pack of packs) {
      for (const protocol of pack.protocols) {
        for (const step of protocol.steps) {
          for (const d of step.detectors ?? []) if (d.kind === 'pattern') expect(checkPattern(d.pattern, d.flags), `${pack.id} ${step.id} ${d.pattern}`).toEqual({ ok: true });
        }
      }
      for (const rule of pack.toneRules) {
        const patterns = (rule.detector.patterns as string[] | undefined) ?? [];
        for (const p of patterns) expect(checkPattern(p, (rule.detector.flags as string | undefined) ?? 'i'), `${pack.id} ${rule.id}`).toEqual({ ok: true });
      }
    }
  });
});
