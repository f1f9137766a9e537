import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetTimer, loadTimer, parseStoredTimer, saveTimer } from './timer-store';

beforeEach(() => fakeBrowser.reset());

describe('the tab’s stored response timer', () => {
  it('is kept per tab in session storage and forgotten with the tab', async () => {
    await saveTimer(4, { state: { key: 'c1', startedAt: 1000, from: 'opened' }, openedKey: 'c1' });
    await saveTimer(5, { state: { key: 'c2', startedAt: null, from: 'arrival', seenCustomerAt: 900 }, openedKey: null });
    expect(await loadTimer(4)).toEqual({ state: { key: 'c1', startedAt: 1000, from: 'opened' }, openedKey: 'c1' });
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual(['responseTimer:4', 'responseTimer:5']);
    await forgetTimer(4);
    expect(await loadTimer(4)).toBeNull();
    expect(await loadTimer(5)).toEqual({ state: { key: 'c2', startedAt: null, from: 'arrival', seenCustomerAt: 900 }, openedKey: null });
  });

  it('refuses what is not a timer (an older build’s value, a broken one) and drops unknown fields', () => {
    const good = { key: 'c1', startedAt: 5, from: 'arrival', stoppedAt: 9, seenCustomerAt: 5 };
    expect(parseStoredTimer({ state: { ...good, extra: '<img>' }, openedKey: 7 })).toEqual({ state: good, openedKey: null });
    for (const bad of [null, 'x', {}, { state: { ...good, key: '' } }, { state: { ...good, startedAt: 'soon' } }, { state: { ...good, from: 'later' } }, { state: { ...good, stoppedAt: Number.NaN } }, { state: { ...good, seenCustomerAt: '1' } }]) {
      expect(parseStoredTimer(bad)).toBeNull();
    }
  });
});
