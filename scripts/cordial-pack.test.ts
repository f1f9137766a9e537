import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { starterPack } from '../protocols/starter';
import { CHANNELS, type Pack } from '../protocols/types';
import { validatePack } from '../protocols/validate';

// The way `npm run -s cordial -- …` runs it (package.json: `jiti scripts/cordial.ts`), without npm in between.
const root = join(__dirname, '..');
const cordial = (args: string[], input = '') =>
  spawnSync(process.execPath, ['node_modules/jiti/lib/jiti-cli.mjs', 'scripts/cordial.ts', ...args], { cwd: root, input, encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'cordial-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const lines = (text: string) => text.split('\n').filter(Boolean);

describe('cordial pack new', () => {
  it('writes a small valid starter pack, in Spanish by default, that `pack validate` accepts', () => {
    const run = cordial(['pack', 'new']);
    expect(run.status, run.stderr).toBe(0);
    const pack = JSON.parse(run.stdout) as Pack & { $schema: string };
    expect(pack.$schema).toBe('pack.v1.schema.json');
    expect(Object.keys(pack).slice(0, 3)).toEqual(['$schema', 'schemaVersion', 'id']);
    const result = validatePack(pack);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
    expect(pack).toMatchObject({ id: 'mi-equipo', locale: 'es', version: '0.1.0' });
    expect(pack.protocols.map((p) => p.channel).sort()).toEqual([...CHANNELS].sort());
    expect(pack.replies.length).toBeGreaterThanOrEqual(3);
    expect(pack.toneRules.length).toBe(2);

    const check = cordial(['pack', 'validate', file('starter.json', run.stdout)]);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toBe('ok: mi-equipo 0.1.0, 3 respuestas\n');
    expect(check.stderr).toBe('');
  }, 30_000);

  it('takes --lang, --id and --name, and refuses an id that is not kebab-case (exit 2)', () => {
    const run = cordial(['pack', 'new', '--lang', 'en', '--id', 'acme-support', '--name', 'Acme <support>']);
    expect(run.status, run.stderr).toBe(0);
    const pack = JSON.parse(run.stdout) as Pack;
    expect(pack).toMatchObject({ id: 'acme-support', name: 'Acme <support>', locale: 'en' });
    expect(validatePack(pack, 'en').ok).toBe(true);

    const bad = cordial(['pack', 'new', '--id', 'Mi Equipo']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^cordial pack: id: no tiene el formato esperado/);
  }, 30_000);
});

describe('cordial pack validate', () => {
  const invalid = () => {
    const pack = starterPack('es');
    pack.replies[0]!.body = '';
    pack.replies[2]!.id = pack.replies[1]!.id;
    return JSON.stringify(pack);
  };

  it('exits 1 with one «path: message» per line on stderr, in Spanish by default and in English with --lang en', () => {
    const path = file('invalid.json', invalid());
    const es = cordial(['pack', 'validate', path]);
    expect(es.status).toBe(1);
    expect(es.stdout).toBe('');
    expect(lines(es.stderr)).toEqual(['replies[0].body: falta el texto', 'replies[2].id: el id «retraso-pedido» está repetido']);
    const en = cordial(['pack', 'validate', path, '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(lines(en.stderr)).toEqual(['replies[0].body: the text is missing', 'replies[2].id: the id “retraso-pedido” is used twice']);
  }, 30_000);

  it('accepts a pack with unknown keys, listing them as warnings on stderr; reads stdin with -; skips a BOM', () => {
    const pack = starterPack('en');
    const text = `\uFEFF${JSON.stringify({ ...pack, colour: 'blue' })}`;
    const run = cordial(['pack', 'validate', '-', '--lang', 'en'], text);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('ok: my-team 0.1.0, 3 replies\n');
    expect(lines(run.stderr)).toEqual(['warning: colour: unknown field: ignored']);
  }, 30_000);

  it('exits 1 on text that is not JSON, and 2 on usage errors and unreadable files', () => {
    const notJson = cordial(['pack', 'validate', file('broken.json', '{"schemaVersion": 1,')]);
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/^el archivo no es JSON válido/);

    const missing = cordial(['pack', 'validate', join(dir, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json \(ENOENT\)/);
    expect(cordial(['pack', 'validate', dir]).status).toBe(2);
    for (const args of [['pack', 'validate'], ['pack', 'validate', 'a.json', 'b.json'], ['pack', 'validate', 'a.json', '--lang', 'fr'], ['pack'], ['pack', 'frob']]) {
      const run = cordial(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/usage: cordial pack validate/);
    }
  }, 60_000);
});
