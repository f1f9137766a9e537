import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { eventTarget, findEditableHost, isTextField, type EditableElement } from '@/utils/dom/editable';
import { selectionRangeIn } from '@/utils/editors/selection';
import { createTypedText, type TypedText } from './typed-text';

/** What the agent types with: other input (a paste, a new line, an undo, a page's event) starts the record again. */
const TYPING = new Set(['insertText', 'insertCompositionText', 'deleteContentBackward']);

/** The text just before the caret: a field's value, or the caret's own text node in a contenteditable. */
export function textBeforeCaret(el: EditableElement): string | null {
  if (isTextField(el)) {
    const end = el.selectionStart;
    return end !== null && end === el.selectionEnd ? el.value.slice(0, end) : null;
  }
  const range = selectionRangeIn(el);
  if (!range?.collapsed) return null;
  let node: Node | null = range.startContainer;
  let offset = range.startOffset;
  if (!(node instanceof Text)) {
    node = node.childNodes[offset - 1] ?? null;
    offset = node instanceof Text ? node.length : 0;
  }
  return node instanceof Text ? node.data.slice(0, offset) : null;
}

/**
 * Records what the agent types (utils/content/typed-text.ts) from the content script's start, in every frame: the
 * shortcut code loads on the first reply box focused in a subframe, and what the agent typed while it loaded must
 * still count (`;gracias` typed at once in a freshly focused box). Window listeners in the capture phase, before the
 * editors (which may cancel `beforeinput` and insert themselves) and before the shortcut keys' own keydown listener.
 */
export function recordTypedText(ctx: ContentScriptContext): TypedText {
  const typed = createTypedText();
  const onInput = (event: Event) => {
    const { inputType, data } = event as InputEvent;
    const box = findEditableHost(eventTarget(event));
    if (!event.isTrusted || !box || !TYPING.has(inputType)) typed.reset();
    else if (event.type === 'beforeinput') typed.beforeInput(box, inputType, data, textBeforeCaret(box));
  };
  for (const type of ['beforeinput', 'input']) ctx.addEventListener(window, type, onInput, { capture: true });
  ctx.addEventListener(window, 'compositionstart', () => typed.compose(), { capture: true });
  for (const type of ['focusin', 'focusout']) ctx.addEventListener(window, type, () => typed.reset(), { capture: true });
  // Lexical and Draft.js delete on keydown, with no `beforeinput`.
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      const { key, ctrlKey, altKey, metaKey, isTrusted, isComposing, keyCode } = event as KeyboardEvent;
      if (key !== 'Backspace' || ctrlKey || altKey || metaKey || !isTrusted || isComposing || keyCode === 229) return;
      const el = findEditableHost(eventTarget(event));
      if (el) typed.backspace(el, textBeforeCaret(el));
      else typed.reset();
    },
    { capture: true },
  );
  return typed;
}
