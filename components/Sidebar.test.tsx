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
});

describe('<Sidebar> at send time', () => {
  const steps = [
    { id: 'greet', label: 'Saluda' },
    { id: 'close-cordially', label: 'Despídete' },
  ];

  it('warns about the required steps a sent reply missed, each with its id, and can be dismissed', () => {
    const onDismiss = vi.fn();
    const { getByTestId, container } = render(<Sidebar {...props({ sendWarning: steps, onDismissSendWarning: onDismiss })} />);
    expect(getByTestId('send-warning').getAttribute('role')).toBe('alert');
    expect([...container.querySelectorAll('[data-testid=send-warning-step]')].map((el) => `${el.getAttribute('data-step-id')}:${el.textContent}`)).toEqual(['greet:Saluda', 'close-cordially:Despídete']);
    fireEvent.click(getByTestId('send-warning-dismiss'));
    expect(onDismiss).toHaveBeenCalled();
  });

  it('asks «¿Enviar sin …?» for a held send; the buttons answer and keep the caret in the page', () => {
    const onSendConfirm = vi.fn();
    const { getByTestId, queryByTestId } = render(<Sidebar {...props({ sendConfirm: steps, onSendConfirm })} />);
    expect(getByTestId('send-confirm').textContent).toContain('¿Enviar sin «Saluda» y «Despídete»?');
    expect(queryByTestId('send-warning')).toBeNull();
    const no = getByTestId('send-confirm-no');
    expect(fireEvent.mouseDown(no)).toBe(false);
    fireEvent.click(no);
    fireEvent.click(getByTestId('send-confirm-yes'));
    expect(onSendConfirm.mock.calls).toEqual([[false], [true]]);
  });

  it('says nothing when the last send was complete', () => {
    const { queryByTestId } = render(<Sidebar {...props()} />);
    expect(queryByTestId('send-warning')).toBeNull();
    expect(queryByTestId('send-confirm')).toBeNull();
  });
});
