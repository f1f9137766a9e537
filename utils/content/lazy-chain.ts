import { browser } from 'wxt/browser';
import type { EditableElement } from '@/utils/dom/editable';
import type { ChainResult } from '@/utils/editors';
import type { SavedSelection } from '@/utils/editors/selection';
import type { InsertOptions } from '@/utils/editors/types';

type Chain = (el: EditableElement, text: string, saved: SavedSelection, options?: InsertOptions) => Promise<ChainResult>;
const loaded = () => (globalThis as { cordialInsertChain?: Chain }).cordialInsertChain;

/**
 * The insertion chain, fetched from the extension on the first insert (a few milliseconds, once per page). On sites
 * the agent turned Cordial on for, it is registered with the content script and already there.
 */
export async function insertWithChain(el: EditableElement, text: string, saved: SavedSelection, options?: InsertOptions): Promise<ChainResult> {
  if (!loaded()) await import(/* @vite-ignore */ browser.runtime.getURL('/insert-chain.js')).catch(() => undefined);
  const chain = loaded();
  if (!chain) return { ok: false, reason: 'not-verified', detail: 'the insertion code could not be loaded' };
  return chain(el, text, saved, options);
}
