import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CordialDb } from '@/utils/db/schema';
import type { BackgroundProtocol } from '@/utils/messaging';
import { statsHandlers } from './stats-handlers';

type Handler<K extends keyof BackgroundProtocol> = (request: BackgroundProtocol[K]['request']) => Promise<BackgroundProtocol[K]['response']>;

beforeEach(() => fakeBrowser.reset());

describe('the tabs’ response timers, kept by the background for the sidebars', () => {
  // The timer handlers touch no database.
  const handlers = statsHandlers({} as CordialDb);
  const save = handlers['timer:save'] as Handler<'timer:save'>;
  const load = handlers['timer:load'] as Handler<'timer:load'>;

  it('keeps a tab’s timer in session storage and gives it back to that tab only', async () => {
    await save({ tabId: 3, stored: { state: { key: 'c1', startedAt: 10, from: 'opened' }, openedKey: 'c1' } });
    expect(await load({ tabId: 3 })).toEqual({ state: { key: 'c1', startedAt: 10, from: 'opened' }, openedKey: 'c1' });
    expect(await load({ tabId: 4 })).toBeNull();
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual(['responseTimer:3']);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('stores nothing for a tab id or a timer that is not one', async () => {
    const good = { state: { key: 'c1', startedAt: 10, from: 'opened' as const }, openedKey: null };
    await save({ tabId: -1, stored: good });
    await save({ tabId: 1.5, stored: good });
    await save({ tabId: 'x' as unknown as number, stored: good });
    await save({ tabId: 2, stored: { state: { key: '', startedAt: 10, from: 'opened' }, openedKey: null } });
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(await load({ tabId: 'responseTimer' as unknown as number })).toBeNull();
  });
});
