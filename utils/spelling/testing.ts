/** Test helper: one engine per test file with the real shipped dictionaries (Node only). */
import { SpellEngine } from './engine';
import { readLanguageFiles } from './node-files';
import type { SpellLang } from './types';

let engine: SpellEngine | undefined;

export function testEngine(langs: SpellLang[] = ['es', 'en']): SpellEngine {
  engine ??= new SpellEngine();
  for (const lang of langs) if (!engine.has(lang)) engine.addLanguage(lang, readLanguageFiles(lang));
  return engine;
}
