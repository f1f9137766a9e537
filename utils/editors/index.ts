import type { EditableElement } from '@/utils/dom/editable';
import type { InsertFailure } from '@/utils/messaging';
import { beforeInput, slateBeforeInput } from './before-input';
import { mainWorldBridge } from './main-world-bridge';
import { pasteEvent } from './paste-event';
import { plainContentEditable } from './plain-contenteditable';
import { countOccurrences, readEditorText, squash } from './read-text';
import { restoreSelection, type SavedSelection } from './selection';
import { textField } from './text-field';
import { InsertRefused, type EditorStrategy, type InsertOptions } from './types';

/**
 * Order matters:
 * 1. text fields: `<textarea>` / `<input>` are never contenteditable, nothing else applies;
 * 2. the main-world bridge, for the editors whose API does better than a paste: CKEditor 5's model keeps blank lines
 *    that its plain-text paste drops, and Quill 1 answers a synthetic paste with a delayed edit of its own that races
 *    the insert. Where the bridge is absent (Firefox) it changes nothing and the paste below applies;
 * 3. Slate's beforeinput: unlike its paste handler, it reads the DOM selection first (before-input.ts), so a
 *    replacement takes the place of the selected words; a Slate build that ignores it still gets the paste;
 * 4. paste: the one input every rich editor routes through its own model (and its undo);
 * 5. beforeinput: for Lexical builds that ignore a synthetic paste;
 * 6. plain contenteditable through `execCommand('insertText')` — last, because on a rich editor it would edit the
 *    DOM behind the editor's back.
 * A strategy that leaves the editor untouched lets the next one try; the clipboard is the caller's last resort.
 */
export const CHAIN: readonly EditorStrategy[] = [textField, mainWorldBridge, slateBeforeInput, pasteEvent, beforeInput, plainContentEditable];

export type ChainResult = { ok: true; strategy: string } | { ok: false; reason: InsertFailure; detail: string };

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

const historyEvent = (inputType: 'historyUndo' | 'historyRedo') => new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true, composed: true });
const zKey = (shiftKey: boolean) => new KeyboardEvent('keydown', { key: shiftKey ? 'Z' : 'z', code: 'KeyZ', ctrlKey: true, shiftKey, bubbles: true, cancelable: true, composed: true });

/**
 * Takes back a change that did not turn out to be the reply, the way each kind of editor accepts an undo: its own
 * history first (a beforeinput `historyUndo`, then Ctrl+Z), the browser's native undo last, as it edits the DOM behind
 * a rich editor's back (in Firefox it takes back everything the agent typed in Quill). An undo that goes past the
 * change is redone at once and nothing more is tried: the agent keeps their draft.
 */
export async function revert(el: EditableElement, snapshot: string): Promise<void> {
  const doc = el.ownerDocument;
  const steps: Array<{ undo: () => void; redo: () => void }> = [
    { undo: () => el.dispatchEvent(historyEvent('historyUndo')), redo: () => el.dispatchEvent(historyEvent('historyRedo')) },
    { undo: () => el.dispatchEvent(zKey(false)), redo: () => el.dispatchEvent(zKey(true)) },
    { undo: () => doc.execCommand?.('undo'), redo: () => doc.execCommand?.('redo') },
  ];
  for (const step of steps) {
    const before = readEditorText(el);
    if (before === snapshot) return;
    step.undo();
    await nextFrame();
    const after = readEditorText(el);
    if (after === snapshot || after === before) continue;
    step.redo();
    await nextFrame();
    return;
  }
}

/**
 * Inserts `text` into `el` at the agent's saved selection with the first strategy that fits, then verifies by reading
 * the editor back. A strategy that changed nothing lets the next one try; one that changed the editor but not into the
 * expected text is undone and reported, so the agent never gets half a reply or two copies.
 */
export async function insertWithChain(el: EditableElement, text: string, saved: SavedSelection, options: InsertOptions = { rich: false }): Promise<ChainResult> {
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
      attempted = await strategy.insert(el, text, options);
    } catch (error) {
      if (error instanceof InsertRefused) return { ok: false, reason: error.reason, detail: strategy.id };
      attempted = false;
    }
    if (attempted && (await waitForText(el, text, copiesBefore))) return { ok: true, strategy: strategy.id };
    if (readEditorText(el) !== snapshot) {
      await revert(el, snapshot);
      return { ok: false, reason: 'not-verified', detail: `${strategy.id}: the editor changed but not into the reply; undone` };
    }
  }
  return { ok: false, reason: 'not-verified', detail: tried.length ? `no strategy worked (${tried.join(', ')})` : 'not an editor Cordial knows' };
}
