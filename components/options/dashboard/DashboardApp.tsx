import { useEffect, useMemo, useState } from 'preact/hooks';
import { CHANNELS, type Channel } from '@/protocols/types';
import type { UiLang } from '@/utils/i18n';
import { sendToBackground } from '@/utils/messaging';
import type { StatsSnapshot } from '@/utils/background/stats-handlers';
import { computeDashboard, type DashboardFilter } from '@/utils/stats/dashboard';
import { buildExport, toCsv, toJson } from '@/utils/stats/export';
import { dayKey } from '@/utils/stats/rollup';
import { DashboardView } from './DashboardView';
import { TeamView } from './TeamView';
import { dashboardStrings } from './strings';

const DAY_MS = 24 * 3600_000;

/** Saves text as a file through the browser's own download flow (no `downloads` permission). */
function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileSafe = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'agente';

/** The statistics page: the agent's own dashboard (with export and retention) and a lead's team view. */
export function DashboardApp({ lang, now = Date.now() }: { lang: UiLang; now?: number }) {
  const t = dashboardStrings(lang);
  const [tab, setTab] = useState<'mine' | 'team'>(location.hash === '#team' ? 'team' : 'mine');
  const [from, setFrom] = useState(dayKey(now - 29 * DAY_MS));
  const [to, setTo] = useState(dayKey(now));
  const [channels, setChannels] = useState<Channel[]>([...CHANNELS]);
  const [snapshot, setSnapshot] = useState<StatsSnapshot | null>(null);
  const [error, setError] = useState(false);
  const [agent, setAgent] = useState('');
  const [retention, setRetention] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (tab !== 'mine' || !from || !to) return;
    let live = true;
    sendToBackground('stats:load', { from, to, lang })
      .then((s) => {
        if (!live) return;
        setSnapshot(s);
        setError(false);
        setAgent((a) => a || s.agentName || '');
        setRetention((r) => r ?? s.facts.retentionDays);
      })
      .catch(() => live && setError(true));
    return () => {
      live = false;
    };
  }, [tab, from, to, lang, generation]);

  const filter: DashboardFilter = useMemo(() => ({ from, to, channels }), [from, to, channels]);
  const mine = useMemo(() => (snapshot ? computeDashboard(snapshot.days, snapshot, filter) : null), [snapshot, filter]);

  const exportFile = (kind: 'csv' | 'json') => {
    if (!snapshot) return;
    const file = buildExport(agent, from, to, snapshot.days, snapshot);
    const name = `cordial-estadisticas-${fileSafe(agent)}-${from}-${to}`;
    if (kind === 'csv') downloadText(`${name}.csv`, toCsv(file), 'text/csv;charset=utf-8');
    else downloadText(`${name}.json`, toJson(file), 'application/json');
  };

  const saveRetention = async () => {
    if (!retention) return;
    const result = await sendToBackground('stats:retention', { days: retention }).catch(() => null);
    if (!result) return setNotice(t.loadError);
    setRetention(result.days);
    setNotice(t.retentionSaved(result.days, result.removed));
    setGeneration((g) => g + 1);
  };

  const toggle = (ch: Channel, on: boolean) => setChannels((list) => CHANNELS.filter((c) => (c === ch ? on : list.includes(c))));

  return (
    <div class="options dashboard-page">
      <header class="options-header">
        <span class="logo" aria-hidden="true">
          C
        </span>
        <h1>{t.title}</h1>
        <a class="muted" href="options.html">
          {t.backToLibrary}
        </a>
      </header>
      <p class="muted">{t.intro}</p>
      <div class="tabs" role="tablist">
        {(['mine', 'team'] as const).map((id) => (
          <button key={id} type="button" role="tab" class={`tab${tab === id ? ' on' : ''}`} aria-selected={tab === id} data-testid={`tab-${id}`} onClick={() => setTab(id)}>
            {t[id]}
          </button>
        ))}
      </div>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label class="field">
          {t.from}
          <input type="date" data-testid="filter-from" value={from} max={to} onChange={(e) => setFrom((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          {t.to}
          <input type="date" data-testid="filter-to" value={to} min={from} onChange={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <fieldset class="channels">
          <legend>{t.channels}</legend>
          {CHANNELS.map((ch) => (
            <label key={ch}>
              <input type="checkbox" data-testid={`filter-${ch}`} checked={channels.includes(ch)} onChange={(e) => toggle(ch, (e.currentTarget as HTMLInputElement).checked)} /> {t.channel[ch]}
            </label>
          ))}
        </fieldset>
      </form>

      {tab === 'team' ? (
        <TeamView
          t={t}
          lang={lang}
          filter={filter}
          onSpan={(f, tt) => {
            setFrom(f);
            setTo(tt);
          }}
        />
      ) : (
        <>
          {error && (
            <p class="notice notice-error" role="alert">
              {t.loadError}
            </p>
          )}
          {!mine && !error && <p class="muted">{t.loading}</p>}
          {mine && <DashboardView d={mine} t={t} lang={lang} channels={channels} />}
          {snapshot && (
            <section class="panel" aria-labelledby="export-heading">
              <h2 id="export-heading">{t.export}</h2>
              <p class="muted">{t.exportHint}</p>
              <div class="toolbar">
                <label class="field">
                  {t.exportAs}
                  <input type="text" data-testid="export-agent" value={agent} placeholder={t.exportNamePlaceholder} maxLength={100} onInput={(e) => setAgent((e.currentTarget as HTMLInputElement).value)} />
                </label>
                <button type="button" data-testid="export-csv" onClick={() => exportFile('csv')}>
                  {t.exportCsv}
                </button>
                <button type="button" data-testid="export-json" onClick={() => exportFile('json')}>
                  {t.exportJson}
                </button>
              </div>
              <h2>{t.storage}</h2>
              <p class="muted" data-testid="storage-facts">
                {t.storageFacts(snapshot.facts.rawEvents, snapshot.facts.rollups)}
              </p>
              <div class="toolbar">
                <label class="field">
                  {t.retention}
                  <input type="number" min={1} max={3650} data-testid="retention-days" value={retention ?? ''} onInput={(e) => setRetention(Number((e.currentTarget as HTMLInputElement).value) || null)} />
                </label>
                <button type="button" data-testid="retention-save" onClick={() => void saveRetention()}>
                  {t.retentionSave}
                </button>
              </div>
              <p class="muted">{t.retentionHint}</p>
              {notice && (
                <p class="notice notice-info" role="status">
                  {notice}
                </p>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
