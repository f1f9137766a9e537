import { afterEach, describe, expect, it } from 'vitest';
import { clearSpelling, otherChecker, showSpelling, spellingSpanAtCaret, withCaretKept } from './spelling-marks';

afterEach(() => {
  clearSpelling();
  document.body.innerHTML = '';
  for (const a of [...document.body.attributes]) document.body.removeAttribute(a.name);
});

const marks = () => [...document.querySelectorAll('[data-cordial-spelling-overlay] [data-cordial-spelling-mark]')].map((m) => m.textContent);

describe('spelling underlines in a text field', () => {
  it('draws an overlay outside the field with the flagged words, and clears it', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    field.value = 'Hola, el retrazo y la paciensia.';
    const shown = showSpelling(field, field.value, [
      { start: 9, end: 16, text: 'retrazo' },
      { start: 22, end: 31, text: 'paciensia' },
      { start: 0, end: 4, text: 'Adiós' }, // not where the sidebar saw it: skipped
    ]);
    expect(shown).toBe(2);
    expect(marks()).toEqual(['retrazo', 'paciensia']);
    expect(field.parentElement!.querySelector('[data-cordial-spelling-overlay]')).not.toBe(field);
    expect(field.value).toBe('Hola, el retrazo y la paciensia.');
    clearSpelling();
    expect(document.querySelector('[data-cordial-spelling-overlay]')).toBeNull();
  });

  it('hides the marks as soon as the agent types (the words move)', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    field.value = 'el retrazo';
    showSpelling(field, field.value, [{ start: 3, end: 10, text: 'retrazo' }]);
    field.dispatchEvent(new Event('input'));
    expect(marks()).toEqual([]);
  });

  it('knows which underlined word the caret is in', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    field.value = 'el retrazo de hoy';
    showSpelling(field, field.value, [{ start: 3, end: 10, text: 'retrazo' }]);
    field.setSelectionRange(5, 5);
    expect(spellingSpanAtCaret(field)).toEqual({ start: 3, end: 10, text: 'retrazo' });
    field.setSelectionRange(14, 14);
    expect(spellingSpanAtCaret(field)).toBeNull();
  });

  it('puts the caret back after a fix, moved by the change in length when it was after the word', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    field.value = 'el rtrazo de hoy';
    field.setSelectionRange(16, 16);
    await withCaretKept(field, field.value, { start: 3, end: 9, text: 'rtrazo' }, 'retraso', async () => {
      field.value = 'el retraso de hoy';
      field.setSelectionRange(10, 10);
    });
    expect(field.selectionStart).toBe(17);
  });
});

describe('other checkers', () => {
  it('sees Grammarly and LanguageTool by the marks they leave on the page', () => {
    expect(otherChecker()).toBeNull();
    document.body.setAttribute('data-gr-ext-installed', '');
    expect(otherChecker()).toBe('Grammarly');
    document.body.removeAttribute('data-gr-ext-installed');
    document.body.setAttribute('data-lt-installed', 'true');
    expect(otherChecker()).toBe('LanguageTool');
  });
});

describe('spelling underlines in a rich editor without the Highlight API', () => {
  it('falls back to an overlay outside the editor, never touching it', () => {
    // happy-dom has no CSS Custom Highlight API: the fallback path.
    expect((globalThis as { Highlight?: unknown }).Highlight).toBeUndefined();
    document.body.innerHTML = '<div contenteditable="true"><p>Hola, el <b>retrazo</b> de hoy.</p></div>';
    const editor = document.querySelector('[contenteditable]') as HTMLElement;
    const before = editor.innerHTML;
    expect(showSpelling(editor, 'Hola, el retrazo de hoy.', [{ start: 9, end: 16, text: 'retrazo' }])).toBe(1);
    expect(document.querySelector('[data-cordial-spelling-overlay]')).not.toBeNull();
    expect(editor.innerHTML).toBe(before);
    clearSpelling();
    expect(document.querySelector('[data-cordial-spelling-overlay]')).toBeNull();
  });
});
