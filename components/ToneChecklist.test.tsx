import { act, fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { strings } from '@/utils/i18n';
import { ToneChecklist, type ToneItemView } from './ToneChecklist';

const item = (id: string, state: ToneItemView['state'], over: Partial<ToneItemView> = {}): ToneItemView => ({ id, label: id, explanation: '', state, evidence: [], ...over });
const idle = [item('courteous', 'na'), item('no-blame-phrases', 'na'), item('active-listening', 'manual')];
const judged = [item('courteous', 'pass', { evidence: [{ start: 0, end: 4, text: 'Hola' }] }), item('no-blame-phrases', 'na'), item('active-listening', 'manual')];

function view(items: ToneItemView[]) {
  const onTick = vi.fn();
  const result = render(<ToneChecklist items={items} t={strings('es')} onTick={onTick} />);
  const details = () => result.container.querySelector<HTMLDetailsElement>('details[data-testid=tone]')!;
  return { ...result, details, onTick };
}

describe('<ToneChecklist>', () => {
  it('stays folded while the draft has no verdict, with a summary that says why, and unfolds with the first one', () => {
    const { details, rerender } = view(idle);
    expect(details().open).toBe(false);
    expect(details().querySelector('summary')!.textContent).toBe('Tono · se revisa mientras escribe');
    // Folded, not gone: the verdicts are still there for assistive tech and tests.
    expect(details().querySelectorAll('[data-testid=tone-item]')).toHaveLength(3);
    rerender(<ToneChecklist items={judged} t={strings('es')} onTick={vi.fn()} />);
    expect(details().open).toBe(true);
    expect(details().querySelector('summary')!.textContent).toBe('Tono');
  });

  it('a ticked manual item counts as a verdict', () => {
    const { details } = view([item('courteous', 'na'), item('active-listening', 'manual', { ticked: true })]);
    expect(details().open).toBe(true);
  });

  it('once the agent folds it, it stays folded: through an emptied draft and the next verdicts', async () => {
    const { details, rerender } = view(judged);
    expect(details().open).toBe(true);
    await act(async () => {
      details().open = false;
      fireEvent(details(), new Event('toggle'));
    });
    rerender(<ToneChecklist items={idle} t={strings('es')} onTick={vi.fn()} />);
    rerender(<ToneChecklist items={[...judged, item('no-shouting', 'fail')]} t={strings('es')} onTick={vi.fn()} />);
    expect(details().open).toBe(false);
    expect(details().querySelector('summary')!.textContent).toBe('Tono · 1 por revisar');
  });

  it('holds its size while the agent’s pointer is over the sidebar, and unfolds once it leaves', () => {
    const { details, rerender } = view(idle);
    const at = (items: ToneItemView[], holdLayout: boolean) => rerender(<ToneChecklist items={items} t={strings('es')} onTick={vi.fn()} holdLayout={holdLayout} />);
    at(idle, true);
    at(judged, true); // the first verdict came from a click on «Insertar»: the replies below must not jump
    expect(details().open).toBe(false);
    at(judged, false);
    expect(details().open).toBe(true);
    at(idle, true); // the draft emptied while the pointer is back: no folding under it either
    expect(details().open).toBe(true);
  });
});
