// `npm run bench`: performance figures, printed and merged into .output/bench.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { ROOT, ensureChromium, launchWithExtension } from './lib/chromium.mjs';
import { buildForBrowser } from './lib/run.mjs';
import { startDemoServer } from './demo-server.mjs';

const OUT = join(ROOT, '.output/bench.json');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (buildForBrowser() !== 0) process.exit(1);
ensureChromium();
const figures = {};

// Pure logic, measured in Node (same V8 as Chromium) through jiti, which runs the TypeScript sources as they are.
const { createJiti } = await import('jiti');
const jiti = createJiti(import.meta.url, { alias: { '@': ROOT } });
const { runSearchBench } = await jiti.import('./lib/search-bench.ts');
Object.assign(figures, runSearchBench());
// Statistics: the sidebar's batched event write and every dashboard figure for a year over 1,000,000 events, in
// fake-indexeddb (Node's in-memory IndexedDB; Chromium's own is not reachable from here).
const { runEventWriteBench, runDashboardBench } = await jiti.import('./lib/stats-bench.ts');
Object.assign(figures, await runEventWriteBench(), await runDashboardBench(), { stats_bench_engine: 'fake-indexeddb 6.2.8 in Node' });
// The tone and protocol-step check of a 300-word draft (its own script, so it can also be run alone).
const tone = spawnSync(process.execPath, [join(ROOT, 'node_modules/jiti/lib/jiti-cli.mjs'), join(ROOT, 'scripts/tone-bench.ts')], { encoding: 'utf8' });
const toneFigure = /check_draft_300w_ms\s+([\d.]+)/.exec(tone.stdout ?? '');
figures.check_draft_300w_ms = toneFigure ? Number(toneFigure[1]) : null;

// Content script: what every supported page pays for, gzipped as a browser would receive it from disk.
const contentScript = readFileSync(join(ROOT, '.output/chrome-mv3/content-scripts/copilot.js'));
figures.content_script_gz_bytes = gzipSync(contentScript, { level: 9 }).length;

// Sidebar ready: navigation start → the sidebar lists replies (interactive), median of 10 loads in Chromium.
const server = await startDemoServer({ port: 0 });
const { context } = await launchWithExtension({ headless: true });
const page = await context.newPage();
await page.goto(server.url('chat')); // warm-up: first run seeds the database
await page.frameLocator('iframe[data-cordial-sidebar]').locator('[data-testid=reply]').first().waitFor({ timeout: 15_000 });
const samples = [];
for (let i = 0; i < 10; i++) {
  const name = ['webmail', 'social', 'chat'][i % 3];
  const start = performance.now();
  await page.goto(server.url(name));
  await page.frameLocator('iframe[data-cordial-sidebar]').locator('[data-testid=reply]').first().waitFor({ timeout: 15_000 });
  samples.push(performance.now() - start);
}
figures.sidebar_ready_ms = Math.round(median(samples));

// Insert → verified, measured in the page by the content script (the `elapsedMs` of each insert answer), 30 inserts
// per editor, each editor a real library page. Requests go from the service worker exactly as the sidebar's do.
const EDITOR_PAGES = {
  'react-textarea': 'textarea',
  'plain-contenteditable': '#editor[contenteditable="true"]',
  lexical: '[data-lexical-editor="true"]',
  draftjs: '.public-DraftEditor-content',
  prosemirror: '.ProseMirror',
  ckeditor5: '.ck-editor__editable',
  quill2: '.ql-editor',
  quill1: '.ql-editor',
  slate: '[data-slate-editor="true"]',
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const [worker] = context.serviceWorkers();
const perEditor = {};
const all = [];
let failures = 0;
for (const [name, selector] of Object.entries(EDITOR_PAGES)) {
  await page.goto(new URL(`editors/${name}.html`, server.url('chat')).href);
  await page.frameLocator('iframe[data-cordial-sidebar]').locator('[data-testid=reply]').first().waitFor({ timeout: 15_000 });
  await page.locator(selector).first().click();
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const times = [];
  for (let i = 0; i < 30; i++) {
    const result = await worker.evaluate(
      ([id, text]) => chrome.tabs.sendMessage(id, { cordial: 1, name: 'composer:insert', payload: { text } }, { frameId: 0 }),
      [tabId, `Gracias por su paciencia (${i}). `],
    );
    if (result?.ok && typeof result.elapsedMs === 'number') times.push(result.elapsedMs);
    else failures += 1;
  }
  if (times.length === 0) continue;
  perEditor[name] = Math.round(p95(times) * 10) / 10;
  all.push(...times);
}
figures.insert_p95_ms = all.length ? Math.round(p95(all) * 10) / 10 : null;
figures.insert_p95_ms_by_editor = perEditor;
figures.insert_failures = failures;
await context.close();
await server.close();

mkdirSync(join(ROOT, '.output'), { recursive: true });
const previous = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : {};
writeFileSync(OUT, `${JSON.stringify({ ...previous, ...figures }, null, 2)}\n`);
for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(28)} ${typeof value === 'object' ? JSON.stringify(value) : value}`);
console.log(`(written to ${OUT})`);
