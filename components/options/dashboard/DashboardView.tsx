import { useMemo } from 'preact/hooks';
import { CHANNELS, type Channel } from '@/protocols/types';
import { RESPONSE_BUCKETS_S } from '@/utils/db/schema';
import type { Dashboard, RankedId } from '@/utils/stats/dashboard';
import { formatDuration, formatTarget } from '@/utils/stats/timer';
import { Chart } from './Chart';
import type { DashboardStrings } from './strings';

export const CHANNEL_COLORS: Record<Channel, string> = { email: '#3b6fb6', social: '#b0457f', chat: '#2f8a5b' };

export interface DashboardViewProps {
  d: Dashboard;
  t: DashboardStrings;
  lang: 'es' | 'en';
  /** The channels the filter selected, in order. */
  channels: readonly Channel[];
}

const TOP = 15;

function Ranked({ rows, t, testId, col }: { rows: RankedId[]; t: DashboardStrings; testId: string; col: string }) {
  if (rows.length === 0) return <p class="muted">{t.noData}</p>;
  return (
    <table class="stats-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{col}</th>
          <th scope="col">{t.columns.times}</th>
          <th scope="col">{t.columns.ofSends}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, TOP).map((r) => (
          <tr key={r.id} data-testid={`${testId}-row`} data-id={r.id} data-n={r.n}>
            <th scope="row">{r.label}</th>
            <td>{r.n}</td>
            <td>
              <span class="bar" style={{ '--w': `${Math.round(r.share * 100)}%` }} aria-hidden="true" /> {t.share(r.share)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every figure of the dashboard, from computed numbers (the same view for one agent and for a team). */
export function DashboardView({ d, t, lang, channels }: DashboardViewProps) {
  const dayLabels = useMemo(() => d.days.map((day) => new Date(`${day}T12:00:00`).toLocaleDateString(lang === 'es' ? 'es-ES' : 'en-GB', { day: 'numeric', month: 'short' })), [d.days, lang]);
  const insertedSeries = useMemo(() => channels.map((ch) => ({ label: t.channel[ch], data: d.insertedPerDay.map((row) => row[ch]), color: CHANNEL_COLORS[ch] })), [d, channels, t]);
  const spellingSeries = useMemo(() => [{ label: t.kpi.spellFixes, data: d.spellingPerDay, color: '#6b5fb5' }], [d, t]);
  const bucketLabels = useMemo(() => [...RESPONSE_BUCKETS_S.map((s) => t.bucket(formatTarget(s))), t.bucket(null)], [t]);
  const perChannel = d.response.filter((r) => r.channel !== 'all');
  const all = d.response.find((r) => r.channel === 'all');
  const bucketSeries = useMemo(() => perChannel.map((r) => ({ label: t.channel[r.channel as Channel], data: r.buckets, color: CHANNEL_COLORS[r.channel as Channel] })), [d, t]);
  const activeDays = d.days.map((day, i) => ({ day, label: dayLabels[i]!, row: d.insertedPerDay[i]!, spelling: d.spellingPerDay[i]! })).filter((x) => x.spelling > 0 || CHANNELS.some((ch) => x.row[ch] > 0));
  const kpis: Array<[keyof DashboardStrings['kpi'], string | number]> = [
    ['inserted', d.totals.inserted],
    ['copied', d.totals.copied],
    ['expanded', d.totals.expanded],
    ['sends', d.totals.sends],
    ['conversations', d.totals.conversations],
    ['withinTarget', all?.share == null ? '—' : t.share(all.share)],
    ['spellFixes', d.totals.spellFixes],
    ['toneReplaced', d.totals.toneReplaced],
  ];

  return (
    <div class="dashboard" data-testid="dashboard">
      <ul class="kpis">
        {kpis.map(([key, value]) => (
          <li key={key} class="kpi" data-testid={`kpi-${key}`} data-value={String(value)}>
            <span class="kpi-value">{typeof value === 'number' ? value.toLocaleString(lang === 'es' ? 'es-ES' : 'en') : value}</span>
            <span class="kpi-label">{t.kpi[key]}</span>
          </li>
        ))}
      </ul>
      {Object.values(d.totals).every((n) => n === 0) && (
        <p class="empty-period" data-testid="dashboard-empty">
          {t.emptyPeriod}
        </p>
      )}

      <section class="panel">
        <h2>{t.insertedPerDay}</h2>
        <Chart kind="bar" stacked labels={dayLabels} series={insertedSeries} summary={t.insertedPerDay} testId="chart-inserted" />
        <details>
          <summary>{t.columns.day}</summary>
          {activeDays.length === 0 ? (
            <p class="muted">{t.noData}</p>
          ) : (
            <table class="stats-table" data-testid="inserted-table">
              <thead>
                <tr>
                  <th scope="col">{t.columns.day}</th>
                  {channels.map((ch) => (
                    <th key={ch} scope="col">
                      {t.channel[ch]}
                    </th>
                  ))}
                  <th scope="col">{t.kpi.spellFixes}</th>
                </tr>
              </thead>
              <tbody>
                {activeDays.map((x) => (
                  <tr key={x.day} data-day={x.day}>
                    <th scope="row">{x.label}</th>
                    {channels.map((ch) => (
                      <td key={ch} data-channel={ch}>
                        {x.row[ch]}
                      </td>
                    ))}
                    <td>{x.spelling}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      </section>

      <section class="panel">
        <h2>{t.responseTimes}</h2>
        <table class="stats-table" data-testid="response-table">
          <thead>
            <tr>
              <th scope="col">{t.columns.channel}</th>
              <th scope="col">{t.columns.within}</th>
              <th scope="col">{t.columns.average}</th>
              <th scope="col">{t.columns.target}</th>
              <th scope="col">{t.columns.timed}</th>
            </tr>
          </thead>
          <tbody>
            {d.response.map((r) => (
              <tr key={r.channel} data-testid="response-row" data-channel={r.channel} data-timed={r.timed} data-within={r.within}>
                <th scope="row">{r.channel === 'all' ? t.all : t.channel[r.channel]}</th>
                <td>{r.share === null ? '—' : `${t.share(r.share)} (${r.within}/${r.timed})`}</td>
                <td>{r.averageSec === null ? '—' : formatDuration(r.averageSec * 1000)}</td>
                <td>{r.targetSec ? formatTarget(r.targetSec) : '—'}</td>
                <td>{r.timed}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {all && all.fromOpened > 0 && <p class="muted">{t.fromOpenedNote(all.fromOpened)}</p>}
        <h3>{t.responseDistribution}</h3>
        <Chart kind="bar" labels={bucketLabels} series={bucketSeries} summary={t.responseDistribution} testId="chart-response" />
      </section>

      <div class="panels-2">
        <section class="panel">
          <h2>{t.topReplies}</h2>
          {d.topReplies.length === 0 ? (
            <p class="muted">{t.noData}</p>
          ) : (
            <table class="stats-table" data-testid="top-replies">
              <thead>
                <tr>
                  <th scope="col">{t.columns.reply}</th>
                  <th scope="col">{t.columns.uses}</th>
                  <th scope="col">{t.columns.inserted}</th>
                  <th scope="col">{t.columns.copied}</th>
                  <th scope="col">{t.columns.expanded}</th>
                </tr>
              </thead>
              <tbody>
                {d.topReplies.slice(0, TOP).map((r) => (
                  <tr key={r.key} data-testid="top-reply" data-key={r.key} data-uses={r.uses}>
                    <th scope="row">{r.title}</th>
                    <td>{r.uses}</td>
                    <td>{r.inserted}</td>
                    <td>{r.copied}</td>
                    <td>{r.expanded}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section class="panel">
          <h2>
            {t.neverUsed} <span class="badge">{d.neverUsed.length}</span>
          </h2>
          <p class="muted">{t.neverUsedHint}</p>
          {d.neverUsed.length === 0 ? (
            <p class="muted">{t.allUsed}</p>
          ) : (
            <ul class="never-used" data-testid="never-used">
              {d.neverUsed.map((r) => (
                <li key={r.key} data-testid="never-used-reply" data-key={r.key}>
                  {r.title}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div class="panels-2">
        <section class="panel">
          <h2>{t.stepsMissing}</h2>
          <Ranked rows={d.stepsMissing} t={t} testId="steps-missing" col={t.columns.step} />
        </section>
        <section class="panel">
          <h2>{t.toneFailing}</h2>
          <Ranked rows={d.toneFailing} t={t} testId="tone-failing" col={t.columns.rule} />
        </section>
      </div>

      <section class="panel">
        <h2>
          {t.spellingPerDay} <span class="badge">{d.totals.spellFixes}</span>
        </h2>
        <Chart kind="line" labels={dayLabels} series={spellingSeries} summary={t.spellingPerDay} testId="chart-spelling" />
      </section>
    </div>
  );
}
