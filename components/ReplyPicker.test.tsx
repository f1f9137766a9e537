import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { strings } from '@/utils/i18n';
import { PICKER_ROW, ReplyPicker } from './ReplyPicker';

const items = [
  { key: 'p:gracias', title: 'Gracias por su confianza', shortcut: 'gracias' },
  { key: 'personal:x', title: '<b>Mía</b>' },
];

describe('<ReplyPicker>', () => {
  it('lists titles and trigger + shortcut as options of a labelled listbox, the active one selected', () => {
    const { getByRole, getAllByRole, container } = render(<ReplyPicker items={items} active={1} trigger=";" t={strings('es')} onChoose={vi.fn()} onActive={vi.fn()} />);
    expect(getByRole('listbox', { name: 'Respuestas por atajo' })).toBeTruthy();
    const options = getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Gracias por su confianza;gracias', '<b>Mía</b>']);
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(container.querySelector('b')).toBeNull();
    // The focus stays in the page: the active option is announced.
    expect(getByRole('status').textContent).toBe('<b>Mía</b>, 2 de 2. Intro para insertarla, Escape para cerrar.');
    // The content script sizes the iframe by this row height.
    expect(options[0]!.style.height).toBe(`${PICKER_ROW}px`);
  });

  it('a click chooses without taking the focus; hovering moves the active option', () => {
    const onChoose = vi.fn();
    const onActive = vi.fn();
    const { getAllByRole } = render(<ReplyPicker items={items} active={0} trigger=";" t={strings('es')} onChoose={onChoose} onActive={onActive} />);
    const second = getAllByRole('option')[1]!;
    expect(fireEvent.mouseDown(second)).toBe(false);
    fireEvent.mouseEnter(second);
    fireEvent.click(second);
    expect(onActive).toHaveBeenCalledWith(1);
    expect(onChoose).toHaveBeenCalledWith(1);
  });

  it('says «Sin resultados» when nothing matches, in a row of its own and to screen readers', () => {
    const { getByTestId, getByRole, queryAllByRole } = render(<ReplyPicker items={[]} active={0} trigger=";" t={strings('es')} onChoose={vi.fn()} onActive={vi.fn()} />);
    expect(queryAllByRole('option')).toEqual([]);
    expect(getByTestId('picker-empty').textContent).toBe('Sin resultados');
    expect(getByRole('status').textContent).toBe('Sin resultados');
  });
});
