import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const cordial = (args: string[], input = '') =>
  spawnSync(process.execPath, ['node_modules/jiti/lib/jiti-cli.mjs', 'scripts/cordial.ts', ...args], { cwd: root, input, encoding: 'utf8' });

describe('cordial CLI', () => {
  it('check reads a draft on stdin and prints tone and steps as JSON', () => {
    const draft = 'Hola, Marta:\n\nLo siento mucho. Su reembolso llegará en 48 horas.\n\nUn saludo,\nAna\nTelepuppy';
    const run = cordial(['check', '--lang', 'es', '--channel', 'email', '--situation', 'queja'], draft);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['tone', 'steps']);
    const apology = out.tone.find((f: { id: string }) => f.id === 'apology-when-complaint');
    expect(apology).toEqual({ id: 'apology-when-complaint', state: 'pass', evidence: [{ start: 14, end: 23, text: 'Lo siento' }] });
    expect(out.steps.find((f: { id: string }) => f.id === 'greet').state).toBe('pass');
  }, 20_000);

  it('--help, -h and help print the usage on stdout (commands, options, examples) and exit 0', () => {
    for (const flag of ['--help', '-h', 'help']) {
      const run = cordial([flag]);
      expect(run.status, `${flag}: ${run.stderr}`).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^usage: cordial <command> \[options\]\n/);
      for (const part of ['commands:', '  check ', '  pack validate ', '  pack new ', '  spell ', 'options:', '-h, --help', 'examples:', 'npm run -s cordial -- pack validate']) {
        expect(run.stdout, `${flag} mentions ${part}`).toContain(part);
      }
    }
    const one = cordial(['pack', '--help']);
    expect(one.status).toBe(0);
    expect(one.stdout).toBe('usage: cordial pack validate FILE|- [--lang es|en]   exit 0 valid, 1 invalid (one «path: message» per line on stderr), 2 usage\nusage: cordial pack new [--lang es|en] [--id my-team] [--name "…"]   a valid starter pack on stdout\n');
  }, 20_000);

  it('exits 2 with usage on an unknown command or a bad option', () => {
    const unknown = cordial(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/usage: cordial <command>/);
    const bad = cordial(['check', '--channel', 'fax']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--channel/);
  }, 20_000);
});
