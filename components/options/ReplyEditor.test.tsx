import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { strings } from '@/utils/i18n';
import type { ReplyDraft } from '@/utils/db/personal';
import { ReplyEditor } from './ReplyEditor';

const t = strings('es');
const initial: ReplyDraft = { title: 'Retraso', body: 'Hola {{cliente}}', situation: 'retraso', channels: ['chat'], tags: ['envío'], variants: { email: { body: 'Estimado {{cliente}}:' } } };

function type(element: Element, value: string) {
  fireEvent.input(element, { target: { value } });
}

describe('ReplyEditor', () => {
  it('sends every field, variants included, as the agent left them', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: true, value: undefined });
    const view = render(<ReplyEditor t={t} initial={initial} heading="Editar" onSave={onSave} onCancel={vi.fn()} />);
    type(view.getByLabelText('Título'), 'Retraso del envío');
    type(view.getByLabelText('Etiquetas (separadas por comas)'), 'envío, urgente ,');
    fireEvent.click(view.getByRole('checkbox', { name: 'Correo' }));
    fireEvent.submit(view.getByTestId('reply-editor'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toEqual({
      title: 'Retraso del envío',
      body: 'Hola {{cliente}}',
      situation: 'retraso',
      channels: ['email', 'chat'],
      tags: ['envío', 'urgente'],
      shortcut: undefined,
      language: undefined,
      variants: { email: { body: 'Estimado {{cliente}}:' } },
    });
  });

  it('when the disk is full it says so and keeps the text; a thrown error is a failure too', async () => {
    const onSave = vi.fn().mockResolvedValueOnce({ ok: false, error: 'full' }).mockRejectedValueOnce(new Error('port closed'));
    const view = render(<ReplyEditor t={t} initial={initial} heading="Editar" onSave={onSave} onCancel={vi.fn()} />);
    type(view.getByLabelText('Texto'), 'Un texto largo que el agente no quiere perder.');
    fireEvent.submit(view.getByTestId('reply-editor'));
    expect((await view.findByTestId('editor-error')).textContent).toContain(t.saveFailed.full);
    expect((view.getByLabelText('Texto') as HTMLTextAreaElement).value).toBe('Un texto largo que el agente no quiere perder.');
    fireEvent.submit(view.getByTestId('reply-editor'));
    await waitFor(() => expect((view.getByTestId('editor-error')).textContent).toContain(t.saveFailed.failed));
    expect((view.getByLabelText('Texto') as HTMLTextAreaElement).value).toBe('Un texto largo que el agente no quiere perder.');
  });

  it('shows a reply’s HTML as text in its fields', () => {
    const view = render(<ReplyEditor t={t} initial={{ ...initial, body: '<img src=x onerror=alert(1)>' }} heading="Editar" onSave={vi.fn()} onCancel={vi.fn()} />);
    expect((view.getByLabelText('Texto') as HTMLTextAreaElement).value).toBe('<img src=x onerror=alert(1)>');
    expect(view.container.querySelector('img')).toBeNull();
  });
});
