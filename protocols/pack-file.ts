/**
 * A pack as a file a team keeps in version control: pretty JSON, keys in the schema's order (so two exports of the
 * same pack diff cleanly), `$schema` first so editors offer completion. Relative imports only: the CLI uses it too.
 */
import type { Pack } from './types';

/** The schema's file name, what `"$schema"` points at when the file sits next to a copy of the schema. */
export const SCHEMA_FILE_NAME = 'pack.v1.schema.json';

const PACK_KEYS = [
  'schemaVersion',
  'id',
  'name',
  'version',
  'locale',
  'author',
  'description',
  'protocols',
  'replies',
  'toneRules',
  'dictionary',
  'responseTargets',
  'hosts',
  'calendar',
] as const satisfies readonly (keyof Pack)[];

/** `<id>-<version>.json`, e.g. `equipo-soporte-1.2.0.json`. */
export function packFileName(pack: Pick<Pack, 'id' | 'version'>): string {
  return `${pack.id}-${pack.version}.json`;
}

export function packFileText(pack: Pack): string {
  const ordered: Record<string, unknown> = { $schema: SCHEMA_FILE_NAME };
  for (const key of PACK_KEYS) if (pack[key] !== undefined) ordered[key] = pack[key];
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
