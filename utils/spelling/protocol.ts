/** Messages between the engine's host (offscreen document / background page) and the spelling worker. */
import type { SpellIssue, SpellLang } from './types';

export interface SpellCheckRequest {
  text: string;
  lang: SpellLang;
  /** Pack dictionary and personal words: never flagged, offered as suggestions. */
  words?: string[];
}

export interface SpellCheckResult {
  issues: SpellIssue[];
  lang: SpellLang;
  /** Time spent checking in the worker (ms), loading excluded. */
  elapsedMs: number;
}

export interface SpellStatus {
  /** Languages ready to check. */
  loaded: SpellLang[];
  /** Per language: fetch + decompress + parse (ms), measured in the worker. */
  loadMs: Partial<Record<SpellLang, number>>;
  /** Bytes of the loaded dictionaries' arrays. */
  dictionaryBytes: number;
}

/** Extension URLs of one language's files (the worker has no `browser.runtime`). */
export type SpellFileUrls = Record<SpellLang, { trie: string; frequency: string }>;

export type WorkerRequest =
  | { id: number; type: 'init'; urls: SpellFileUrls; preload: SpellLang[] }
  | { id: number; type: 'check'; request: SpellCheckRequest }
  | { id: number; type: 'status' };

export type WorkerResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
