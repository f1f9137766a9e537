import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@/protocols/types';
import { computeDashboard, type StatsContext } from '@/utils/stats/dashboard';
import { emptyRollup } from '@/utils/stats/rollup';
import { DashboardView } from './DashboardView';
import { dashboardStrings } from './strings';

const context: StatsContext = { catalog: [], labels: { steps: {}, tone: {} }, targets: { email: 86_400, social: 3_600, chat: 120 } };
const filter = { from: '2026-12-01', to: '2026-12-07', channels: CHANNELS };

describe('<DashboardView>', () => {
  it('says why everything is zero when nothing happened in the period, and only then', () => {
    const empty = computeDashboard([], context, filter);
    const { container, rerender } = render(<DashboardView d={empty} t={dashboardStrings('es')} lang="es" channels={CHANNELS} />);
    expect(container.querySelector('[data-testid=dashboard-empty]')?.textContent).toMatch(/^Nada que contar en este periodo todavía/);

    const day = { ...emptyRollup('2026-12-03', 'chat'), counts: { insert: 1 } } as ReturnType<typeof emptyRollup>;
    const busy = computeDashboard([day], context, filter);
    expect(busy.totals.inserted).toBe(1);
    rerender(<DashboardView d={busy} t={dashboardStrings('es')} lang="es" channels={CHANNELS} />);
    expect(container.querySelector('[data-testid=dashboard-empty]')).toBeNull();
  });
});
