import type { CordialDb } from './schema';

/** Longest word the personal dictionary takes (anything longer is not a word). */
const MAX_WORD = 64;

/** Trims and normalises a word for the personal dictionary; null when it is not one word. */
export function cleanWord(word: unknown): string | null {
  if (typeof word !== 'string') return null;
  const w = word.normalize('NFC').trim();
  return w && w.length <= MAX_WORD && /^[\p{L}\p{M}'’-]+$/u.test(w) ? w : null;
}

/** The personal dictionary, oldest first. */
export async function listPersonalWords(db: CordialDb): Promise<string[]> {
  return (await db.personalWords.orderBy('word').toArray()).sort((a, b) => a.addedAt - b.addedAt).map((r) => r.word);
}

export async function addPersonalWord(db: CordialDb, word: unknown, now = Date.now()): Promise<string[]> {
  const w = cleanWord(word);
  if (w && !(await db.personalWords.get(w))) await db.personalWords.put({ word: w, addedAt: now });
  return listPersonalWords(db);
}

export async function removePersonalWord(db: CordialDb, word: unknown): Promise<string[]> {
  const w = cleanWord(word);
  if (w) await db.personalWords.delete(w);
  return listPersonalWords(db);
}
