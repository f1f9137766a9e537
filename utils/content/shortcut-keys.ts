import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { eventTarget, findEditableHost, isTextField, type EditableElement } from '@/utils/dom/editable';
import { execInsertText } from '@/utils/editors/exec-command';
import { readEditorText } from '@/utils/editors/read-text';
import { restoreSelection, selectionRangeIn } from '@/utils/editors/selection';
import { askSidebars, handleMessages, sendToBackground, type ContentProtocol } from '@/utils/messaging';
import { randomKey } from '@/utils/random-key';
import { PICKER_TOKEN_PREFIX, handSecret } from '@/utils/sidebar/key-message';
import { matchTrigger } from '@/utils/shortcuts';
import { deepActiveElement } from '@/utils/sites/lib/query';
import type { DraftSpan } from './text-ranges';
import type { TypedText } from './typed-text';
import { textBeforeCaret } from './typed-recorder';

/** Must match the picker page's row height (components/ReplyPicker.tsx); it lists at most 6. */
const ROW = 40;
const WIDTH = 320;
/** One size whatever the picker finds, «Sin resultados» included: the page can read it, and learns no match count. */
const HEIGHT = 6 * ROW + 2;
/**
 * The `length` characters before the caret as a draft span, which text-ranges.ts finds back in the editor: in a
 * contenteditable, as the same occurrence of the same text, counted in the editor's text nodes.
 */
function spanBeforeCaret(el: EditableElement, length: number): DraftSpan | null {
  if (isTextField(el)) {
    const end = el.selectionStart ?? 0;
    return { start: end - length, end, text: el.value.slice(end - length, end) };
  }
  const caret = selectionRangeIn(el)!;
  const upto = el.ownerDocument.createRange();
  upto.selectNodeContents(el);
  upto.setEnd(caret.startContainer, caret.startOffset);
  const before = upto.toString();
  const text = before.slice(-length);
  const draft = readEditorText(el);
  let start = -1;
  for (let at = before.indexOf(text); at !== -1 && at < before.length - length; at = before.indexOf(text, at + 1)) start = draft.indexOf(text, start + 1);
  start = draft.indexOf(text, start + 1);
  return start < 0 ? null : { start, end: start + length, text };
}

export interface ShortcutKeys {
  /** Asks for the shortcut list again (at most once a second). */
  refresh(): void;
  /** The content script's keydown listener (window, capture) calls this: it was registered before the send guard's. */
  onKey(event: KeyboardEvent): void;
  /** Selects `range` in a contenteditable and waits until the editor has taken it (`settleSelection`). */
  settle(el: HTMLElement, range: Range): Promise<void>;
}

/**
 * Puts the selection on `range` (the typed shortcut, a word to fix) and waits until the editor has taken it: Lexical
 * and the like adopt a new selection on `selectionchange`, a task later (several frames on a busy machine), and a
 * replacement that reaches them before lands at the old caret, beside the words. Back from a click in the picker or
 * the sidebar, the editor first gets the focus back, since such editors put their own caret back on focus.
 */
export async function settleSelection(el: HTMLElement, range: Range): Promise<void> {
  const doc = el.ownerDocument;
  if (!el.contains(deepActiveElement(doc))) {
    el.focus({ preventScroll: true });
    await new Promise(requestAnimationFrame);
  }
  const settled = new Promise((resolve) => {
    doc.addEventListener('selectionchange', resolve, { once: true });
    setTimeout(resolve, 200);
  });
  restoreSelection(el, range);
  await settled;
}

/**
 * Reply shortcuts in the reply box: trigger + shortcut (`;gracias`) then Space or Tab expands it in place; the
 * trigger and part of a word (`;gr`), or the trigger alone after a pause, opens the picker. Keys are taken from the
 * page only when they are ours: Space/Tab right after a known shortcut, the picker's keys while it is open; never
 * during IME composition, never from a script (untrusted events). The sidebar renders the reply and replaces the typed
 * text (`shortcut:expand`), so no reply text is in the page before it is inserted.
 *
 * The trigger and word must be the last characters the agent typed in this box (typed-text.ts), not merely the text
 * before the caret: a page's script hears the agent's Space first and could write `;shortcut` there just before
 * Cordial reads it, then read the reply back (with the agent's name in it), or set `;word` and watch the picker.
 *
 * The picker is an extension page in an iframe at the caret: the page can neither read the replies it lists nor
 * script it; it only hears, over the extension runtime, what was typed after the trigger. Created on first use in the
 * reply box's frame, hidden between uses.
 *
 * Loaded by the content script on pages that are Cordial's (entrypoints/shortcut-keys.ts, lazy-shortcut-keys.ts).
 */
export function watchShortcutKeys(
  ctx: ContentScriptContext,
  /** False while the page is not Cordial's (a host where it waits for the inbox). */
  isActive: () => boolean,
  /** The reply box the agent used last and the caret in it (the content script's FocusTracker), for Escape. */
  lastComposer: () => { element: EditableElement; selection: Range | null } | null,
  /** What the agent typed, recorded since the content script started (utils/content/typed-recorder.ts). */
  typed: TypedText,
): ShortcutKeys {
  let trigger = '';
  let shortcuts: ReadonlySet<string> = new Set();
  let fetchedAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let picker: { host: HTMLElement; frame: HTMLIFrameElement; token: string; ready: Promise<unknown> } | undefined;
  let pickerOpen = false;
  let shown = 0;

  const refresh = () => {
    if (!isActive() || Date.now() - fetchedAt < 1000) return;
    fetchedAt = Date.now();
    sendToBackground('shortcuts:get', undefined).then((list) => {
      trigger = list.trigger;
      shortcuts = new Set(list.shortcuts);
    }, () => undefined);
  };

  /** What the text before the caret asks for, with where it is in the draft. */
  const find = (el: EditableElement | null) => {
    const before = el && isActive() ? textBeforeCaret(el) : null;
    const match = before === null ? null : matchTrigger(before, trigger, shortcuts);
    const span = match && typed.isTyped(el!, before!, match.length) && spanBeforeCaret(el!, match.length);
    return span && { ...match!, span };
  };

  const hide = () => {
    shown++;
    pickerOpen = false;
    if (picker) picker.frame.style.display = 'none';
  };

  const showPicker = async (el: EditableElement) => {
    const turn = ++shown;
    if (!picker) {
      const host = document.createElement('cordial-picker');
      const frame = document.createElement('iframe');
      // The token tells the picker which requests are its own. Not in its address, which the page can read (an open
      // shadow root) to frame a copy that would answer too (a choice expanded twice): posted to the extension's origin.
      const token = randomKey();
      frame.src = browser.runtime.getURL('/picker.html');
      handSecret(frame, PICKER_TOKEN_PREFIX, token, new URL(browser.runtime.getURL('/')).origin);
      frame.title = 'Cordial';
      frame.tabIndex = -1;
      frame.setAttribute('data-cordial-picker', '');
      frame.style.cssText = `position:fixed;z-index:2147483647;width:${WIDTH}px;height:${HEIGHT}px;border:1px solid #ccd;border-radius:8px;box-shadow:0 4px 20px #0003;display:none`;
      // Open, like the sidebar's, so automation can find the frame (Playwright does not pierce closed roots); its
      // content stays cross-origin, and its size tells the page nothing.
      host.attachShadow({ mode: 'open' }).append(frame);
      document.documentElement.append(host);
      ctx.onInvalidated(() => host.remove());
      picker = { host, frame, token, ready: new Promise((resolve) => frame.addEventListener('load', resolve, { once: true })) };
    }
    const current = picker;
    await current.ready;
    const found = find(el);
    const ask = () => found && turn === shown && askSidebars('picker:show', { token: current.token, query: found.query, span: found.span });
    let shows = await ask();
    // No answer at all: a picker that has just loaded may not hold its token yet (postMessage and the runtime's
    // messages are not ordered with each other). It always answers once it does.
    for (let wait = 0; shows === undefined && wait < 5; wait++) shows = await new Promise((resolve) => setTimeout(resolve, 40)).then(ask);
    if (turn !== shown) return; // typed on, or closed, meanwhile
    if (!shows) return hide();
    const caret = (!isTextField(el) && selectionRangeIn(el)?.getClientRects()[0]) || el.getBoundingClientRect();
    const top = caret.bottom + 4 + HEIGHT <= innerHeight ? caret.bottom + 4 : Math.max(4, caret.top - HEIGHT - 4);
    Object.assign(current.frame.style, { top: `${top}px`, left: `${Math.max(4, Math.min(caret.left, innerWidth - WIDTH - 6))}px`, display: 'block' });
    pickerOpen = true;
  };

  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.isComposing || event.keyCode === 229) return;
    const stop = () => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const { key } = event;
    if (pickerOpen && key === 'Escape') return stop(), hide();
    // (A Backspace was recorded already, by typed-recorder.ts's listener, which runs first.)
    const el = findEditableHost(eventTarget(event));
    const found = find(el);
    const pickerKey = key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter';
    // The page changed the text under the open picker: its keys are the page's again.
    if (!found) return void (pickerOpen && pickerKey && hide());
    if (pickerOpen && pickerKey) {
      stop();
      // On Enter the picker expands its active reply through the sidebar, as a click in it does.
      void askSidebars('picker:key', { token: picker!.token, key, span: found.span }).then((chosen) => chosen && hide());
      return;
    }
    if ((key !== ' ' && key !== 'Tab') || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || !found.shortcut) return;
    stop();
    hide();
    typed.reset();
    void askSidebars('shortcut:expand', { span: found.span, shortcut: found.shortcut }).then((done) => {
      // Nobody could expand it (the sidebar is still loading): the agent still gets the space they typed.
      if (!done && key === ' ') execInsertText(el!.ownerDocument, ' ');
    });
  };

  /** After typing or moving the caret: open, update or close the picker. */
  const schedule = (event: Event) => {
    if (!event.isTrusted) return;
    clearTimeout(timer);
    const el = findEditableHost(deepActiveElement(document));
    const found = find(el);
    // A click in the picker moves the focus into it: that is not moving away.
    if (!found) return document.activeElement === picker?.host || hide();
    if (!fetchedAt) refresh();
    timer = setTimeout(() => el === findEditableHost(deepActiveElement(document)) && void showPicker(el!), found.query ? 120 : 600);
  };

  // Asked again as the agent comes back to a reply box: library edits and a new trigger apply from then on.
  ctx.addEventListener(window, 'focusin', (event) => findEditableHost(eventTarget(event)) && refresh(), { capture: true });
  for (const type of ['input', 'selectionchange', 'focusout']) ctx.addEventListener(document, type, schedule, { capture: true });
  // Escape in the sidebar: back to the reply box, the caret where it was.
  const stopListening = handleMessages<ContentProtocol>(
    {
      'composer:focus': () => {
        const target = lastComposer();
        if (target) restoreSelection(target.element, target.selection);
        return !!target;
      },
    },
    (sender) => !!sender.url?.startsWith(browser.runtime.getURL('/')),
  );
  ctx.onInvalidated(stopListening);
  refresh();
  return { refresh, onKey, settle: settleSelection };
}
