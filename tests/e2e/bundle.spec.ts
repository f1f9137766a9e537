import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// The content script runs on every supported page: it must stay small and carry none of the sidebar's libraries.
const built = (path: string) => readFileSync(new URL(`../../.output/chrome-mv3/${path}`, import.meta.url));

test('the built content script stays under 15 KB gzipped and has no Dexie, Fuse or Preact in it', () => {
  const script = built('content-scripts/copilot.js');
  expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(15 * 1024);
  const text = script.toString('utf8');
  for (const marker of ['Dexie', 'indexedDB', 'Fuse', '__preactattr_', 'createElement("svg"']) expect(text, marker).not.toContain(marker);
});

test('the manifest asks only for what the features need and never runs everywhere', () => {
  const manifest = JSON.parse(built('manifest.json').toString('utf8'));
  expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage']);
  expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  expect(JSON.parse(built('managed_schema.json').toString('utf8')).properties.packUrls.type).toBe('array');
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  for (const script of manifest.content_scripts) {
    expect(script.matches).not.toContain('<all_urls>');
    expect(script.matches.some((m: string) => /^\*?:?\/\/\*\//.test(m) || m.startsWith('*://*/'))).toBe(false);
  }
  expect(manifest.externally_connectable).toBeUndefined();
  expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toContain('unsafe-eval');
});
