import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildTrie, decodeTrie, serializeTrie } from 'cspell-trie-lib';
import { describe, expect, it } from 'vitest';
import { SPELL_FILES } from './files';
import { packagePath } from './node-files';
import { CompactTrie } from './trie';

const v3 = (words: string[]) => [...serializeTrie(buildTrie(words).root, { base: 32, version: 3 })].join('');

describe('CompactTrie (cspell TrieXv3 reader)', () => {
  it('reads a small dictionary exactly: case, accents, ñ, apostrophes, shared suffixes', () => {
    const words = ['casa', 'casas', 'Casado', 'está', 'esta', 'año', 'años', "don't", 'acción', 'canción', 'pasión', 'x'];
    const trie = CompactTrie.parse(v3(words));
    expect([...trie.words()].sort()).toEqual([...words].sort());
    for (const w of words) expect(trie.has(w)).toBe(true);
    for (const w of ['cas', 'Casa', 'casado', 'esta ', 'ano', 'dont', '']) expect(trie.has(w)).toBe(false);
  });

  it('rejects what is not a TrieXv3 file', () => {
    expect(() => CompactTrie.parse('hola\nmundo')).toThrow(/TrieXv3/);
  });

  for (const lang of ['es', 'en'] as const) {
    it(`reads the shipped ${lang} dictionary word for word as cspell-trie-lib does`, () => {
      const text = gunzipSync(readFileSync(packagePath(SPELL_FILES[lang].trie))).toString('utf8');
      const mine = new Set(CompactTrie.parse(text).words());
      const reference = [...decodeTrie(text).words()].filter((w) => !w.startsWith('~'));
      expect(mine.size).toBe(reference.length);
      expect(reference.every((w) => mine.has(w))).toBe(true);
      expect(mine.size).toBeGreaterThan(lang === 'es' ? 600_000 : 150_000);
    }, 60_000);
  }

  it('keeps the dictionaries small in memory (typed arrays)', () => {
    const trie = CompactTrie.parse(gunzipSync(readFileSync(packagePath(SPELL_FILES.es.trie))).toString('utf8'));
    expect(trie.byteLength).toBeLessThan(4_000_000);
  });
});
