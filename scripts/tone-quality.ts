// Precision and recall of the tone engine on the labelled drafts (pass = positive), tuning and held-out sets apart.
// `node node_modules/jiti/lib/jiti-cli.mjs scripts/tone-quality.ts [--mismatches]` — writes .output/tone-quality.json.
// --mismatches lists the TUNING set's disagreements only, and --tuning-only hides the held-out columns: the held-out
// drafts stay unseen while tuning.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../protocols/types';
import { evaluate, type LabelledDraft, type QualitySection, type Score } from '../utils/tone/quality';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = <T>(rel: string): T => JSON.parse(readFileSync(`${root}${rel}`, 'utf8')) as T;
const packs: Record<string, Pack> = { es: readJson<Pack>('protocols/builtin/es.json'), en: readJson<Pack>('protocols/builtin/en.json') };
const { drafts } = readJson<{ drafts: LabelledDraft[] }>('tests/fixtures/tone/drafts.json');
const packFor = (locale: string) => packs[locale.slice(0, 2)] ?? packs.es!;

const tuning = evaluate(drafts.filter((d) => !d.heldOut), packFor);
const heldOut = evaluate(drafts.filter((d) => d.heldOut), packFor);
const all = evaluate(drafts, packFor);

const tuningOnly = process.argv.includes('--tuning-only');
const pct = (v: number | null) => (v === null ? '   —  ' : `${(v * 100).toFixed(1).padStart(5)}%`);
function table(title: string, a: Record<string, Score>, b: Record<string, Score>) {
  console.log(`\n${title.padEnd(26)} tuning: precision  recall  (tp fp fn)   held-out: precision  recall  (tp fp fn)`);
  for (const id of Object.keys({ ...a, ...b })) {
    const s = a[id];
    const h = b[id];
    const cell = (x?: Score) => (x ? `${pct(x.precision)}   ${pct(x.recall)}  (${x.tp} ${x.fp} ${x.fn})`.padEnd(36) : ''.padEnd(36));
    console.log(`  ${id.padEnd(24)} ${cell(s)}           ${tuningOnly ? '(hidden)' : cell(h)}`);
  }
}

console.log(`tone quality: ${drafts.length} labelled drafts — tuning ${tuning.drafts}, held-out ${heldOut.drafts}`);
table('tone rules', tuning.tone, heldOut.tone);
table('protocol steps', tuning.steps, heldOut.steps);

if (process.argv.includes('--mismatches')) {
  console.log('\ntuning-set mismatches:');
  for (const m of tuning.mismatches) console.log(`  ${m.draft.padEnd(13)} ${m.item} ${m.id.padEnd(24)} expected ${m.expected.padEnd(4)} got ${m.got.padEnd(4)} ${JSON.stringify(m.evidence)}`);
}

const strip = (s: QualitySection) => ({ drafts: s.drafts, tone: s.tone, steps: s.steps, mismatches: s.mismatches.length });
mkdirSync(`${root}.output`, { recursive: true });
writeFileSync(`${root}.output/tone-quality.json`, `${JSON.stringify({ tuning: strip(tuning), heldOut: strip(heldOut), all: strip(all) }, null, 2)}\n`);
console.log(`\n(written to ${root}.output/tone-quality.json)`);
