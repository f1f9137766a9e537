import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { strings } from '@/utils/i18n';
import { SpellingList, type SpellingListProps } from './SpellingList';

const item = { key: '20:retrazo', start: 20, end: 27, text: 'retrazo', kind: 'spelling' as const, suggestions: ['retraso', 'retrato'], why: 'No está en el diccionario.' };
const accent = { key: '1:Como', start: 1, end: 5, text: 'Como', kind: 'accent' as const, suggestions: ['Cómo'], why: 'En preguntas…' };

function props(over: Partial<SpellingListProps> = {}): SpellingListProps {
  return {
    status: 'ready', items: [item, accent], lang: 'es', choice: 'auto', onChoice: vi.fn(), selected: null, onSelect: vi.fn(), onFix: vi.fn(),
    onIgnore: vi.fn(), onAdd: vi.fn(), otherChecker: null, muted: false, onMute: vi.fn(), ...over,
  };
}

describe('<SpellingList>', () => {
  it('lists the flagged words with data-word, and says when there are none', () => {
    const { container, rerender } = render(<SpellingList {...props()} t={strings('es')} />);
    expect([...container.querySelectorAll('[data-testid=spelling-issue]')].map((li) => li.getAttribute('data-word'))).toEqual(['retrazo', 'Como']);
    expect(screen.getByText(/2 palabras por revisar/)).toBeTruthy();
    rerender(<SpellingList {...props({ items: [] })} t={strings('es')} />);
    expect(screen.getByText('Sin faltas de ortografía.')).toBeTruthy();
  });

  it('opens a word’s suggestions; a suggestion fixes, ignore and add say so', () => {
    const p = props({ selected: '20:retrazo' });
    render(<SpellingList {...p} t={strings('es')} />);
    fireEvent.click(screen.getByText('retraso'));
    expect(p.onFix).toHaveBeenCalledWith(item, 'retraso');
    fireEvent.click(screen.getByText('Ignorar'));
    expect(p.onIgnore).toHaveBeenCalledWith(item);
    fireEvent.click(screen.getByText('Añadir al diccionario'));
    expect(p.onAdd).toHaveBeenCalledWith(item);
    fireEvent.click(screen.getByText('Como'));
    expect(p.onSelect).toHaveBeenCalledWith('1:Como');
  });

  it('offers no «add to dictionary» for an accent, and explains it', () => {
    render(<SpellingList {...props({ selected: '1:Como' })} t={strings('es')} />);
    expect(screen.queryByText('Añadir al diccionario')).toBeNull();
    expect(screen.getByText('En preguntas…')).toBeTruthy();
  });

  it('offers to hide its underlines when Grammarly is on the page', () => {
    const p = props({ otherChecker: 'Grammarly' });
    render(<SpellingList {...p} t={strings('en')} />);
    expect(screen.getByText(/Grammarly also checks spelling/)).toBeTruthy();
    fireEvent.click(screen.getByText('Hide Cordial’s underlines'));
    expect(p.onMute).toHaveBeenCalledWith(true);
  });

  it('switches the language by hand', () => {
    const p = props();
    render(<SpellingList {...p} t={strings('es')} />);
    fireEvent.change(screen.getByTestId('spelling-lang'), { target: { value: 'en' } });
    expect(p.onChoice).toHaveBeenCalledWith('en');
  });
});
