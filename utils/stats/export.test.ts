import { describe, expect, it } from 'vitest';
import type { UsageEvent } from '@/utils/db/schema';
import { computeDashboard, mergeTeam, type StatsContext } from './dashboard';
import { buildExport, csvField, csvLine, parseCsv, parseStatsFile, toCsv, toJson } from './export';
import { addEvent, addToRollups, emptyRollup, mergeInto } from './rollup';

describe('CSV escaping', () => {
  it('quotes commas, quotes, line breaks and edge spaces; doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(42)).toBe('42');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('dice "hola"')).toBe('"dice ""hola"""');
    expect(csvField('línea 1\nlínea 2')).toBe('"línea 1\nlínea 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' espacio')).toBe('" espacio"');
    expect(csvField('Disculpas ñ — ü')).toBe('Disculpas ñ — ü');
  });

  it('defuses text a spreadsheet would run as a formula, and gets it back on import', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+34 600')).toBe("'+34 600");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@cliente')).toBe("'@cliente");
    expect(csvField("'=x")).toBe("''=x");
    const tricky = ['=1+1', '+x', '-x', '@x', "'=x", 'a,"b"\nc', ' ', '', 'ñandú'];
    expect(parseCsv(`${csvLine(tricky)}\r\n`)).toEqual([tricky]);
  });

  it('parses RFC 4180: CRLF and LF, quoted line breaks, a BOM, empty fields, no trailing newline', () => {
    expect(parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""\nz",\n2,,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"\nz', ''],
      ['2', '', '3'],
    ]);
  });
});

const context: StatsContext = {
  catalog: [
    { key: 'p:hola', title: 'Saludo, "cordial"', channels: ['chat', 'email'] },
    { key: 'p:adios', title: '=Despedida', channels: ['chat'] },
    { key: 'p:nunca', title: 'Nunca usada', channels: ['email'] },
  ],
  labels: { steps: { greet: 'Saluda', close: 'Cierra, con cordialidad' }, tone: { courteous: 'Amable' } },
  targets: { email: 86400, social: 3600, chat: 120 },
};

function rollups(events: Array<Partial<UsageEvent>>) {
  const map = new Map();
  for (const e of events) addToRollups(map, { packId: 'p', packVersion: '1', siteId: 'demo-chat', channel: 'chat', at: new Date(2026, 5, 10, 9).getTime(), type: 'insert', ...e } as UsageEvent);
  return [...map.values()];
}

const sample = rollups([
  { type: 'insert', replyKey: 'p:hola', replyId: 'hola' },
  { type: 'insert', replyKey: 'p:hola', replyId: 'hola', channel: 'email', siteId: 'gmail' },
  { type: 'copy', replyKey: 'p:adios', replyId: 'adios', at: new Date(2026, 5, 11, 9).getTime() },
  { type: 'spell-fix', count: 2 },
  { type: 'send', stepsMissing: ['close'], stepsDone: ['greet'], toneFailed: ['courteous'], responseMs: 100_000, targetMs: 120_000, timedFrom: 'arrival' },
  { type: 'send', stepsMissing: ['close'], responseMs: 400_000, targetMs: 120_000, timedFrom: 'opened' },
]);

describe('export round trip', () => {
  const file = buildExport('Lucía, turno de mañana', '2026-06-01', '2026-06-30', sample, context, new Date('2026-07-01T08:00:00Z'));
  const figures = (f: typeof file) => computeDashboard(f.days, f, { from: '2026-06-01', to: '2026-06-30', channels: ['email', 'social', 'chat'] });

  it('JSON gives back the same file and the same figures', () => {
    const parsed = parseStatsFile(toJson(file));
    expect(parsed.ok && parsed.file).toEqual(file);
    expect(parsed.ok && figures(parsed.file)).toEqual(figures(file));
  });

  it('CSV gives back the same figures, the agent, the labels and the targets', () => {
    const csv = toCsv(file);
    expect(csv.startsWith('\uFEFFagent,day,channel,metric,key,value,label\r\n')).toBe(true);
    const parsed = parseStatsFile(csv);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.agent).toBe('Lucía, turno de mañana');
    expect(parsed.file.catalog).toEqual(context.catalog);
    expect(parsed.file.labels).toEqual(context.labels);
    expect(parsed.file.targets).toEqual(context.targets);
    expect(figures(parsed.file)).toEqual(figures(file));
  });

  it('an agent\'s file naming «__proto__» cannot reach Object.prototype (CSV, JSON, merged into the team view)', () => {
    const csv = toCsv(file).replace(/\r\n$/, '') + '\r\nLucía,2026-06-02,email,reply-inserted,__proto__,7,\r\nLucía,2026-06-02,email,step-missing,constructor,3,\r\n';
    const json = JSON.stringify(file).replace('"replies":{', '"replies":{"__proto__":[9,9,9],');
    try {
      for (const text of [csv, json]) {
        const parsed = parseStatsFile(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) continue;
        const team = emptyRollup('2026-06-02', 'email');
        for (const day of parsed.file.days) mergeInto(team, day);
        addEvent(team, { type: 'insert', at: 0, channel: 'email', siteId: '__proto__', replyKey: '__proto__' } as never);
        expect(figures(parsed.file)).toEqual(figures(file));
      }
      expect(({} as Record<number, unknown>)[0]).toBeUndefined();
      expect(({} as Record<number, unknown>)[1]).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
    } finally {
      for (const k of ['0', '1', '2']) delete (Object.prototype as Record<string, unknown>)[k];
    }
  });

  it('refuses files that are not statistics, are damaged or come from a newer Cordial', () => {
    expect(parseStatsFile('{"schemaVersion":1,"id":"pack"}')).toEqual({ ok: false, error: 'not-stats' });
    expect(parseStatsFile('{"format":"cordial-stats"')).toEqual({ ok: false, error: 'damaged' });
    expect(parseStatsFile(JSON.stringify({ ...file, formatVersion: 99 }))).toEqual({ ok: false, error: 'newer' });
    expect(parseStatsFile('name,email\nLucía,l@example.com')).toEqual({ ok: false, error: 'not-stats' });
  });
});

describe('dashboard figures', () => {
  it('counts per day and channel, ranks replies, lists never-used ones, steps, tone and response times', () => {
    const d = computeDashboard(sample, context, { from: '2026-06-10', to: '2026-06-11', channels: ['email', 'social', 'chat'] });
    expect(d.days).toEqual(['2026-06-10', '2026-06-11']);
    expect(d.insertedPerDay).toEqual([
      { email: 1, social: 0, chat: 1 },
      { email: 0, social: 0, chat: 0 },
    ]);
    expect(d.spellingPerDay).toEqual([2, 0]);
    expect(d.totals).toMatchObject({ inserted: 2, copied: 1, sends: 2, spellFixes: 2 });
    expect(d.topReplies.map((r) => [r.key, r.uses])).toEqual([
      ['p:hola', 2],
      ['p:adios', 1],
    ]);
    expect(d.neverUsed.map((r) => r.key)).toEqual(['p:nunca']);
    expect(d.stepsMissing).toEqual([{ id: 'close', label: 'Cierra, con cordialidad', n: 2, of: 2, share: 1 }]);
    expect(d.toneFailing).toEqual([{ id: 'courteous', label: 'Amable', n: 1, of: 2, share: 0.5 }]);
    const chat = d.response.find((r) => r.channel === 'chat')!;
    expect(chat).toMatchObject({ timed: 2, within: 1, share: 0.5, averageSec: 250, targetSec: 120, fromOpened: 1 });
    expect(d.response.find((r) => r.channel === 'email')).toMatchObject({ timed: 0, share: null });
  });

  it('filters by channel and date', () => {
    const d = computeDashboard(sample, context, { from: '2026-06-11', to: '2026-06-11', channels: ['email'] });
    expect(d.totals.inserted + d.totals.copied).toBe(0);
    expect(d.neverUsed.map((r) => r.key)).toEqual(['p:nunca', 'p:hola']);
    expect(d.response.map((r) => r.channel)).toEqual(['email', 'all']);
  });

  it('adds several agents up as a team', () => {
    const team = mergeTeam([sample, sample, sample]);
    const d = computeDashboard(team, context, { from: '2026-06-01', to: '2026-06-30', channels: ['chat'] });
    expect(d.totals.sends).toBe(6);
    expect(d.response[0]).toMatchObject({ channel: 'chat', timed: 6, within: 3 });
  });
});
