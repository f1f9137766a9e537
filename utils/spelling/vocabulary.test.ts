import { describe, expect, it } from 'vitest';
import { CompactTrie } from './trie';
import { readLanguageFiles } from './node-files';
import { serviceVocabulary } from './vocabulary';

describe('service vocabulary', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`${lang}: every word is one the stock dictionary lacks`, () => {
      const trie = CompactTrie.parse(readLanguageFiles(lang).trie);
      const present = serviceVocabulary(lang).filter((w) => trie.has(w));
      expect(present).toEqual([]);
    }, 20_000);
  }
});
