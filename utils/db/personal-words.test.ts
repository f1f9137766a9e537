import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPersonalWord, cleanWord, listPersonalWords, openDb, removePersonalWord, type CordialDb } from './index';

let db: CordialDb;
let n = 0;
beforeEach(() => {
  db = openDb(`cordial-words-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('personal dictionary', () => {
  it('adds words once, in the order added, and removes them', async () => {
    expect(await addPersonalWord(db, 'fibramax', 1)).toEqual(['fibramax']);
    expect(await addPersonalWord(db, 'Telepuppy', 2)).toEqual(['fibramax', 'Telepuppy']);
    expect(await addPersonalWord(db, ' fibramax ', 3)).toEqual(['fibramax', 'Telepuppy']);
    expect(await removePersonalWord(db, 'fibramax')).toEqual(['Telepuppy']);
    expect(await listPersonalWords(db)).toEqual(['Telepuppy']);
  });

  it('takes only one word (letters, apostrophes, hyphens), normalised', () => {
    expect(cleanWord('Cafe\u0301')).toBe('Café');
    expect(cleanWord("l'Hospitalet")).toBe("l'Hospitalet");
    for (const bad of ['', '   ', 'dos palabras', 'x'.repeat(65), 'abc123', '<script>', 42, null]) expect(cleanWord(bad)).toBeNull();
  });

  it('ignores what is not a word', async () => {
    expect(await addPersonalWord(db, 'dos palabras')).toEqual([]);
  });
});
