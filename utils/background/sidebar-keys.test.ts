import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { randomKey } from '@/utils/random-key';
import { expectSidebar, forgetSidebarKey, isOwnSidebar, isSidebarKey } from './sidebar-keys';

describe('sidebar keys', () => {
  beforeEach(() => fakeBrowser.reset());

  it('admits the sidebar that shows its tab’s key, and no other tab’s', async () => {
    const key = randomKey();
    expect(await expectSidebar(1, key)).toBe(true);
    expect(await isOwnSidebar(1, key)).toBe(true);
    expect(await isOwnSidebar(2, key)).toBe(false);
    expect(await isOwnSidebar(1, randomKey())).toBe(false);
    expect(await isOwnSidebar(1, undefined)).toBe(false);
  });

  it('a new page in the tab replaces the key; a closed tab forgets it', async () => {
    const first = randomKey();
    const second = randomKey();
    await expectSidebar(1, first);
    await expectSidebar(1, second);
    expect(await isOwnSidebar(1, first)).toBe(false);
    expect(await isOwnSidebar(1, second)).toBe(true);
    await forgetSidebarKey(1);
    expect(await isOwnSidebar(1, second)).toBe(false);
  });

  it('refuses anything but 128 random bits in hex, before storing or comparing it', async () => {
    expect(isSidebarKey(randomKey())).toBe(true);
    for (const bad of ['', 'a'.repeat(31), 'A'.repeat(32), `${'a'.repeat(32)} `, 42, null, { length: 32 }]) {
      expect(isSidebarKey(bad)).toBe(false);
      expect(await expectSidebar(3, bad)).toBe(false);
    }
    expect(await isOwnSidebar(3, '')).toBe(false);
  });

  it('lives in session storage: a service worker that sleeps and wakes still knows it', async () => {
    const key = randomKey();
    await expectSidebar(4, key);
    expect(await fakeBrowser.storage.session.get('sidebarKeys')).toEqual({ sidebarKeys: { 4: key } });
  });
});
