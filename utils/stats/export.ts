import { CHANNELS, type Channel } from '@/protocols/types';
import { RESPONSE_BUCKETS_S, type DayRollup, type UsageEventType } from '@/utils/db/schema';
import type { CatalogEntry, StatsContext } from './dashboard';
import { EVENT_TYPES } from './events';
import { emptyRollup, isSafeKey, mergeInto } from './rollup';

export const STATS_FORMAT = 'cordial-stats';
export const STATS_FORMAT_VERSION = 1;

/** An agent's statistics file: day rollups and the ids' labels. Counts and ids only: no draft, no customer. */
export interface StatsExport extends StatsContext {
  format: typeof STATS_FORMAT;
  formatVersion: number;
  /** The name the agent chose to sign the file with (the team view groups by it). */
  agent: string;
  exportedAt: string;
  from: string;
  to: string;
  days: DayRollup[];
}

export function buildExport(agent: string, from: string, to: string, days: readonly DayRollup[], context: StatsContext, now = new Date()): StatsExport {
  return {
    format: STATS_FORMAT,
    formatVersion: STATS_FORMAT_VERSION,
    agent: agent.trim().slice(0, 100),
    exportedAt: now.toISOString(),
    from,
    to,
    days: days.filter((d) => d.day >= from && d.day <= to).sort((a, b) => (a.day + a.channel).localeCompare(b.day + b.channel)),
    catalog: context.catalog,
    labels: context.labels,
    targets: context.targets,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// CSV: one figure per line, readable in a spreadsheet, and complete enough to be imported back (the team view).

export const CSV_COLUMNS = ['agent', 'day', 'channel', 'metric', 'key', 'value', 'label'] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. Text
 * a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading apostrophe, which
 * `parseCsv` removes again on import (a text already starting with apostrophes and then such a sign gets one more).
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^'*[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: ReadonlyArray<string | number>): string {
  return fields.map(csvField).join(',');
}

/** Rows of a CSV text (RFC 4180: quoted fields with commas, doubled quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const endField = () => {
    row.push(/^'+[=+\-@\t\r]/.test(field) ? field.slice(1) : field);
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0 || wasQuoted) {
    endField();
    rows.push(row);
  }
  return rows;
}

const REPLY_METRICS = ['reply-inserted', 'reply-copied', 'reply-expanded'] as const;
const MAP_METRICS = { 'step-missing': 'stepsMissing', 'step-done': 'stepsDone', 'tone-failed': 'toneFailed', 'tone-ok': 'toneOk', 'tone-replaced': 'toneReplaced', site: 'sites' } as const;
const RESPONSE_METRICS = { 'response-timed': 'timed', 'response-within-target': 'within', 'response-total-ms': 'sumMs', 'response-timed-from-opening': 'fromOpened' } as const;

/** The bucket's name in the CSV: its upper bound in seconds, `more` for the last one. */
const bucketKey = (i: number) => (i < RESPONSE_BUCKETS_S.length ? `<=${RESPONSE_BUCKETS_S[i]}s` : 'more');

export function toCsv(file: StatsExport): string {
  const lines = [csvLine(CSV_COLUMNS)];
  const a = file.agent;
  const titles = new Map(file.catalog.map((e) => [e.key, e.title]));
  for (const entry of file.catalog) lines.push(csvLine([a, '', entry.channels.join(' '), 'catalog-reply', entry.key, '', entry.title]));
  for (const [id, label] of Object.entries(file.labels.steps)) lines.push(csvLine([a, '', '', 'label-step', id, '', label]));
  for (const [id, label] of Object.entries(file.labels.tone)) lines.push(csvLine([a, '', '', 'label-tone', id, '', label]));
  for (const ch of CHANNELS) lines.push(csvLine([a, '', ch, 'target-seconds', '', file.targets[ch] ?? '', '']));
  for (const r of file.days) {
    const row = (metric: string, key: string, value: number, label = '') => lines.push(csvLine([a, r.day, r.channel, metric, key, value, label]));
    for (const [type, n] of Object.entries(r.counts)) row('events', type, n ?? 0);
    for (const [key, counts] of Object.entries(r.replies)) counts.forEach((n, i) => n > 0 && row(REPLY_METRICS[i]!, key, n, titles.get(key) ?? ''));
    for (const [metric, field] of Object.entries(MAP_METRICS)) {
      const labels = metric.startsWith('step') ? file.labels.steps : metric.startsWith('tone') ? file.labels.tone : {};
      for (const [key, n] of Object.entries(r[field])) row(metric, key, n, labels[key] ?? '');
    }
    if (r.spellFixes > 0) row('spelling-fixes', '', r.spellFixes);
    for (const [metric, field] of Object.entries(RESPONSE_METRICS)) if (r.response[field] > 0) row(metric, '', r.response[field]);
    r.response.buckets.forEach((n, i) => n > 0 && row('response-bucket', bucketKey(i), n));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(file: StatsExport): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

export type ParseResult = { ok: true; file: StatsExport } | { ok: false; error: 'not-stats' | 'newer' | 'damaged' };

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isChannel = (v: unknown): v is Channel => CHANNELS.includes(v as Channel);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : Number(v) >= 0 ? Number(v) : 0);

/** A rollup from a file, rebuilt field by field: unknown keys are dropped, numbers checked. */
function cleanRollup(raw: unknown): DayRollup | undefined {
  const r = raw as Partial<DayRollup> | null;
  if (!r || !isDay(r.day) || !isChannel(r.channel)) return undefined;
  return mergeInto(emptyRollup(r.day, r.channel), {
    ...emptyRollup(r.day, r.channel),
    ...(r as DayRollup),
    counts: Object.fromEntries(Object.entries(r.counts ?? {}).filter(([k]) => EVENT_TYPES.includes(k as UsageEventType)).map(([k, n]) => [k, num(n)])),
    spellFixes: num(r.spellFixes),
  });
}

function cleanContext(raw: Partial<StatsContext>): StatsContext {
  const catalog: CatalogEntry[] = (Array.isArray(raw.catalog) ? raw.catalog : [])
    .filter((e) => typeof e?.key === 'string')
    .map((e) => ({ key: e.key, title: typeof e.title === 'string' ? e.title : e.key, channels: (Array.isArray(e.channels) ? e.channels : []).filter(isChannel) }));
  const labels = (m: unknown) => Object.fromEntries(Object.entries(typeof m === 'object' && m ? m : {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const targets = Object.fromEntries(CHANNELS.map((ch) => [ch, num(raw.targets?.[ch])])) as Record<Channel, number>;
  return { catalog, labels: { steps: labels(raw.labels?.steps), tone: labels(raw.labels?.tone) }, targets };
}

function fromCsv(text: string): ParseResult {
  const rows = parseCsv(text);
  const header = rows.shift();
  if (!header || CSV_COLUMNS.some((c, i) => header[i] !== c)) return { ok: false, error: 'not-stats' };
  const days = new Map<string, DayRollup>();
  const catalog: CatalogEntry[] = [];
  const steps: Record<string, string> = {};
  const tone: Record<string, string> = {};
  const targets: Partial<Record<Channel, number>> = {};
  let agent = '';
  for (const [who = '', day = '', channel = '', metric = '', key = '', value = '', label = ''] of rows) {
    if (!metric || !isSafeKey(key)) continue;
    agent ||= who;
    const n = num(value);
    if (metric === 'catalog-reply') catalog.push({ key, title: label || key, channels: channel.split(' ').filter(isChannel) });
    else if (metric === 'label-step') steps[key] = label;
    else if (metric === 'label-tone') tone[key] = label;
    else if (metric === 'target-seconds' && isChannel(channel)) targets[channel] = n;
    else if (isDay(day) && isChannel(channel)) {
      const id = `${day}|${channel}`;
      const r = days.get(id) ?? emptyRollup(day, channel);
      days.set(id, r);
      const replySlot = REPLY_METRICS.indexOf(metric as (typeof REPLY_METRICS)[number]);
      if (metric === 'events' && EVENT_TYPES.includes(key as UsageEventType)) r.counts[key as UsageEventType] = n;
      else if (replySlot >= 0) (r.replies[key] ??= [0, 0, 0])[replySlot] = n;
      else if (metric in MAP_METRICS) r[MAP_METRICS[metric as keyof typeof MAP_METRICS]][key] = n;
      else if (metric === 'spelling-fixes') r.spellFixes = n;
      else if (metric in RESPONSE_METRICS) r.response[RESPONSE_METRICS[metric as keyof typeof RESPONSE_METRICS]] = n;
      else if (metric === 'response-bucket') {
        const i = key === 'more' ? RESPONSE_BUCKETS_S.length : RESPONSE_BUCKETS_S.findIndex((_, j) => bucketKey(j) === key);
        if (i >= 0) r.response.buckets[i] = n;
      }
    }
  }
  const all = [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  const context = cleanContext({ catalog, labels: { steps, tone }, targets: targets as Record<Channel, number> });
  return { ok: true, file: { format: STATS_FORMAT, formatVersion: STATS_FORMAT_VERSION, agent, exportedAt: '', from: all[0]?.day ?? '', to: all.at(-1)?.day ?? '', days: all, ...context } };
}

/** Reads an exported statistics file, JSON or CSV. */
export function parseStatsFile(text: string): ParseResult {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed.startsWith('{')) return fromCsv(text);
  let data: Partial<StatsExport>;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return { ok: false, error: 'damaged' };
  }
  if (data?.format !== STATS_FORMAT) return { ok: false, error: 'not-stats' };
  if (typeof data.formatVersion !== 'number' || data.formatVersion > STATS_FORMAT_VERSION) return { ok: false, error: 'newer' };
  if (!Array.isArray(data.days)) return { ok: false, error: 'damaged' };
  const days = data.days.map(cleanRollup).filter((r): r is DayRollup => r !== undefined);
  return {
    ok: true,
    file: {
      format: STATS_FORMAT,
      formatVersion: data.formatVersion,
      agent: typeof data.agent === 'string' ? data.agent.slice(0, 100) : '',
      exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : '',
      from: isDay(data.from) ? data.from : (days[0]?.day ?? ''),
      to: isDay(data.to) ? data.to : (days.at(-1)?.day ?? ''),
      days,
      ...cleanContext(data),
    },
  };
}
