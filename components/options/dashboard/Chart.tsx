import { useEffect, useRef } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart as ChartJs, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

// Only what the dashboard draws: bars and lines (Chart.js is tree-shaken; this page alone loads it).
ChartJs.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  data: number[];
  color: string;
}

export interface ChartProps {
  kind: 'bar' | 'line';
  labels: string[];
  series: Series[];
  stacked?: boolean;
  /** Read by screen readers; the same numbers are in the table beside each chart. */
  summary: string;
  testId: string;
}

/** A Chart.js chart on a canvas, redrawn when its data changes; the numbers are also given as a table next to it. */
export function Chart({ kind, labels, series, stacked, summary, testId }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJs | null>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    try {
      chart.current?.destroy();
      chart.current = new ChartJs(el, {
        type: kind,
        data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color, borderColor: s.color, pointRadius: 0, tension: 0.2 })) },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: series.length > 1, position: 'bottom' } },
          scales: { x: { stacked: !!stacked, ticks: { maxTicksLimit: 12 } }, y: { stacked: !!stacked, beginAtZero: true, ticks: { precision: 0 } } },
        },
      });
    } catch {
      // No canvas (tests, a locked-down browser): the table beside it carries the same numbers.
    }
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [kind, labels, series, stacked]);
  return (
    <div class="chart" data-testid={testId}>
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
