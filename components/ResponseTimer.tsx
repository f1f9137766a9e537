import { useEffect, useState } from 'preact/hooks';
import { formatDuration, formatTarget, timerView, type TimerState } from '@/utils/stats/timer';
import type { StatsStrings } from '@/utils/stats/strings';
import './response-timer.css';

export interface ResponseTimerProps {
  state: TimerState;
  /** The channel's first-response target from the pack, seconds. */
  targetSeconds: number;
  t: StatsStrings;
  /** The clock, for tests. */
  now?: () => number;
}

/**
 * The open conversation's response time against the channel's target, in calm colours before and after it. It owns
 * its one-second tick so the rest of the sidebar does not re-render with it.
 */
export function ResponseTimer({ state, targetSeconds, t, now = Date.now }: ResponseTimerProps) {
  const [clock, setClock] = useState(now());
  const running = state.startedAt !== null && state.stoppedAt === undefined;
  useEffect(() => {
    setClock(now());
    if (!running) return;
    const id = setInterval(() => setClock(now()), 1000);
    return () => clearInterval(id);
  }, [running, state]);
  const view = timerView(state, targetSeconds, Math.max(clock, state.startedAt ?? 0));
  const target = formatTarget(targetSeconds);
  let status: string;
  if (view.state === 'idle') status = t.idle;
  else if (view.state === 'stopped') status = `${t.answered(formatDuration(view.elapsedMs))} · ${view.phase === 'within' ? t.within : t.over(formatDuration(view.elapsedMs - view.targetMs))}`;
  else status = view.phase === 'within' ? t.within : t.over(formatDuration(view.elapsedMs - view.targetMs));
  return (
    <section
      class={`timer timer-${view.phase}`}
      data-testid="timer"
      data-target-seconds={targetSeconds}
      data-state={view.state}
      data-phase={view.phase}
      data-from={view.from}
      data-elapsed-seconds={Math.floor(view.elapsedMs / 1000)}
      aria-label={t.timerTitle}
    >
      <div class="timer-line">
        <span class="timer-label">{t.timer}</span>
        {view.state !== 'idle' && (
          <strong class="timer-clock" data-testid="timer-clock">
            {formatDuration(view.elapsedMs)}
          </strong>
        )}
        <span class="timer-target">{t.target(target)}</span>
      </div>
      <p class="timer-status" role={view.phase === 'over' && view.state === 'running' ? 'status' : undefined}>
        {status}
      </p>
      {view.from === 'opened' && view.state !== 'idle' && (
        <p class="timer-note" data-testid="timer-from-opened">
          {t.fromOpened}
        </p>
      )}
    </section>
  );
}
