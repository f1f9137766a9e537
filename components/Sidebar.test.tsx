import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { strings } from '@/utils/i18n';
import { Sidebar, type SidebarProps } from './Sidebar';

function props(overrides: Partial<SidebarProps> = {}): SidebarProps {
  return {
    t: strings('es'),
    page: { origin: 'http://chat.demo.localhost', siteId: 'demo-chat', siteName: 'Demo', channel: 'chat', customerName: 'Ana' },
    loading: false,
    steps: [
      { id: 'greet', label: 'Saluda', required: true, state: 'done', evidence: ['Hola'], ticked: false },
      { id: 'close-cordially', label: 'Despídete', required: false, state: 'missing', evidence: [], ticked: false },
    ],
    tone: [
      { id: 'courteous', label: 'Amable', explanation: 'Por favor, gracias.', state: 'pass', evidence: [{ start: 0, end: 7, text: 'gracias' }] },
      { id: 'no-blame-phrases', label: 'Sin reproches', explanation: 'Sin culpas.', state: 'fail', evidence: [{ start: 0, end: 15, text: 'como ya le dije' }], message: 'Evite reproches.' },
      { id: 'active-listening', label: 'Escucha activa', explanation: 'A mano.', state: 'manual', evidence: [] },
    ],
    replies: [{ key: 'p:hola', id: 'hola', title: 'Hola', preview: '<img src=x onerror=alert(1)><script>bad()</script>', uses: 2 }],
    query: '',
    notice: null,
    warnings: [],
    canCollapse: true,
    onQuery: vi.fn(),
    onInsert: vi.fn(),
    onCopy: vi.fn(),
    onCollapse: vi.fn(),
    ...overrides,
  };
}

describe('<Sidebar>', () => {
  it('shows channel, site, steps and replies with the test contract', () => {
    const { container, getByTestId } = render(<Sidebar {...props()} />);
    expect(getByTestId('channel').textContent).toBe('chat');
    expect(getByTestId('site').textContent).toBe('demo-chat');
    expect([...container.querySelectorAll('[data-testid=protocol-step]')].map((s) => s.getAttribute('data-step-id'))).toEqual(['greet', 'close-cordially']);
    const reply = container.querySelector('[data-testid=reply][data-reply-id=hola]')!;
    expect(reply.querySelector('[data-testid=insert]')).not.toBeNull();
    expect(reply.querySelector('[data-testid=copy]')).not.toBeNull();
    expect(getByTestId('use-count').textContent).toBe('2 usos');
  });

  it('shows each step’s and tone rule’s state and the words behind it; manual items tick by hand', () => {
    const p = props({ onTickStep: vi.fn(), onTickTone: vi.fn() });
    const { container } = render(<Sidebar {...p} />);
    const states = (sel: string, attr: string) => [...container.querySelectorAll(sel)].map((el) => `${el.getAttribute(attr)}=${el.getAttribute('data-state')}`);
    expect(states('[data-testid=protocol-step]', 'data-step-id')).toEqual(['greet=done', 'close-cordially=missing']);
    expect(states('[data-testid=tone-item]', 'data-rule-id')).toEqual(['courteous=pass', 'no-blame-phrases=fail', 'active-listening=manual']);
    expect(container.querySelector('[data-rule-id=no-blame-phrases] [data-testid=tone-evidence]')!.textContent).toBe('como ya le dije');
    fireEvent.click(container.querySelector('[data-rule-id=active-listening] input')!);
    expect(p.onTickTone).toHaveBeenCalledWith('active-listening', true);
    fireEvent.click(container.querySelector('[data-step-id=close-cordially] input')!);
    expect(p.onTickStep).toHaveBeenCalledWith('close-cordially', true);
  });

  it('renders reply text as text, never as HTML', () => {
    const { container } = render(<Sidebar {...props()} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('.reply-body')!.textContent).toContain('<script>bad()</script>');
  });

  it('calls back with the reply key and the query; buttons keep the page focus', () => {
    const p = props();
    const { getByTestId } = render(<Sidebar {...p} />);
    const insert = getByTestId('insert');
    expect(fireEvent.mouseDown(insert)).toBe(false); // default prevented: focus stays in the reply box
    fireEvent.click(insert);
    fireEvent.click(getByTestId('copy'));
    fireEvent.input(getByTestId('reply-search'), { target: { value: 'reemb' } });
    expect(p.onInsert).toHaveBeenCalledWith('p:hola');
    expect(p.onCopy).toHaveBeenCalledWith('p:hola');
    expect(p.onQuery).toHaveBeenCalledWith('reemb');
  });

  it('shows notices and storage warnings as sentences', () => {
    const { getByTestId } = render(<Sidebar {...props({ notice: { kind: 'error', text: 'Este editor no aceptó el texto.' }, warnings: ['Se ha omitido 1 respuesta dañada'] })} />);
    expect(getByTestId('notice').textContent).toBe('Este editor no aceptó el texto.');
    expect(getByTestId('warning').textContent).toContain('dañada');
  });

  describe('keyboard', () => {
    const replies = [
      { key: 'p:a', id: 'a', title: 'Primera', preview: 'Uno', uses: 0, shortcut: 'uno' },
      { key: 'p:b', id: 'b', title: 'Segunda', preview: 'Dos', uses: 0 },
      { key: 'p:c', id: 'c', title: 'Tercera', preview: 'Tres', uses: 0 },
    ];

    it('the search box is a combobox over a listbox of options; arrows move the active reply and wrap', () => {
      const { getByTestId, getByRole, getAllByRole } = render(<Sidebar {...props({ replies })} />);
      const search = getByRole('combobox', { name: 'Buscar respuestas' });
      expect(search).toBe(getByTestId('reply-search'));
      expect(search.getAttribute('aria-controls')).toBe(getByRole('listbox').id);
      const options = getAllByRole('option');
      expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false']);
      expect(search.hasAttribute('aria-activedescendant')).toBe(false);
      const selected = () => options.map((o) => o.getAttribute('aria-selected') === 'true');

      fireEvent.keyDown(search, { key: 'ArrowDown' });
      expect(selected()).toEqual([true, false, false]);
      expect(search.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
      fireEvent.keyDown(search, { key: 'ArrowDown' });
      fireEvent.keyDown(search, { key: 'ArrowDown' });
      expect(selected()).toEqual([false, false, true]);
      fireEvent.keyDown(search, { key: 'ArrowDown' });
      expect(selected()).toEqual([true, false, false]);
      fireEvent.keyDown(search, { key: 'ArrowUp' });
      expect(selected()).toEqual([false, false, true]);
      expect(options[2]!.classList.contains('reply-active')).toBe(true);
    });

    it('Enter inserts the active reply, or the top one when none is active, through the insert callback', () => {
      const p = props({ replies });
      const { getByTestId } = render(<Sidebar {...p} />);
      const search = getByTestId('reply-search');
      fireEvent.keyDown(search, { key: 'Enter' });
      expect(p.onInsert).toHaveBeenLastCalledWith('p:a');
      fireEvent.keyDown(search, { key: 'ArrowDown' });
      fireEvent.keyDown(search, { key: 'ArrowDown' });
      fireEvent.keyDown(search, { key: 'Enter' });
      expect(p.onInsert).toHaveBeenLastCalledWith('p:b');
    });

    it('a new query clears the active reply', () => {
      const p = props({ replies });
      const { getByTestId, rerender } = render(<Sidebar {...p} />);
      fireEvent.keyDown(getByTestId('reply-search'), { key: 'ArrowDown' });
      rerender(<Sidebar {...p} query="seg" />);
      expect(getByTestId('reply-search').hasAttribute('aria-activedescendant')).toBe(false);
    });

    it('Escape in the list goes back to the reply box; the command focuses the search box', () => {
      const onReturnToComposer = vi.fn();
      const p = props({ replies, onReturnToComposer, focusSearch: 0 });
      const { getByTestId, getAllByTestId, rerender } = render(<Sidebar {...p} />);
      const search = getByTestId('reply-search');
      expect(document.activeElement).not.toBe(search);
      rerender(<Sidebar {...p} focusSearch={1} />);
      expect(document.activeElement).toBe(search);
      expect(fireEvent.keyDown(search, { key: 'Escape' })).toBe(false);
      fireEvent.keyDown(getAllByTestId('copy')[1]!, { key: 'Escape' });
      expect(onReturnToComposer).toHaveBeenCalledTimes(2);
    });

    it('shows each reply’s shortcut with the trigger, and none when expansion is off', () => {
      const { getAllByTestId, rerender, queryAllByTestId } = render(<Sidebar {...props({ replies, trigger: ';' })} />);
      expect(getAllByTestId('reply-shortcut').map((k) => k.textContent)).toEqual([';uno']);
      rerender(<Sidebar {...props({ replies, trigger: '' })} />);
      expect(queryAllByTestId('reply-shortcut')).toEqual([]);
    });
  });
});
