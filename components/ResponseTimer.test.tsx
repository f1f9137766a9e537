import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { statsStrings } from '@/utils/stats/strings';
import { ResponseTimer } from './ResponseTimer';

const T0 = Date.UTC(2026, 5, 10, 9);
const es = statsStrings('es');

describe('<ResponseTimer>', () => {
  it('shows the time against the channel target, with the contract attributes', () => {
    render(<ResponseTimer state={{ key: 'c', startedAt: T0 - 95_000, from: 'arrival' }} targetSeconds={120} t={es} now={() => T0} />);
    const timer = screen.getByTestId('timer');
    expect(timer.dataset).toMatchObject({ targetSeconds: '120', state: 'running', phase: 'within', from: 'arrival', elapsedSeconds: '95' });
    expect(timer.textContent).toContain('1:35');
    expect(timer.textContent).toContain('objetivo 2 min');
    expect(screen.queryByTestId('timer-from-opened')).toBeNull();
  });

  it('past the target: says by how much; counted from opening: says so', () => {
    render(<ResponseTimer state={{ key: 'c', startedAt: T0 - 150_000, from: 'opened' }} targetSeconds={120} t={es} now={() => T0} />);
    expect(screen.getByTestId('timer').dataset.phase).toBe('over');
    expect(screen.getByTestId('timer').textContent).toContain('0:30 por encima del objetivo');
    expect(screen.getByTestId('timer-from-opened').textContent).toMatch(/desde que abrió la conversación/);
  });

  it('stopped at a send: the response time stays', () => {
    render(<ResponseTimer state={{ key: 'c', startedAt: T0, stoppedAt: T0 + 60_000, from: 'arrival' }} targetSeconds={3600} t={statsStrings('en')} now={() => T0 + 999_000} />);
    expect(screen.getByTestId('timer').dataset).toMatchObject({ state: 'stopped', phase: 'within', elapsedSeconds: '60' });
    expect(screen.getByTestId('timer').textContent).toContain('Answered in 1:00');
  });
});
