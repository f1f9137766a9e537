import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const spell = (args: string[], input: string) =>
  spawnSync(process.execPath, ['node_modules/jiti/lib/jiti-cli.mjs', 'scripts/cordial.ts', 'spell', ...args], { cwd: root, input, encoding: 'utf8' });

describe('cordial spell', () => {
  it('prints one line per input line, in order: word<TAB>ok or word<TAB>wrong<TAB>up to five suggestions', () => {
    const run = spell(['--lang', 'es'], 'hola\nqiero\n\nademas\nreembolzo\r\nfidelizar\nxqzkw\n');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('hola\tok');
    expect(lines[1]).toMatch(/^qiero\twrong\tquiero(,[^,\t]+){0,4}$/);
    expect(lines[2]).toBe('\tok');
    expect(lines[3]).toMatch(/^ademas\twrong\tademás/);
    expect(lines[4]).toMatch(/^reembolzo\twrong\treembolso,/);
    expect(lines[5]).toBe('fidelizar\tok');
    expect(lines[6]!.split('\t').slice(0, 2)).toEqual(['xqzkw', 'wrong']);
    for (const line of lines) expect((line.split('\t')[2] ?? '').split(',').filter(Boolean).length).toBeLessThanOrEqual(5);
  }, 30_000);

  it('checks English with --lang en, and refuses other languages', () => {
    const run = spell(['--lang', 'en'], 'recieve\nhello\n');
    expect(run.stdout).toMatch(/^recieve\twrong\treceive.*\nhello\tok\n$/);
    const bad = spell(['--lang', 'fr'], '');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--lang/);
  }, 30_000);

  it('with --pack, the pack dictionary counts as right, as in the extension; an invalid pack is a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cordial-spell-'));
    const pack = JSON.parse(readFileSync(join(root, 'protocols/builtin/es.json'), 'utf8')) as { dictionary?: string[] };
    pack.dictionary = [...(pack.dictionary ?? []), 'Telepuppy'];
    writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack));
    expect(spell(['--lang', 'es'], 'Telepuppy\n').stdout).toMatch(/^Telepuppy\twrong/);
    expect(spell(['--lang', 'es', '--pack', join(dir, 'pack.json')], 'Telepuppy\nreembolzo\n').stdout).toMatch(/^Telepuppy\tok\nreembolzo\twrong\treembolso/);
    writeFileSync(join(dir, 'bad.json'), '{"id": 1}');
    const bad = spell(['--lang', 'es', '--pack', join(dir, 'bad.json')], 'hola\n');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not a valid pack/);
  }, 30_000);
});
