import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_PACKS } from '@/protocols/builtin';
import { starterPack } from '@/protocols/starter';
import type { Pack } from '@/protocols/types';
import { validatePack } from '@/protocols/validate';
import { DETECTORS } from '@/utils/tone/detectors';
import { PackEditor, type PackInstallResult } from './PackEditor';
import { DETECTOR_KINDS } from './pack-editor/model';
import { PACK_EDITOR_STRINGS } from './pack-editor/strings';

function setup(initial: Pack = starterPack('es'), lang: 'es' | 'en' = 'es', onInstall = vi.fn(async (_pack: Pack): Promise<PackInstallResult> => ({ ok: true }))) {
  const download = vi.fn<(filename: string, text: string) => void>();
  const onCancel = vi.fn();
  const view = render(<PackEditor lang={lang} initial={initial} onInstall={onInstall} onCancel={onCancel} download={download} />);
  const field = <T extends HTMLElement = HTMLInputElement>(path: string): T => {
    const element = view.container.querySelector<T>(`[data-path="${path}"]`);
    if (!element) throw new Error(`no field at ${path}`);
    return element;
  };
  const type = (path: string, value: string) => fireEvent.input(field(path), { target: { value } });
  const errors = () => view.queryAllByTestId('pack-error').map((e) => e.textContent);
  const exportButton = () => view.getByTestId('pack-export') as HTMLButtonElement;
  const installButton = () => view.getByTestId('pack-install') as HTMLButtonElement;
  /** Waits out the debounce: the summary says valid or lists problems. */
  const settled = () => waitFor(() => expect(view.getByTestId('pack-errors').textContent).not.toMatch(/Comprobando|Checking/));
  const exportNow = () => {
    download.mockClear();
    fireEvent.click(exportButton());
    expect(download).toHaveBeenCalledOnce();
    const [filename, text] = download.mock.calls[0]!;
    return { filename, text, pack: JSON.parse(text) as Pack & { $schema?: string } };
  };
  return { view, field, type, errors, exportButton, installButton, settled, exportNow, download, onInstall, onCancel };
}

const withoutSchema = ({ $schema: _schema, ...pack }: Pack) => pack;

describe('PackEditor', () => {
  it('exports an edited step label: <id>-<version>.json, pretty, with $schema, valid, nothing else changed', async () => {
    const s = setup();
    s.type('protocols[0].steps[0].label', 'Saluda por su nombre');
    // No waiting for the debounce: export validates the latest pack itself.
    const { filename, text, pack } = s.exportNow();
    expect(filename).toBe('mi-equipo-0.1.0.json');
    expect(text.startsWith('{\n  "$schema": "pack.v1.schema.json",\n  "schemaVersion": 1,')).toBe(true);
    expect(pack.protocols[0]!.steps[0]!.label).toBe('Saluda por su nombre');
    const expected = starterPack('es');
    expected.protocols[0]!.steps[0]!.label = 'Saluda por su nombre';
    expect(withoutSchema(pack)).toEqual(expected);
    expect(validatePack(pack).ok).toBe(true);
    await s.settled();
    expect(s.errors()).toEqual([]);
  });

  it('an empty reply body and a duplicate id show their path messages, at the field and in the summary, and block export and install', async () => {
    const s = setup();
    s.type('replies[0].body', '');
    fireEvent.click(s.exportButton());
    expect(s.download).not.toHaveBeenCalled();
    await waitFor(() => expect(s.errors()).toEqual(['replies[0].body: falta el texto']));
    expect(s.exportButton().disabled).toBe(true);
    expect(s.installButton().disabled).toBe(true);
    expect(s.field('replies[0].body').getAttribute('aria-invalid')).toBe('true');
    expect(s.field('replies[0].body').closest('.field')!.textContent).toContain('falta el texto');
    expect(s.view.getAllByTestId('reply-has-problems')).toHaveLength(1);

    s.type('replies[1].id', 'saludo-inicial');
    await waitFor(() => expect(s.errors()).toEqual(['replies[0].body: falta el texto', 'replies[1].id: el id «saludo-inicial» está repetido']));
    expect(s.view.getByTestId('pack-errors').textContent).toContain('Hay 2 problemas');

    s.type('replies[0].body', 'Hola, ¿en qué puedo ayudarle?');
    s.type('replies[1].id', 'retraso-del-pedido');
    await waitFor(() => expect(s.errors()).toEqual([]));
    expect(s.view.getByTestId('pack-errors').textContent).toContain('El paquete es válido.');
    expect(s.exportButton().disabled).toBe(false);
    fireEvent.click(s.installButton());
    await waitFor(() => expect(s.onInstall).toHaveBeenCalledOnce());
    const installed = s.onInstall.mock.calls[0]![0];
    expect(installed.replies[0]!.body).toBe('Hola, ¿en qué puedo ayudarle?');
    expect(installed.replies[1]!.id).toBe('retraso-del-pedido');
  });

  it('clicking a message takes the lead to the field, opening its reply', async () => {
    const s = setup();
    s.type('replies[2].body', '');
    await waitFor(() => expect(s.errors()).toEqual(['replies[2].body: falta el texto']));
    expect((s.field('replies[2]') as unknown as HTMLDetailsElement).open).toBe(false);
    fireEvent.click(s.view.getByRole('button', { name: 'replies[2].body: falta el texto' }));
    await waitFor(() => expect(document.activeElement).toBe(s.field('replies[2].body')));
    expect((s.field('replies[2]') as unknown as HTMLDetailsElement).open).toBe(true);
  });

  it('installs the validated pack and reports the answer; a failure keeps the editor as it was', async () => {
    const onInstall = vi
      .fn(async (_pack: Pack): Promise<PackInstallResult> => ({ ok: true }))
      .mockResolvedValueOnce({ ok: false, message: 'no queda espacio' })
      .mockRejectedValueOnce(new Error('port closed'));
    const s = setup(starterPack('es'), 'es', onInstall);
    fireEvent.click(s.installButton());
    expect((await s.view.findByRole('alert')).textContent).toBe('No se pudo instalar: no queda espacio');
    expect(onInstall.mock.calls[0]![0]).toEqual(starterPack('es'));
    fireEvent.click(s.installButton());
    await waitFor(() => expect(s.view.getByRole('alert').textContent).toBe('No se pudo instalar: no se pudo guardar el paquete'));
    fireEvent.click(s.installButton());
    await waitFor(() => expect(s.view.getByTestId('pack-install-status').textContent).toBe('Paquete instalado.'));
    expect(onInstall).toHaveBeenCalledTimes(3);
    fireEvent.click(s.view.getByTestId('pack-cancel'));
    expect(s.onCancel).toHaveBeenCalledOnce();
  });

  it('shows response targets in minutes or hours and stores seconds', async () => {
    const s = setup();
    const unit = (channel: string) => s.view.getByTestId(`target-${channel}`).querySelector('select')!;
    expect([s.field('responseTargets.chat').value, unit('chat').value]).toEqual(['2', 'minutes']);
    expect([s.field('responseTargets.social').value, unit('social').value]).toEqual(['1', 'hours']);
    expect([s.field('responseTargets.email').value, unit('email').value]).toEqual(['24', 'hours']);

    s.type('responseTargets.chat', '5');
    fireEvent.change(unit('email'), { target: { value: 'minutes' } }); // 24 stays, now minutes
    s.type('responseTargets.social', '1,5');
    expect(s.exportNow().pack.responseTargets).toEqual({ chat: 300, email: 1440, social: 5400 });

    s.type('responseTargets.social', 'pronto');
    await waitFor(() => expect(s.errors()).toEqual(['responseTargets.social: escriba un número mayor que cero']));
    expect(s.exportButton().disabled).toBe(true);
    s.type('responseTargets.social', '721');
    await waitFor(() => expect(s.errors()).toEqual(['responseTargets.social: debe estar entre 1 minuto y 720 horas (30 días)']));
    s.type('responseTargets.social', '720');
    await waitFor(() => expect(s.errors()).toEqual([]));
    expect(s.exportNow().pack.responseTargets.social).toBe(2_592_000);
  });

  it('shows hostile pack text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="globalThis.pwned=1">';
    const pack = starterPack('es');
    pack.name = hostile;
    pack.replies[0]!.title = hostile;
    pack.replies[0]!.body = `<script>globalThis.pwned=1</script>${hostile}`;
    pack.protocols[0]!.steps[0]!.label = `<b>${hostile}</b>`;
    pack.toneRules[0]!.label = hostile;
    const s = setup(pack);
    await s.settled();
    expect(s.view.container.querySelector('img, script, b')).toBeNull();
    expect(s.view.getAllByText(hostile, { selector: '.reply-title' })).toHaveLength(2);
    expect(s.view.getByText(`Paso 1: <b>${hostile}</b>`, { exact: false })).toBeTruthy();
    expect(s.field('name').value).toBe(hostile);
    expect(s.field<HTMLTextAreaElement>('replies[0].body').value).toBe(`<script>globalThis.pwned=1</script>${hostile}`);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect(s.exportNow().pack.replies[0]!.title).toBe(hostile);
  });

  it('reorders steps with buttons whose focus follows the step, removes and adds steps', async () => {
    const s = setup();
    const ids = () => s.exportNow().pack.protocols[0]!.steps.map((step) => step.id);
    const button = (step: number, which: 'up' | 'down' | 'remove') =>
      s.field(`protocols[0].steps[${step}]`).querySelector<HTMLButtonElement>(which === 'remove' ? '[data-remove]' : `[data-move="${which}"]`)!;
    expect(button(0, 'down').getAttribute('aria-label')).toBe('Bajar «Saludar con cordialidad»');
    expect(button(0, 'up').disabled).toBe(true);

    fireEvent.click(button(0, 'down'));
    expect(ids()).toEqual(['solve-or-deadline', 'greet', 'close-cordially']);
    await waitFor(() => expect(document.activeElement).toBe(button(1, 'down')));
    fireEvent.click(button(1, 'down'));
    expect(ids()).toEqual(['solve-or-deadline', 'close-cordially', 'greet']);
    // At the bottom «down» is disabled, so focus lands on «up» of the same step.
    await waitFor(() => expect(document.activeElement).toBe(button(2, 'up')));

    fireEvent.click(button(1, 'remove'));
    expect(ids()).toEqual(['solve-or-deadline', 'greet']);
    fireEvent.click(s.view.getAllByRole('button', { name: 'Añadir paso' })[0]!);
    await waitFor(() => expect(document.activeElement).toBe(s.field('protocols[0].steps[2].label')));
    expect(s.exportNow().pack.protocols[0]!.steps[2]).toEqual({ id: 'paso', label: 'Nuevo paso', required: false, position: 'any' });
  });

  it('edits phrase detectors one per line and keeps pattern detectors intact; an unsafe pattern is reported', async () => {
    const builtin = BUILTIN_PACKS[0] as Pack;
    const s = setup(builtin);
    const original = builtin.protocols[0]!.steps[1]!; // identify-agent: one phrase detector, three patterns
    const phrases = s.field<HTMLTextAreaElement>('protocols[0].steps[1].detectors[0]');
    expect(phrases.value.split('\n')).toEqual((original.detectors![0] as { phrases: string[] }).phrases);
    fireEvent.input(phrases, { target: { value: 'soy\n\n  le atiende  \n' } });
    expect(phrases.value).toBe('soy\n\n  le atiende  \n'); // what the lead typed stays while typing
    const step = s.exportNow().pack.protocols[0]!.steps[1]!;
    expect(step.detectors![0]).toEqual({ kind: 'phrase', phrases: ['soy', 'le atiende'] });
    expect(step.detectors!.slice(1)).toEqual(original.detectors!.slice(1));

    s.type('protocols[0].steps[1].detectors[2].pattern', '(a+)+$');
    await waitFor(() =>
      expect(s.errors()).toEqual(['protocols[0].steps[1].detectors[2].pattern: no es una expresión regular segura (tiene cuantificadores anidados, como (a+)+): podría bloquear el navegador']),
    );
  });

  it('validates a tone rule’s detector JSON when the field loses focus, never evaluating it', async () => {
    const s = setup();
    const params = s.field<HTMLTextAreaElement>('toneRules[0].detector');
    expect(JSON.parse(params.value)).toEqual({ phrases: ['por favor', 'gracias', 'con gusto'] });
    fireEvent.input(params, { target: { value: '{"phrases": ["por favor",' } });
    expect(s.errors()).toEqual([]);
    fireEvent.blur(params);
    await waitFor(() => expect(s.errors()).toEqual([expect.stringMatching(/^toneRules\[0\]\.detector: no es JSON válido \(/)]));
    expect(s.exportButton().disabled).toBe(true);
    fireEvent.input(params, { target: { value: '["gracias"]' } });
    fireEvent.blur(params);
    await waitFor(() => expect(s.errors()).toEqual(['toneRules[0].detector: debe ser un objeto JSON, entre llaves { }']));
    fireEvent.input(params, { target: { value: '{"phrases": ["gracias"], "__proto__": {"polluted": true}, "x": "alert(1)"}' } });
    fireEvent.blur(params);
    s.type('toneRules[0].detector.kind', 'jargon');
    await s.settled();
    expect(s.errors()).toEqual([]);
    expect(s.view.getByTestId('pack-warnings').textContent).toContain('toneRules[0].detector.__proto__: campo desconocido: se ignora');
    const { pack, text } = s.exportNow();
    expect(pack.toneRules[0]!.detector).toEqual({ kind: 'jargon', phrases: ['gracias'], x: 'alert(1)' });
    expect(text).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('edits the dictionary, the business calendar and host rules', async () => {
    const s = setup();
    s.type('dictionary', 'Telepuppy\n\n multicanal \n');
    fireEvent.click(s.view.getByRole('checkbox', { name: 'sábado' }));
    s.type('calendar.holidays', '2026-12-25\n25/12/2026');
    await waitFor(() => expect(s.errors()).toEqual(['calendar.holidays[1]: no tiene el formato esperado (^[0-9]{4}-[0-9]{2}-[0-9]{2}$)']));
    expect(s.field('calendar.holidays').closest('.field')!.textContent).toContain('[1]: no tiene el formato esperado');
    s.type('calendar.holidays', '2026-12-25\n2027-01-06');

    fireEvent.click(s.view.getByRole('button', { name: 'Añadir sitio' }));
    await waitFor(() => expect(s.errors()).toEqual(['hosts[0].match: no tiene el formato esperado (^https?://[^/]+/.*$)']));
    s.type('hosts[0].match', 'https://ayuda.example.com/*');
    fireEvent.change(s.field<HTMLSelectElement>('hosts[0].channel'), { target: { value: 'email' } });
    await waitFor(() => expect(s.errors()).toEqual([]));
    let pack = s.exportNow().pack;
    expect(pack.dictionary).toEqual(['Telepuppy', 'multicanal']);
    expect(pack.calendar).toEqual({ workingDays: [1, 2, 3, 4, 5, 6], holidays: ['2026-12-25', '2027-01-06'] });
    expect(pack.hosts).toEqual([{ match: 'https://ayuda.example.com/*', channel: 'email' }]);

    fireEvent.click(s.field('calendar'));
    fireEvent.click(s.field('hosts[0]').querySelector('[data-remove]')!);
    pack = s.exportNow().pack;
    expect(pack.calendar).toBeUndefined();
    expect(pack.hosts).toBeUndefined();
  });

  it('adds a reply, focuses its title and asks for its text', async () => {
    const s = setup();
    fireEvent.click(s.view.getByRole('button', { name: 'Añadir respuesta' }));
    await waitFor(() => expect(document.activeElement).toBe(s.field('replies[3].title')));
    await waitFor(() => expect(s.errors()).toEqual(['replies[3].body: falta el texto']));
    s.type('replies[3].body', 'Gracias por su paciencia.');
    fireEvent.click(s.field('replies[3].channels')); // email off
    await s.settled(); // the button was disabled while the body was missing
    const reply = s.exportNow().pack.replies[3];
    expect(reply).toEqual({ id: 'respuesta', title: 'Nueva respuesta', body: 'Gracias por su paciencia.', situation: 'informacion', channels: ['social', 'chat'] });
  });

  it('speaks English', async () => {
    const s = setup(starterPack('en'), 'en');
    expect(s.view.getByRole('button', { name: 'Export JSON' })).toBeTruthy();
    expect(s.view.getAllByLabelText('Step text').length).toBeGreaterThan(0);
    s.type('replies[0].body', '');
    await waitFor(() => expect(s.errors()).toEqual(['replies[0].body: the text is missing']));
    expect(s.view.getByTestId('pack-errors').textContent).toContain('There is 1 problem');
  });
});

describe('pack editor strings and data', () => {
  const shape = (value: unknown): unknown =>
    typeof value === 'function' ? 'fn' : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;

  it('has the same keys in Spanish and English', () => {
    expect(shape(PACK_EDITOR_STRINGS.en)).toEqual(shape(PACK_EDITOR_STRINGS.es));
  });

  it('offers exactly the detector kinds the tone engine knows', () => {
    expect([...DETECTOR_KINDS].sort()).toEqual(DETECTORS.map((d) => d.kind).sort());
  });
});
