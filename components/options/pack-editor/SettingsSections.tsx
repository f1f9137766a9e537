import { useEffect, useState } from 'preact/hooks';
import { CHANNELS, type Channel, type HostRule, type Pack } from '@/protocols/types';
import { CheckField, FieldIssues, ItemActions, ListField, Section, SelectField, TextField, useEditor, useInvalid } from './fields';
import { moveItem, removeAt, replaceAt, secondsToTarget, targetToSeconds, type TimeUnit } from './model';

export function DictionarySection({ pack }: { pack: Pack }) {
  const { t, update } = useEditor();
  return (
    <Section id="dictionary" title={t.section.dictionary}>
      <ListField label={t.field.words} path="dictionary" value={pack.dictionary} onChange={(dictionary) => update((p) => ({ ...p, dictionary }))} rows={5} />
    </Section>
  );
}

/**
 * One channel's first-response target, typed in minutes or hours and stored in seconds. The number stays as typed
 * when the unit changes (the lead picks the unit of what they wrote); a non-number is the editor's own error.
 */
function TargetRow({ channel, seconds }: { channel: Channel; seconds: number }) {
  const { t, update, setLocalIssue } = useEditor();
  const path = `responseTargets.${channel}`;
  const initial = secondsToTarget(seconds);
  const [amount, setAmount] = useState(String(initial.amount));
  const [unit, setUnit] = useState<TimeUnit>(initial.unit);
  const aria = useInvalid(path);

  // The pack changed from elsewhere (another pack loaded): show its value.
  useEffect(() => {
    if (targetToSeconds(amount, unit) !== seconds) {
      const shown = secondsToTarget(seconds);
      setAmount(String(shown.amount));
      setUnit(shown.unit);
    }
  }, [seconds]);
  useEffect(() => () => setLocalIssue(path, null), []);

  const apply = (nextAmount: string, nextUnit: TimeUnit) => {
    setAmount(nextAmount);
    setUnit(nextUnit);
    const next = targetToSeconds(nextAmount, nextUnit);
    if (next === undefined) {
      setLocalIssue(path, t.local.badNumber);
      return;
    }
    setLocalIssue(path, null);
    update((p) => ({ ...p, responseTargets: { ...p.responseTargets, [channel]: next } }));
  };
  const name = t.channel[channel];
  return (
    <div class="row target-row" data-testid={`target-${channel}`}>
      <label class="field field-label">
        <span>{t.field.target(name)}</span>
        <input type="text" inputMode="decimal" data-path={path} value={amount} onInput={(e) => apply((e.currentTarget as HTMLInputElement).value, unit)} {...aria} />
      </label>
      <label class="field">
        <span>{t.field.unit(name)}</span>
        <select value={unit} onChange={(e) => apply(amount, (e.currentTarget as HTMLSelectElement).value as TimeUnit)}>
          <option value="minutes">{t.unit.minutes}</option>
          <option value="hours">{t.unit.hours}</option>
        </select>
      </label>
      <FieldIssues path={path} />
    </div>
  );
}

export function TargetsSection({ pack }: { pack: Pack }) {
  const { t } = useEditor();
  return (
    <Section id="targets" title={t.section.targets}>
      <FieldIssues path="responseTargets" />
      {CHANNELS.map((channel) => (
        <TargetRow key={channel} channel={channel} seconds={pack.responseTargets?.[channel] ?? 0} />
      ))}
    </Section>
  );
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export function CalendarSection({ pack }: { pack: Pack }) {
  const { t, update } = useEditor();
  const calendar = pack.calendar;
  const daysAria = useInvalid('calendar.workingDays', true);
  return (
    <Section id="calendar" title={t.section.calendar}>
      <CheckField
        label={t.field.useCalendar}
        path="calendar"
        checked={!!calendar}
        onChange={(on) =>
          update((p) => {
            const { calendar: _c, ...rest } = p;
            return on ? { ...rest, calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [] } } : rest;
          })
        }
      />
      <FieldIssues path="calendar" />
      {calendar && (
        <>
          <fieldset class="field checks" {...daysAria}>
            <legend>{t.field.workingDays}</legend>
            {WEEKDAYS.map((day, i) => (
              <label key={day} class="check">
                <input
                  type="checkbox"
                  name={`working-day-${day}`}
                  data-path={i === 0 ? 'calendar.workingDays' : undefined}
                  checked={calendar.workingDays.includes(day)}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    update((p) => ({ ...p, calendar: { ...p.calendar!, workingDays: WEEKDAYS.filter((d) => (d === day ? on : p.calendar!.workingDays.includes(d))) } }));
                  }}
                />
                <span>{t.weekdays[i]}</span>
              </label>
            ))}
            <FieldIssues path="calendar.workingDays" under />
          </fieldset>
          <ListField label={t.field.holidays} path="calendar.holidays" value={calendar.holidays} onChange={(holidays) => update((p) => ({ ...p, calendar: { ...p.calendar!, holidays } }))} />
        </>
      )}
    </Section>
  );
}

/** Host rules: the team's own help-desk addresses and the channel each one is. */
export function HostsSection({ pack }: { pack: Pack }) {
  const { t, update, focusPath } = useEditor();
  const hosts = pack.hosts ?? [];
  const setHosts = (edit: (hosts: HostRule[]) => HostRule[]) =>
    update((p) => {
      const next = edit(p.hosts ?? []);
      const { hosts: _h, ...rest } = p;
      return next.length ? { ...rest, hosts: next } : rest;
    });
  return (
    <Section id="hosts" title={t.section.hosts}>
      <FieldIssues path="hosts" />
      {hosts.map((host, i) => {
        const path = `hosts[${i}]`;
        return (
          <div key={i} class="row host-row" data-path={path} tabIndex={-1}>
            <TextField label={t.field.hostMatch} path={`${path}.match`} value={host.match} onChange={(match) => setHosts((list) => replaceAt(list, i, { ...host, match }))} />
            <SelectField<Channel> label={t.field.channel} path={`${path}.channel`} value={host.channel} options={CHANNELS.map((c) => ({ value: c, label: t.channel[c] }))} onChange={(channel) => setHosts((list) => replaceAt(list, i, { ...host, channel }))} />
            <ItemActions what={host.match || t.hostN(i + 1)} index={i} count={hosts.length} itemPath={(n) => `hosts[${n}]`} onMove={(delta) => setHosts((list) => moveItem(list, i, delta))} onRemove={() => setHosts((list) => removeAt(list, i))} />
          </div>
        );
      })}
      <button
        type="button"
        class="add"
        onClick={() => {
          setHosts((list) => [...list, { match: 'https://', channel: 'chat' }]);
          focusPath(`hosts[${hosts.length}].match`);
        }}
      >
        {t.add.host}
      </button>
    </Section>
  );
}
