/** The background's spelling messages: checks go to the one engine with the agent's personal words added. */
import { addPersonalWord, listPersonalWords, removePersonalWord, type CordialDb } from '@/utils/db';
import { sendToSidebars, type BackgroundProtocol, type Handlers } from '@/utils/messaging';
import { createSpellHost, type SpellHost } from '@/utils/spelling/host';
import { isSpellLang } from '@/utils/spelling/types';

const MAX_TEXT = 20_000;
const MAX_PACK_WORDS = 5_000;

export function spellingHandlers(db: CordialDb, host: SpellHost = createSpellHost()): Handlers<BackgroundProtocol> {
  let personal: Promise<string[]> | undefined;
  const words = () => (personal ??= listPersonalWords(db).catch(() => []));
  const changed = (list: string[]) => {
    personal = Promise.resolve(list);
    // Every sidebar (every tab) re-checks its draft with the new list.
    void sendToSidebars('spelling:words-changed', { words: list });
    return list;
  };
  return {
    'spell:check': async ({ text, lang, words: packWords }) => {
      if (typeof text !== 'string' || !isSpellLang(lang)) throw new Error('spell:check: bad request');
      const extra = Array.isArray(packWords) ? packWords.filter((w): w is string => typeof w === 'string').slice(0, MAX_PACK_WORDS) : [];
      return host.check({ text: text.slice(0, MAX_TEXT), lang, words: [...extra, ...(await words())] });
    },
    'spell:words': () => words(),
    'spell:add-word': async ({ word }) => changed(await addPersonalWord(db, word)),
    'spell:remove-word': async ({ word }) => changed(await removePersonalWord(db, word)),
    'spell:status': () => host.status().catch(() => null),
  };
}
