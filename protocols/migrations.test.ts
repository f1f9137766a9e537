import { describe, expect, it } from 'vitest';
import es from './builtin/es.json';
import { migrateToCurrent, MIGRATIONS, type Migration } from './migrations';
import { CURRENT_SCHEMA_VERSION, validatePack } from './validate';

describe('pack migrations', () => {
  it('cover every version below the current one, one step each', () => {
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) expect(MIGRATIONS.filter((m) => m.from === v)).toHaveLength(1);
  });

  it('leave a current pack exactly as it is', () => {
    expect(migrateToCurrent(es, CURRENT_SCHEMA_VERSION)).toBe(es);
    expect(validatePack(es).ok).toBe(true);
  });

  it('run steps in order up to the current version (exercised with test steps)', () => {
    const steps: Migration[] = [
      { from: 2, migrate: (p) => ({ ...p, c: `${String(p.b)}→c` }) },
      { from: 1, migrate: (p) => ({ ...p, b: `${String(p.a)}→b` }) },
    ];
    expect(migrateToCurrent({ schemaVersion: 1, a: 'a' }, 3, steps)).toEqual({ schemaVersion: 3, a: 'a', b: 'a→b', c: 'a→b→c' });
    // A version with no step stops where it is, for the validator to reject with its message.
    expect(migrateToCurrent({ schemaVersion: 0 }, 3, steps)).toEqual({ schemaVersion: 0 });
    expect(migrateToCurrent('not a pack', 3, steps)).toBe('not a pack');
  });
});
