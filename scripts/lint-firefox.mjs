// `npm run lint:firefox`: Mozilla's own add-on linter (the one addons.mozilla.org runs) over the Firefox build:
// manifest schema, permissions, CSP and unsafe code patterns. No Firefox runs here, so this is the check that the
// Firefox package would be accepted. Errors fail, and so does any warning not listed below with the reason it is
// acceptable: a new unsafe pattern (an innerHTML, a remote import) stops the build from landing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/chromium.mjs';
import { bin } from './lib/run.mjs';

// The MV2 build by default (the one `npm run build` makes); pass another build's folder to lint it.
const dir = process.argv[2] ?? join(ROOT, '.output/firefox-mv2');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`lint:firefox: no Firefox build in ${dir}; run \`npx wxt build -b firefox\` first.`);
  process.exit(1);
}
const result = spawnSync(bin('addons-linter'), ['--output', 'json', '--boring', dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`lint:firefox: the linter gave no report.\n${result.stderr || result.stdout}`);
  process.exit(1);
}
const ACCEPTED = [
  {
    code: /^KEY_FIREFOX(?:_ANDROID)?_UNSUPPORTED_BY_MIN_VERSION$/,
    description: /data_collection_permissions/,
    why: 'data_collection_permissions (no data collected) is read by Firefox 140+ and ignored by older versions',
  },
  {
    code: /^UNSAFE_VAR_ASSIGNMENT$/,
    file: /^content-scripts\/copilot\.js$/,
    message: /import/,
    why: "the content script loads its own packaged parts on first use (runtime.getURL('/insert-chain.js')…), never a remote URL",
  },
  {
    code: /^UNSAFE_VAR_ASSIGNMENT$/,
    file: /^chunks\//,
    message: /innerHTML/,
    why: "Preact's support for dangerouslySetInnerHTML, which Cordial never uses: replies are rendered as text",
  },
];
const accepted = (m) =>
  ACCEPTED.find(
    (a) => a.code.test(m.code) && (!a.file || a.file.test(m.file ?? '')) && (!a.message || a.message.test(m.message)) && (!a.description || a.description.test(String(m.description ?? ''))),
  );
const line = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}${m.description ? ` (${String(m.description).replace(/\s+/g, ' ').slice(0, 160)})` : ''}`;
for (const m of report.errors) console.log(`error${line(m)}`);
const unexpected = report.warnings.filter((m) => !accepted(m));
for (const m of report.warnings) console.log(`warning${line(m)}${accepted(m) ? `\n    accepted: ${accepted(m).why}` : '\n    NOT ACCEPTED'}`);
console.log(`lint:firefox: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${unexpected.length} not accepted), ${report.summary.notices} notices`);
process.exit(report.summary.errors === 0 && unexpected.length === 0 ? 0 : 1);
