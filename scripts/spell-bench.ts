// Spelling figures measured in Node (same V8 as Chromium), for the pure parts: checking a draft, ranking suggestions,
// and the memory both languages take. The cold load is measured in Chromium by bench.mjs (worker, real files).
// Prints `key value` lines; run alone with `node node_modules/jiti/lib/jiti-cli.mjs scripts/spell-bench.ts`
// (`--expose-gc` gives a steadier memory figure).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDraft } from '../utils/spelling/check';
import { buildCorpus, parseTweetNorm, parseWikipediaList } from '../utils/spelling/corpus';
import { SpellEngine } from '../utils/spelling/engine';
import { readLanguageFiles } from '../utils/spelling/node-files';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../tests/fixtures/spelling/${name}`, import.meta.url)), 'utf8');
const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;
const round = (n: number) => Math.round(n * 10) / 10;

// Memory: what the engine holds once both languages are loaded (files already read, so only the engine counts).
const files = { es: readLanguageFiles('es'), en: readLanguageFiles('en') };
gc?.();
const before = process.memoryUsage();
const engine = new SpellEngine();
const parseMs = { es: engine.addLanguage('es', files.es), en: engine.addLanguage('en', files.en) };
gc?.();
const after = process.memoryUsage();
const memoryMb = (after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers) / 1e6;

// Check: a 1000-word Spanish draft of correct service prose with a few errors, the way the worker checks it.
const pack = JSON.parse(readFileSync(fileURLToPath(new URL('../protocols/builtin/es.json', import.meta.url)), 'utf8')) as { replies: Array<{ body: string }> };
let prose = pack.replies.map((r) => r.body.replace(/\{\{[^}]*\}\}/g, 'Lucía')).join('\n\n');
const words = () => prose.split(/\s+/).filter(Boolean).length;
while (words() < 1000) prose += `\n\n${prose}`;
const draft = `${prose.split(/\s+/).slice(0, 990).join(' ')} Le confirmo que el reembolzo ya esta en camino, ademas le escrivo mañana.`;
const checkTimes: number[] = [];
for (let i = 0; i < 25; i++) {
  const started = performance.now();
  checkDraft(engine, draft, { lang: 'es' });
  if (i >= 5) checkTimes.push(performance.now() - started); // the first runs warm the JIT and the verdict cache
}

// Suggestions: every misspelling of the corpus (both splits), as the CLI and the sidebar ask for them.
const { kept } = buildCorpus([...parseWikipediaList(fixture('es-wikipedia-maquinas.txt')), ...parseTweetNorm(fixture('es-tweet-norm.tsv'))], (w) => engine.isCorrect('es', w));
for (const pair of kept.slice(0, 50)) engine.suggest('es', pair.wrong); // warm-up
const suggestTimes = kept.map((pair) => {
  const started = performance.now();
  engine.suggest('es', pair.wrong);
  return performance.now() - started;
});

console.log(`spell_check_1000_words_ms ${round(median(checkTimes))}`);
console.log(`spell_suggest_p95_ms ${round(p95(suggestTimes))}`);
console.log(`spell_memory_mb ${round(memoryMb)}`);
console.log(`spell_parse_ms_node ${JSON.stringify({ es: round(parseMs.es), en: round(parseMs.en) })}`);
