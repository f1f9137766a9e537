import type { EditableElement } from '@/utils/dom/editable';
import { pasteEvent } from './paste-event';
import { plainContentEditable } from './plain-contenteditable';
import { countOccurrences, readEditorText, squash } from './read-text';
import { restoreSelection, type SavedSelection } from './selection';
import { textField } from './text-field';
import type { EditorStrategy } from './types';

/**
 * Order matters: the most specific fingerprint first. A rich editor is also `isContentEditable`, and editing its DOM
 * directly would desynchronise its model, so framework editors must be tried before the plain contenteditable.
 */
export const CHAIN: readonly EditorStrategy[] = [textField, pasteEvent, plainContentEditable];

export type ChainResult = { ok: true; strategy: string } | { ok: false; detail: string };

const VERIFY_TIMEOUT_MS = 300;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until the editor shows one more copy of `text` than before (editors render asynchronously). */
async function waitForText(el: EditableElement, text: string, copiesBefore: number): Promise<boolean> {
  const needle = squash(text);
  const deadline = performance.now() + VERIFY_TIMEOUT_MS;
  do {
    if (countOccurrences(squash(readEditorText(el)), needle) > copiesBefore) return true;
    await nextFrame();
  } while (performance.now() < deadline);
  return countOccurrences(squash(readEditorText(el)), needle) > copiesBefore;
}

/**
 * Inserts `text` into `el` at the agent's saved selection with the first strategy that fits, then verifies by reading
 * the editor back. A strategy that changed nothing lets the next one try; one that changed the editor but not into the
 * expected text is undone and reported, so the agent never gets half a reply or two copies.
 */
export async function insertWithChain(el: EditableElement, text: string, saved: SavedSelection): Promise<ChainResult> {
  const tried: string[] = [];
  for (const strategy of CHAIN) {
    if (!strategy.matches(el)) continue;
    tried.push(strategy.id);
    restoreSelection(el, saved);
    // Editors such as Lexical sync their selection on `selectionchange`, which fires asynchronously.
    await nextFrame();
    const snapshot = readEditorText(el);
    const copiesBefore = countOccurrences(squash(snapshot), squash(text));
    let attempted = false;
    try {
      attempted = await strategy.insert(el, text);
    } catch {
      attempted = false;
    }
    if (attempted && (await waitForText(el, text, copiesBefore))) return { ok: true, strategy: strategy.id };
    if (readEditorText(el) !== snapshot) {
      document.execCommand('undo');
      return { ok: false, detail: `${strategy.id}: the editor changed but not into the reply; undone` };
    }
  }
  return { ok: false, detail: tried.length ? `no strategy worked (${tried.join(', ')})` : 'not an editor Cordial knows' };
}
