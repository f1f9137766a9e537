import { describe, expect, it, vi } from 'vitest';
import { PICKER_TOKEN_PREFIX, SIDEBAR_KEY_PREFIX, listenForSecrets, receiveSidebarKey } from './key-message';

const post = (data: unknown, source: MessageEventSource | null = window) => window.dispatchEvent(new MessageEvent('message', { data, source }));

describe('secrets posted by the parent window', () => {
  it('takes its own prefix only, from the parent window only', () => {
    const seen = vi.fn();
    const stop = listenForSecrets(PICKER_TOKEN_PREFIX, seen);
    post(`${SIDEBAR_KEY_PREFIX}abc`);
    post({ token: 'abc' });
    post(`${PICKER_TOKEN_PREFIX}abc`, null);
    post(`${PICKER_TOKEN_PREFIX}abc`);
    expect(seen.mock.calls).toEqual([['abc']]);
    stop();
    post(`${PICKER_TOKEN_PREFIX}def`);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('stops listening after a few candidates: a page posting forged ones cannot keep the frame busy', () => {
    const seen = vi.fn();
    listenForSecrets(PICKER_TOKEN_PREFIX, seen);
    for (let i = 0; i < 20; i++) post(`${PICKER_TOKEN_PREFIX}${i}`);
    expect(seen).toHaveBeenCalledTimes(8);
  });

  it('the sidebar tries keys in turn until one is accepted, and gives up after its time', async () => {
    const accept = vi.fn(async (key: string) => key === 'good');
    const received = receiveSidebarKey(accept, { timeoutMs: 1_000 });
    post(`${SIDEBAR_KEY_PREFIX}forged`);
    post(`${SIDEBAR_KEY_PREFIX}good`);
    post(`${SIDEBAR_KEY_PREFIX}later`);
    expect(await received).toBe('good');
    expect(accept.mock.calls.map(([k]) => k)).toEqual(['forged', 'good']);
    expect(await receiveSidebarKey(accept, { timeoutMs: 20 })).toBeNull();
  });
});
