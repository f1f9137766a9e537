/**
 * What the agent has just typed in one reply box, from trusted input only, so that a shortcut expands (and the
 * picker opens) only for a trigger and word the agent typed there: never for text a page's script put before the
 * caret (`value =`, a DOM edit, `execCommand`), which fires no trusted `beforeinput`. The caller passes the text before
 * the caret each time; when it no longer ends with what was typed, something else changed it (the page, a click
 * elsewhere in the text, a paste, an undo) and the record starts again from nothing. Pure: no DOM, any object is a box.
 */
export interface TypedText {
  /** A trusted `beforeinput` in `box`; `before` is the text before the caret as it fires (null: a selection, unknown). */
  beforeInput(box: object, inputType: string, data: string | null, before: string | null): void;
  /**
   * A trusted Backspace keydown in `box`. Lexical and Draft.js delete on keydown and fire no `beforeinput`; where one
   * follows (`deleteContentBackward`), it does not delete a second character.
   */
  backspace(box: object, before: string | null): void;
  /** An IME composition starts: its text replaces itself (`insertCompositionText`) until it ends. */
  compose(): void;
  /** Forgets everything: a focus change, an untrusted input event, any other kind of input. */
  reset(): void;
  /** Whether the last `length` characters of `before` (the text before the caret in `box`) are the last the agent typed there. */
  isTyped(box: object, before: string, length: number): boolean;
}

/** The longest trigger and shortcut are 3 + 40 characters. */
const KEEP = 64;

/** A contenteditable keeps typed spaces as no-break spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

export function createTypedText(): TypedText {
  let owner: object | null = null;
  let typed = '';
  /** How much of the end of `typed` is an IME composition still being typed. */
  let composing = 0;
  /** A Backspace keydown dropped a character, and its `beforeinput` may still come. */
  let dropped = false;

  const reset = () => {
    owner = null;
    typed = '';
    composing = 0;
    dropped = false;
  };
  /** Whether the text before the caret still ends as what was typed does (as far as both go). */
  const agrees = (before: string) => {
    const n = Math.min(before.length, typed.length);
    return plain(before.slice(before.length - n)) === plain(typed.slice(typed.length - n));
  };
  /** Goes on from what was typed in `box`, or starts again when the text no longer ends with it. */
  const resume = (box: object, before: string | null) => {
    dropped = false;
    if (box === owner && before !== null && agrees(before)) return;
    reset();
    owner = box;
  };
  // By code point: Backspace never leaves half a surrogate pair.
  const dropLast = () => (typed = typed.replace(/[\s\S]$/u, ''));

  return {
    beforeInput(box, inputType, data, before) {
      if (inputType === 'deleteContentBackward' && dropped && box === owner) {
        dropped = false;
        return;
      }
      resume(box, before);
      if (inputType === 'deleteContentBackward') {
        dropLast();
        composing = 0;
      } else if (inputType === 'insertText' || inputType === 'insertCompositionText') {
        const composed = inputType === 'insertCompositionText';
        typed = typed.slice(0, typed.length - (composed ? composing : 0)) + (data ?? '');
        composing = composed ? (data ?? '').length : 0;
        if (typed.length > KEEP + composing) typed = typed.slice(-KEEP - composing);
      } else reset();
    },
    backspace(box, before) {
      resume(box, before);
      dropLast();
      composing = 0;
      dropped = true;
    },
    compose() {
      composing = 0;
    },
    reset,
    isTyped: (box, before, length) => box === owner && length > 0 && length <= typed.length && length <= before.length && agrees(before),
  };
}
