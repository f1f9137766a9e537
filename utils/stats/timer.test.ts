import { describe, expect, it } from 'vitest';
import { formatDuration, formatTarget, observeConversation, stopTimer, timerView } from './timer';

const T0 = Date.UTC(2026, 5, 10, 9, 0, 0);
const CHAT_TARGET = 120;

describe('response timer', () => {
  it('counts from the customer message time the page shows, and crosses the target exactly at it', () => {
    const state = observeConversation(null, { key: 'c1', lastFromCustomer: true, lastCustomerAt: T0 - 30_000 }, T0)!;
    expect(state).toMatchObject({ startedAt: T0 - 30_000, from: 'arrival' });
    expect(timerView(state, CHAT_TARGET, T0)).toEqual({ state: 'running', phase: 'within', from: 'arrival', elapsedMs: 30_000, targetMs: 120_000 });
    expect(timerView(state, CHAT_TARGET, T0 + 90_000).phase).toBe('within'); // exactly 120 s: still within
    expect(timerView(state, CHAT_TARGET, T0 + 90_001).phase).toBe('over');
    expect(timerView(state, CHAT_TARGET, T0 + 3_600_000)).toMatchObject({ phase: 'over', elapsedMs: 3_630_000 });
  });

  it('counts from when the conversation was opened where the arrival time cannot be read, and says so', () => {
    const noTime = observeConversation(null, { key: 'c1', lastFromCustomer: true }, T0)!;
    expect(noTime).toMatchObject({ startedAt: T0, from: 'opened' });
    expect(timerView(noTime, CHAT_TARGET, T0 + 5000)).toMatchObject({ from: 'opened', elapsedMs: 5000 });
    const unknownAuthor = observeConversation(null, { key: 'c2' }, T0)!;
    expect(unknownAuthor).toMatchObject({ startedAt: T0, from: 'opened' });
    // A time in the future is not trusted.
    expect(observeConversation(null, { key: 'c3', lastFromCustomer: true, lastCustomerAt: T0 + 60_000 }, T0)).toMatchObject({ startedAt: T0, from: 'opened' });
  });

  it('has nothing to count when the agent wrote last', () => {
    const state = observeConversation(null, { key: 'c1', lastFromCustomer: false, lastCustomerAt: T0 - 10_000 }, T0)!;
    expect(timerView(state, CHAT_TARGET, T0 + 1000)).toMatchObject({ state: 'idle', phase: 'idle' });
    expect(stopTimer(state, T0 + 1000)).toBeNull();
  });

  it('stops at a send with the response time; a second send records nothing more', () => {
    const state = observeConversation(null, { key: 'c1', lastFromCustomer: true, lastCustomerAt: T0 }, T0)!;
    const stopped = stopTimer(state, T0 + 150_000)!;
    expect(stopped.durationMs).toBe(150_000);
    expect(timerView(stopped.state, CHAT_TARGET, T0 + 999_999)).toMatchObject({ state: 'stopped', phase: 'over', elapsedMs: 150_000 });
    expect(stopTimer(stopped.state, T0 + 200_000)).toBeNull();
  });

  it('restarts on a new customer message in the same conversation, and on a new conversation', () => {
    let state = observeConversation(null, { key: 'c1', lastFromCustomer: true, lastCustomerAt: T0 }, T0)!;
    state = stopTimer(state, T0 + 60_000)!.state;
    // The page re-announces the same conversation: nothing changes.
    expect(observeConversation(state, { key: 'c1', lastFromCustomer: false, lastCustomerAt: T0 }, T0 + 70_000)).toBe(state);
    state = observeConversation(state, { key: 'c1', lastFromCustomer: true, lastCustomerAt: T0 + 80_000 }, T0 + 85_000)!;
    expect(timerView(state, CHAT_TARGET, T0 + 85_000)).toMatchObject({ state: 'running', elapsedMs: 5000 });
    const other = observeConversation(state, { key: 'c2' }, T0 + 90_000)!;
    expect(other).toMatchObject({ key: 'c2', startedAt: T0 + 90_000, from: 'opened' });
    expect(observeConversation(other, undefined, T0)).toBeNull();
  });

  it('formats durations and targets the way people say them', () => {
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(42 * 60_000 + 10_000)).toBe('42:10');
    expect(formatDuration(3 * 3600_000 + 20 * 60_000)).toBe('3 h 20 min');
    expect(formatDuration(52 * 3600_000)).toBe('2 d 4 h');
    expect([formatDuration(2 * 3600_000 + 30_000), formatDuration(72 * 3600_000)]).toEqual(['2 h', '3 d']);
    expect([formatTarget(120), formatTarget(3600), formatTarget(86400), formatTarget(90), formatTarget(5400)]).toEqual(['2 min', '1 h', '24 h', '90 s', '1 h 30 min']);
  });
});
