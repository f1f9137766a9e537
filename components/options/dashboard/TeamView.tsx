import { useMemo, useState } from 'preact/hooks';
import type { Channel } from '@/protocols/types';
import { computeDashboard, mergeTeam, type CatalogEntry, type DashboardFilter, type StatsContext } from '@/utils/stats/dashboard';
import { parseStatsFile, type StatsExport } from '@/utils/stats/export';
import { formatDuration } from '@/utils/stats/timer';
import { DashboardView } from './DashboardView';
import type { DashboardStrings } from './strings';

export interface TeamMember {
  id: number;
  fileName: string;
  /** The agent's chosen name, from the file; the lead can correct it. */
  agent: string;
  file: StatsExport;
}

/** One team context from several agents' files: every reply any of them had, every label, the first file's targets. */
export function teamContext(members: readonly TeamMember[]): StatsContext {
  const catalog = new Map<string, CatalogEntry>();
  const steps: Record<string, string> = {};
  const tone: Record<string, string> = {};
  for (const { file } of members) {
    for (const entry of file.catalog) if (!catalog.has(entry.key)) catalog.set(entry.key, entry);
    Object.assign(steps, { ...file.labels.steps, ...steps });
    Object.assign(tone, { ...file.labels.tone, ...tone });
  }
  return { catalog: [...catalog.values()], labels: { steps, tone }, targets: members[0]?.file.targets ?? { email: 86400, social: 3600, chat: 120 } };
}

export interface TeamViewProps {
  t: DashboardStrings;
  lang: 'es' | 'en';
  filter: DashboardFilter;
  /** The files cover this period: the page moves its date filter there. */
  onSpan: (from: string, to: string) => void;
}

/** A lead's view: several agents' exported files added up, no server. Files stay in this page's memory only. */
export function TeamView({ t, lang, filter, onSpan }: TeamViewProps) {
  const [members, setMembers] = useState<TeamMember[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [nextId, setNextId] = useState(1);

  const addFiles = async (files: FileList | null | undefined) => {
    if (!files || files.length === 0) return;
    const added: TeamMember[] = [];
    const problems: string[] = [];
    let id = nextId;
    for (const f of Array.from(files)) {
      const parsed = parseStatsFile(await f.text());
      if (parsed.ok) added.push({ id: id++, fileName: f.name, agent: parsed.file.agent || t.unnamed(members.length + added.length + 1), file: parsed.file });
      else problems.push(t.teamFileError(f.name, t.fileErrors[parsed.error]));
    }
    setNextId(id);
    setErrors(problems);
    if (added.length === 0) return;
    const all = [...members, ...added];
    setMembers(all);
    const froms = all.map((m) => m.file.from).filter(Boolean).sort();
    const tos = all.map((m) => m.file.to).filter(Boolean).sort();
    if (froms[0] && tos.length > 0) onSpan(froms[0], tos.at(-1)!);
  };

  const context = useMemo(() => teamContext(members), [members]);
  const team = useMemo(() => (members.length ? computeDashboard(mergeTeam(members.map((m) => m.file.days)), context, filter) : null), [members, context, filter]);
  const perAgent = useMemo(() => members.map((m) => ({ m, d: computeDashboard(m.file.days, context, filter) })), [members, context, filter]);
  const channels = filter.channels as Channel[];

  return (
    <div data-testid="team-view">
      <p class="muted">{t.teamIntro}</p>
      <label class="file-label">
        {t.teamImport}
        <input type="file" multiple accept=".json,.csv,application/json,text/csv" data-testid="team-files" onChange={(e) => void addFiles((e.currentTarget as HTMLInputElement).files)} />
      </label>
      {errors.map((e) => (
        <p key={e} class="notice notice-error" role="alert" data-testid="team-error">
          {e}
        </p>
      ))}
      {members.length === 0 ? (
        <p class="muted">{t.teamEmpty}</p>
      ) : (
        <>
          <section class="panel">
            <h2>{t.teamPerAgent}</h2>
            <table class="stats-table" data-testid="team-agents">
              <thead>
                <tr>
                  <th scope="col">{t.columns.agent}</th>
                  <th scope="col">{t.kpi.inserted}</th>
                  <th scope="col">{t.kpi.sends}</th>
                  <th scope="col">{t.columns.within}</th>
                  <th scope="col">{t.columns.average}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {perAgent.map(({ m, d }) => {
                  const all = d.response.find((r) => r.channel === 'all');
                  return (
                    <tr key={m.id} data-testid="team-agent" data-agent={m.agent}>
                      <th scope="row">
                        <input
                          class="agent-name"
                          value={m.agent}
                          aria-label={t.teamAgentName(m.fileName)}
                          onChange={(e) => {
                            const agent = (e.currentTarget as HTMLInputElement).value;
                            setMembers((list) => list.map((x) => (x.id === m.id ? { ...x, agent } : x)));
                          }}
                        />
                      </th>
                      <td data-testid="team-agent-inserted">{d.totals.inserted + d.totals.expanded}</td>
                      <td>{d.totals.sends}</td>
                      <td>{all?.share == null ? '—' : t.share(all.share)}</td>
                      <td>{all?.averageSec == null ? '—' : formatDuration(all.averageSec * 1000)}</td>
                      <td>
                        <button type="button" class="icon-button" onClick={() => setMembers((list) => list.filter((x) => x.id !== m.id))}>
                          {t.teamRemove}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          {team && <DashboardView d={team} t={t} lang={lang} channels={channels} />}
        </>
      )}
    </div>
  );
}
