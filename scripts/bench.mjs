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
// Importing a 10,000-reply pack (parse + validatePack + installPack), then installing its version 2 over it, into
// fake-indexeddb in Node (see the file).
const { runPackBench } = await jiti.import('./lib/pack-bench.ts');
Object.assign(figures, await runPackBench());
// Statistics: the sidebar's batched event write and every dashboard figure for a year over 1,000,000 events, in
// fake-indexeddb (Node's in-memory IndexedDB; Chromium's own is not reachable from here).
const { runEventWriteBench, runDashboardBench } = await jiti.import('./lib/stats-bench.ts');
Object.assign(figures, await runEventWriteBench(), await runDashboardBench(), { stats_bench_engine: 'fake-indexeddb 6.2.8 in Node' });
// The tone and protocol-step check of a 300-word draft (its own script, so it can also be run alone).
const tone = spawnSync(process.execPath, [join(ROOT, 'node_modules/jiti/lib/jiti-cli.mjs'), join(ROOT, 'scripts/tone-bench.ts')], { encoding: 'utf8' });
const toneFigure = /check_draft_300w_ms\s+([\d.]+)/.exec(tone.stdout ?? '');
figures.check_draft_300w_ms = toneFigure ? Number(toneFigure[1]) : null;

// Spelling, the pure parts in Node (draft check, suggestion ranking, memory of both languages): its own script.
const spellNode = spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'node_modules/jiti/lib/jiti-cli.mjs'), join(ROOT, 'scripts/spell-bench.ts')], { encoding: 'utf8' });
for (const line of (spellNode.stdout ?? '').split('\n')) {
  const m = /^(spell_\w+)\s+(.+)$/.exec(line.trim());
  if (m) figures[m[1]] = /^[{[]/.test(m[2]) ? JSON.parse(m[2]) : Number(m[2]);
}

// Content script: what every supported page pays for, gzipped as a browser would receive it from disk.
const contentScript = readFileSync(join(ROOT, '.output/chrome-mv3/content-scripts/copilot.js'));
figures.content_script_gz_bytes = gzipSync(contentScript, { level: 9 }).length;
// …and the parts it loads on first use (insertion chain, overlays, shortcuts), each gzipped, for the record.
figures.content_script_lazy_gz_bytes = Object.fromEntries(
  ['insert-chain.js', 'field-marks.js', 'spelling-marks.js', 'shortcut-keys.js'].map((f) => [f, gzipSync(readFileSync(join(ROOT, '.output/chrome-mv3', f)), { level: 9 }).length]),
);

// Sidebar ready: navigation start → the sidebar lists replies (interactive), median of 10 loads in Chromium.
const server = await startDemoServer({ port: 0 });
/** A 1000-word Spanish draft: the built-in replies (varied, correct service prose), as spell-bench.ts builds it. */
function spellDraft1000() {
  const pack = JSON.parse(readFileSync(join(ROOT, 'protocols/builtin/es.json'), 'utf8'));
  const words = pack.replies.map((r) => r.body.replace(/\{\{[^}]*\}\}/g, 'Lucía')).join('\n\n').split(/\s+/).filter(Boolean);
  while (words.length < 1000) words.push(...words);
  return `${words.slice(0, 990).join(' ')} Le confirmo que el reembolzo ya esta en camino, ademas le escrivo mañana.`;
}

const { context, extensionId } = await launchWithExtension({ headless: true });

// Spelling engine, cold, in Chromium: the first check sent from an extension page (as a sidebar sends it) starts the
// offscreen document and its worker, which fetches, decompresses and parses the Spanish files, then checks. Measured
// from the request to the answer, before any demo page could have started the engine.
{
  const extPage = await context.newPage();
  await extPage.goto(`chrome-extension://${extensionId}/options.html`);
  const spell = await extPage.evaluate(async (longDraft) => {
    const send = (name, payload) => chrome.runtime.sendMessage({ cordial: 1, name, payload });
    const started = performance.now();
    const first = await send('spell:check', { text: 'Hola, gracias por su paciensia.', lang: 'es' });
    const cold = performance.now() - started;
    let status = null;
    for (let i = 0; i < 100 && (status?.loaded?.length ?? 0) < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = await send('spell:status');
    }
    const times = [];
    for (let i = 0; i < 15; i++) times.push((await send('spell:check', { text: longDraft, lang: 'es' })).elapsedMs);
    return { cold, flagged: first.issues.map((issue) => issue.text), status, checkMs: times.slice(5).sort((a, b) => a - b)[5] };
  }, spellDraft1000());
  figures.spell_load_ms = Math.round(spell.cold);
  figures.spell_load_ms_by_language = spell.status?.loadMs ?? null;
  figures.spell_check_1000_words_ms_worker = Math.round(spell.checkMs * 10) / 10;
  if (JSON.stringify(spell.flagged) !== '["paciensia"]') figures.spell_load_error = `first check flagged ${JSON.stringify(spell.flagged)}`;
  await extPage.close();
}

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
