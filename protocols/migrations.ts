/**
 * Pack format migrations, all in one place. Each step turns a pack of `from` into one of `from + 1`, so a pack of any
 * older version reaches the current one by running the steps in order; the validator then checks the result.
 *
 * Version 1 is the first published format, so the list is empty today. When version 2 comes: bump
 * `CURRENT_SCHEMA_VERSION`, add `{ from: 1, migrate }` here with its own test in `migrations.test.ts`, and keep
 * `pack.v1.schema.json` for the record.
 */
export interface Migration {
  from: number;
  migrate(pack: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];

/**
 * Brings a parsed pack up to `current`, step by step. Anything that is not an object with an older integer
 * `schemaVersion` is returned as it is, for the validator to judge (and explain).
 */
export function migrateToCurrent(input: unknown, current: number, migrations: readonly Migration[] = MIGRATIONS): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  let pack = input as Record<string, unknown>;
  let version = pack.schemaVersion;
  while (typeof version === 'number' && Number.isInteger(version) && version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) break;
    pack = { ...step.migrate(pack), schemaVersion: version + 1 };
    version = pack.schemaVersion;
  }
  return pack;
}
