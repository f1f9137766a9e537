/** Node only (CLI, benchmarks, unit tests): reads a language's files straight from node_modules. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { SPELL_FILES, type ShippedFile } from './files';
import type { LanguageFiles } from './engine';
import type { SpellLang } from './types';

// Some dictionary packages export nothing (no `require.resolve`): go by the project's node_modules.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export function packagePath(file: ShippedFile, inner = file.file): string {
  return join(ROOT, 'node_modules', file.package, inner);
}

export function readLanguageFiles(lang: SpellLang): LanguageFiles {
  const { trie, frequency } = SPELL_FILES[lang];
  return {
    trie: gunzipSync(readFileSync(packagePath(trie))).toString('utf8'),
    frequency: readFileSync(packagePath(frequency), 'utf8'),
  };
}
