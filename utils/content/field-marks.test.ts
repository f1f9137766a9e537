import { afterEach, describe, expect, it } from 'vitest';
import { clearFieldMarks, MIRRORED, showFieldMarks, splitBySpans } from './field-marks';

const marks = () => [...(document.querySelector('cordial-marks')?.shadowRoot?.querySelectorAll('mark') ?? [])].map((m) => m.textContent);

afterEach(() => clearFieldMarks());

describe('splitBySpans', () => {
  it('cuts the value at the spans, in order, keeping every character', () => {
    const value = 'Hola. Como ya le dije, no.';
    const parts = splitBySpans(value, [{ start: 23, end: 25, text: 'no' }, { start: 6, end: 21, text: 'Como ya le dije' }]);
    expect(parts).toEqual([
      { text: 'Hola. ', mark: false },
      { text: 'Como ya le dije', mark: true },
      { text: ', ', mark: false },
      { text: 'no', mark: true },
      { text: '.\u200b', mark: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(`${value}\u200b`);
  });

  it('drops spans whose words are no longer there, overlapping and empty spans', () => {
    const parts = splitBySpans('Hola Ana', [{ start: 0, end: 4, text: 'Hola' }, { start: 2, end: 6, text: 'la A' }, { start: 5, end: 8, text: 'Eva' }, { start: 3, end: 3, text: '' }]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Hola']);
  });

  it('ends with a zero-width space so a trailing new line keeps its line, as in the field', () => {
    expect(splitBySpans('Hola\n', []).at(-1)!.text).toBe('Hola\n\u200b');
  });
});

describe('showFieldMarks', () => {
  it('lays a mirror over the field in Cordial’s own shadow root, with the field’s text metrics, and paints the words', () => {
    document.body.innerHTML = '<textarea style="font-size: 17px; line-height: 23px; padding: 5px 9px; letter-spacing: 1px"></textarea>';
    const field = document.querySelector('textarea')!;
    field.value = 'Hola. Como ya le dije, el pedido sale mañana.';
    expect(showFieldMarks(field, [{ start: 6, end: 21, text: 'Como ya le dije' }])).toBe(1);
    expect(marks()).toEqual(['Como ya le dije']);
    const host = document.querySelector<HTMLElement>('cordial-marks')!;
    const mirror = host.shadowRoot!.querySelector('div')!;
    expect(mirror.textContent).toBe(`${field.value}\u200b`);
    for (const name of ['font-size', 'line-height', 'letter-spacing', 'padding-left']) expect(mirror.style.getPropertyValue(name), name).toBe(getComputedStyle(field).getPropertyValue(name));
    expect(MIRRORED).toEqual(expect.arrayContaining(['font-family', 'white-space', 'overflow-wrap', 'border-left-width', 'tab-size']));
    expect(host.shadowRoot!.querySelector('style')!.textContent).toMatch(/pointer-events:none/);
  });

  it('goes away on clear, when the agent types, and paints nothing for stale spans', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    field.value = 'Hola Ana';
    showFieldMarks(field, [{ start: 0, end: 4, text: 'Hola' }]);
    clearFieldMarks();
    expect(document.querySelector('cordial-marks')).toBeNull();
    showFieldMarks(field, [{ start: 0, end: 4, text: 'Hola' }]);
    field.dispatchEvent(new Event('input'));
    expect(document.querySelector('cordial-marks')).toBeNull();
    expect(showFieldMarks(field, [{ start: 0, end: 4, text: 'Chao' }])).toBe(0);
    expect(document.querySelector('cordial-marks')).toBeNull();
  });
});
