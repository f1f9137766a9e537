import { describe, expect, it } from 'vitest';
import { createTypedText, type TypedText } from './typed-text';

/** A box whose text is `text`, caret at the end, into which the agent types through trusted `beforeinput`s. */
function typist(typed: TypedText, box = {}) {
  const state = { text: '' };
  return {
    box,
    state,
    type(chars: string) {
      for (const char of chars) {
        typed.beforeInput(box, 'insertText', char, state.text);
        state.text += char;
      }
    },
    /** A Backspace as Lexical and Draft.js take it: keydown only. */
    backspaceOnKeydown() {
      typed.backspace(box, state.text);
      state.text = state.text.slice(0, -1);
    },
    /** A Backspace the browser performs: keydown, then `beforeinput`. */
    backspaceNative() {
      typed.backspace(box, state.text);
      typed.beforeInput(box, 'deleteContentBackward', null, state.text);
      state.text = state.text.slice(0, -1);
    },
    /** Whether the trigger + word at the end (`length` characters) counts as typed. */
    ends: (length: number) => typed.isTyped(box, state.text, length),
  };
}

describe('createTypedText', () => {
  it('counts the trigger and word the agent typed last, caret right after them', () => {
    const t = typist(createTypedText());
    t.type('Hola ;gracias');
    expect(t.ends(';gracias'.length)).toBe(true);
    expect(t.ends('Hola ;gracias'.length)).toBe(true);
    // A caret moved back into the word: what is before it is not how the typing ended.
    expect(t.state.text.slice(0, -2)).toBe('Hola ;graci');
    expect(createTypedText().isTyped(t.box, 'Hola ;graci', 6)).toBe(false);
  });

  it('refuses text the page wrote before the caret, whatever the agent typed before', () => {
    const typed = createTypedText();
    const t = typist(typed);
    t.type('Hola');
    // The page rewrites the box (no input event) just before the agent's Space reaches Cordial.
    t.state.text = ';gracias';
    expect(t.ends(';gracias'.length)).toBe(false);
    // Completing what the agent started does not count either.
    const u = typist(createTypedText());
    u.type(';gra');
    u.state.text = ';gracias';
    expect(u.ends(';gracias'.length)).toBe(false);
    expect(u.ends(';gracias'.slice(-3).length)).toBe(false);
  });

  it('starts again when the text before the caret no longer ends with what was typed, even if it matches later', () => {
    const typed = createTypedText();
    const t = typist(typed);
    t.type(';gra');
    t.state.text = 'xyz';
    t.type('c');
    // What the agent typed next is all that counts: `;grac` was never typed in one go before this caret.
    t.state.text = ';grac';
    expect(t.ends(5)).toBe(false);
    expect(t.ends(1)).toBe(true);
  });

  it('keeps a record per box: typing elsewhere, or checking another box, does not count', () => {
    const typed = createTypedText();
    const a = typist(typed, {});
    const b = typist(typed, {});
    a.type(';gracias');
    expect(b.ends(0)).toBe(false);
    b.state.text = ';gracias';
    expect(b.ends(';gracias'.length)).toBe(false);
    b.type('x');
    expect(a.ends(';gracias'.length)).toBe(false);
  });

  it('forgets everything on reset (focus change, untrusted or other input)', () => {
    const typed = createTypedText();
    const t = typist(typed);
    t.type(';gracias');
    typed.reset();
    expect(t.ends(';gracias'.length)).toBe(false);
    t.type(';gr');
    typed.beforeInput(t.box, 'insertFromPaste', 'acias', t.state.text);
    t.state.text += 'acias';
    expect(t.ends(';gracias'.length)).toBe(false);
  });

  it('a Backspace drops one character, whether the editor deletes on keydown or the browser does', () => {
    for (const press of ['backspaceOnKeydown', 'backspaceNative'] as const) {
      const t = typist(createTypedText());
      t.type(';gracix');
      t[press]();
      t.type('as');
      expect(t.ends(';gracias'.length), press).toBe(true);
      t[press]();
      t[press]();
      expect(t.ends(';graci'.length), press).toBe(true);
    }
  });

  it('a Backspace the page cancelled leaves a record that no longer matches', () => {
    const t = typist(createTypedText());
    t.type(';graciasx');
    // keydown seen, nothing deleted, no beforeinput.
    const before = t.state.text;
    t.backspaceOnKeydown();
    t.state.text = before;
    expect(t.ends(';graciasx'.length)).toBe(false);
    expect(t.ends(1)).toBe(false);
  });

  it('a contenteditable’s no-break spaces are the spaces the agent typed', () => {
    const typed = createTypedText();
    const box = {};
    typed.beforeInput(box, 'insertText', 'a', '');
    typed.beforeInput(box, 'insertText', ' ', 'a');
    typed.beforeInput(box, 'insertText', ';', 'a\u00a0');
    typed.beforeInput(box, 'insertText', 'x', 'a ;');
    expect(typed.isTyped(box, 'a\u00a0;x', 4)).toBe(true);
  });

  it('an IME composition counts once, as committed', () => {
    const typed = createTypedText();
    const box = {};
    typed.beforeInput(box, 'insertText', ';', '');
    typed.beforeInput(box, 'insertText', 'n', ';');
    typed.compose();
    // A dead key: ´ then í, replacing it.
    typed.beforeInput(box, 'insertCompositionText', '´', ';n');
    typed.beforeInput(box, 'insertCompositionText', 'í', ';n´');
    typed.beforeInput(box, 'insertText', 'o', ';ní');
    expect(typed.isTyped(box, ';nío', 4)).toBe(true);
  });

  it('knows only the last characters typed, enough for any trigger and shortcut', () => {
    const t = typist(createTypedText());
    t.type(`${'x'.repeat(200)} ;gracias`);
    expect(t.ends(';gracias'.length)).toBe(true);
    expect(t.ends(t.state.text.length)).toBe(false);
  });

  it('nothing typed is never typed, and a caret with nothing before it has nothing typed', () => {
    const typed = createTypedText();
    expect(typed.isTyped({}, ';', 1)).toBe(false);
    const t = typist(typed);
    t.type(';');
    expect(t.ends(0)).toBe(false);
    expect(typed.isTyped(t.box, '', 1)).toBe(false);
  });
});
