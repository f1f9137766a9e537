import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { strings } from '@/utils/i18n';
import { renderTemplate } from '@/utils/placeholders';
import { findUnfilledMarkers } from '@/utils/replies/unfilled-markers';
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
    expect(getByTestId('channel').textContent).toBe('Chat en vivo');
    expect(getByTestId('channel').getAttribute('data-channel')).toBe('chat');
    expect(getByTestId('site').textContent).toBe('Demo');
    expect(getByTestId('site').getAttribute('data-site-id')).toBe('demo-chat');
    expect(container.querySelector('.context dt')!.textContent).toBe('Canal');
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

  it('warns about the blanks left in the draft, once per blank, and shows each in the reply box on hover', () => {
    const draft = 'Su pedido [número de pedido] llegará el [fecha]. Confirmaremos el [fecha] por correo, {{cliente}}.';
    const p = props({ unfilled: findUnfilledMarkers(draft), onHighlight: vi.fn() });
    const { getByTestId, getAllByTestId } = render(<Sidebar {...p} />);
    expect(getByTestId('unfilled-warning').textContent).toContain('Quedan 3 huecos');
    const markers = getAllByTestId('unfilled-marker');
    expect(markers.map((m) => m.textContent)).toEqual(['[número de pedido]', '[fecha]', '{{cliente}}']);
    fireEvent.mouseEnter(markers[1]!);
    const spans = (p.onHighlight as ReturnType<typeof vi.fn>).mock.calls[0]![0] as Array<{ start: number; end: number; text: string }>;
    expect(spans.map((s) => draft.slice(s.start, s.end))).toEqual(['[fecha]', '[fecha]']);
    fireEvent.mouseLeave(markers[1]!);
    expect(p.onHighlight).toHaveBeenLastCalledWith(null);
  });

  it('shows no warning for a draft without blanks, and speaks English when asked', () => {
    const { queryByTestId, rerender } = render(<Sidebar {...props({ unfilled: findUnfilledMarkers('Vea [la guía](https://example.com) y la nota [1].') })} />);
    expect(queryByTestId('unfilled-warning')).toBeNull();
    rerender(<Sidebar {...props({ t: strings('en'), unfilled: findUnfilledMarkers('Your order [order number]') })} />);
    expect(queryByTestId('unfilled-warning')!.textContent).toContain('1 blank left to fill in the draft');
    expect(queryByTestId('channel')!.textContent).toBe('Live chat');
    expect(document.querySelector('.context dt')!.textContent).toBe('Channel');
  });
});

describe('<Sidebar> with hostile or unusual reply text', () => {
  // Each body goes through the renderer and into the list exactly as a reply from a pack would.
  const BODIES: Record<string, string> = {
    long: `Hola {{cliente}}. ${'Gracias por su paciencia mientras revisamos su caso. '.repeat(1_000)}`,
    emoji: 'Hola {{cliente}} 👋🏽 👩🏾‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 🧑🏿‍🤝‍🧑🏻 ❤️‍🔥',
    arabic: 'مرحبا {{cliente}}، شكرا لتواصلك معنا. سنرد عليك قريبا.',
    hebrew: 'שלום {{cliente}}, תודה שפנית אלינו. נחזור אליך בהקדם.',
    html: '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><a href="javascript:alert(1)">clic</a> {{cliente}}',
  };
  const CUSTOMER = '<b onmouseover="window.pwned = 3">Ana</b> 🧕🏽';

  it('renders every body verbatim, as text, in the reply list', () => {
    expect(BODIES.long!.length).toBeGreaterThanOrEqual(50_000);
    const replies = Object.entries(BODIES).map(([id, body]) => ({ key: `p:${id}`, id, title: `${id} <i>título</i>`, preview: renderTemplate(body, { customer: CUSTOMER }).text, uses: 0 }));
    const { container } = render(<Sidebar {...props({ replies })} />);
    for (const [id, body] of Object.entries(BODIES)) {
      const item = container.querySelector(`[data-reply-id=${id}]`)!;
      expect(item.querySelector('.reply-body')!.textContent).toBe(body.replace('{{cliente}}', CUSTOMER));
      expect(item.querySelector('.reply-title')!.textContent).toBe(`${id} <i>título</i>`);
    }
    // Nothing from the replies became an element, and nothing ran.
    expect(container.querySelector('script, img, b, i, a[href^=javascript]')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('shows a placeholder still to fill as a named blank, not as the template’s braces', () => {
    const preview = renderTemplate('Hola, {{cliente}}: soy {{agente}}, de {{empresa}}.', { customer: 'Ana' }).text;
    const { container } = render(<Sidebar {...props({ replies: [{ key: 'p:b', id: 'b', title: 'Saludo', preview, uses: 0 }] })} />);
    const body = container.querySelector('.reply-body')!;
    expect(body.textContent).toBe('Hola, Ana: soy agente, de empresa.');
    expect([...body.querySelectorAll('[data-testid=reply-blank]')].map((b) => [b.textContent, b.getAttribute('title')])).toEqual([
      ['agente', '«agente»: se le pedirá al insertar la respuesta'],
      ['empresa', '«empresa»: se le pedirá al insertar la respuesta'],
    ]);
  });

  it('previews an email as one flowing paragraph: its greeting line and blank lines do not eat the card', () => {
    const preview = 'Hola, Ana:\n\nGracias por escribirnos.\n  Un saludo,\nLaura';
    const { container } = render(<Sidebar {...props({ replies: [{ key: 'p:mail', id: 'mail', title: 'Correo', preview, uses: 0 }] })} />);
    expect(container.querySelector('.reply-body')!.textContent).toBe('Hola, Ana: Gracias por escribirnos. Un saludo, Laura');
  });

  it('shows HTML written as a blank in the draft as text in the warning', () => {
    const draft = 'Hola {{<img src=x onerror=alert(1)>}} y [<script>x()</script> nombre]';
    const { container, getAllByTestId } = render(<Sidebar {...props({ unfilled: findUnfilledMarkers(draft) })} />);
    expect(getAllByTestId('unfilled-marker').map((m) => m.textContent)).toEqual(['{{<img src=x onerror=alert(1)>}}']);
    expect(container.querySelector('img, script')).toBeNull();
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

describe('<Sidebar> keyboard', () => {
    const replies = [
      { key: 'p:a', id: 'a', title: 'Primera', preview: 'Uno', uses: 0, shortcut: 'uno' },
      { key: 'p:b', id: 'b', title: 'Segunda', preview: 'Dos', uses: 0 },
      { key: 'p:c', id: 'c', title: 'Tercera', preview: 'Tres', uses: 0 },
    ];

    it('the search box is a combobox over a grid of replies; arrows move the active reply and wrap', () => {
      const { getByTestId, getByRole, getAllByRole } = render(<Sidebar {...props({ replies })} />);
      const search = getByRole('combobox', { name: 'Buscar respuestas' });
      expect(search).toBe(getByTestId('reply-search'));
      expect(search.getAttribute('aria-controls')).toBe(getByRole('grid').id);
      expect(getAllByRole('row')).toHaveLength(3);
      // The active cell is each row's first: the reply itself; the buttons are in the second.
      const options = getAllByRole('gridcell').filter((cell) => cell.hasAttribute('aria-selected'));
      expect(options).toHaveLength(3);
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
      expect(options[2]!.closest('[role=row]')!.classList.contains('reply-active')).toBe(true);
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
