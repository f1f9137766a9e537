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
  // No spelling engine either (dictionary reader, suggestion search): it lives in one worker for the whole browser.
  for (const marker of ['TrieXv3', '__DATA__', 'DecompressionStream', 'new Worker']) expect(text, marker).not.toContain(marker);
});

test('the manifest asks only for what the features need and never runs everywhere', () => {
  const manifest = JSON.parse(built('manifest.json').toString('utf8'));
  // offscreen: the document that starts the one spelling worker (a service worker cannot).
  expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'offscreen', 'scripting', 'sidePanel', 'storage']);
  // The dictionaries are read by the extension only: no page can fetch them.
  expect(JSON.stringify(manifest.web_accessible_resources)).not.toMatch(/dictionaries|spell-worker|spell-engine/);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  for (const script of manifest.content_scripts) {
    expect(script.matches).not.toContain('<all_urls>');
    expect(script.matches.some((m: string) => /^\*?:?\/\/\*\//.test(m) || m.startsWith('*://*/'))).toBe(false);
  }
  expect(manifest.externally_connectable).toBeUndefined();
  expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toContain('unsafe-eval');
});
