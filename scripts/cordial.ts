// Cordial's command line: `node node_modules/jiti/lib/jiti-cli.mjs scripts/cordial.ts <command> …`
// (wired as `npm run -s cordial -- <command> …`). Imports stay relative: jiti does not know the `@/` alias.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHANNELS, SITUATIONS, type Channel, type Pack, type Situation } from '../protocols/types';
import { checkDraft, toneFindingsToJson } from '../utils/tone/index';
import { createInterface } from 'node:readline';
import { SpellEngine } from '../utils/spelling/engine';
import { readLanguageFiles } from '../utils/spelling/node-files';
import { isSpellLang } from '../utils/spelling/types';

interface Command {
  usage: string;
  run(args: string[]): Promise<number> | number;
}

class UsageError extends Error {}

/** `--flag value` pairs; a flag given twice keeps the last value. */
function parseFlags(args: string[], known: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m || !known.includes(m[1]!)) throw new UsageError(`unknown argument: ${arg}`);
    const value = m[2] ?? args[++i];
    if (value === undefined) throw new UsageError(`--${m[1]} needs a value`);
    out[m[1]!] = value;
  }
  return out;
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    if (process.stdin.isTTY) return resolve('');
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

export function loadBuiltinPack(lang: 'es' | 'en'): Pack {
  const path = fileURLToPath(new URL(`../protocols/builtin/${lang}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Pack;
}

const check: Command = {
  usage: 'check --lang es|en --channel email|social|chat [--situation <situación>] [--customer <nombre>]  (draft on stdin)',
  async run(args) {
    const flags = parseFlags(args, ['lang', 'channel', 'situation', 'customer']);
    const lang = flags.lang ?? 'es';
    if (lang !== 'es' && lang !== 'en') throw new UsageError(`--lang must be es or en, not «${lang}»`);
    const channel = flags.channel ?? 'email';
    if (!(CHANNELS as readonly string[]).includes(channel)) throw new UsageError(`--channel must be one of ${CHANNELS.join(', ')}`);
    const situation = flags.situation;
    if (situation !== undefined && !(SITUATIONS as readonly string[]).includes(situation)) {
      throw new UsageError(`--situation must be one of ${SITUATIONS.join(', ')}`);
    }
    const pack = loadBuiltinPack(lang);
    const text = await readStdin();
    const result = checkDraft({
      text,
      locale: lang,
      channel: channel as Channel,
      situation: situation as Situation | undefined,
      customerName: flags.customer,
      pack,
    });
    process.stdout.write(`${JSON.stringify(toneFindingsToJson(result), null, 2)}\n`);
    return 0;
  },
};

const spell: Command = {
  usage: 'spell --lang es|en  (one word per line on stdin; prints word<TAB>ok or word<TAB>wrong<TAB>s1,s2,…,s5)',
  async run(args) {
    const flags = parseFlags(args, ['lang']);
    const lang = flags.lang ?? 'es';
    if (!isSpellLang(lang)) throw new UsageError(`--lang must be es or en, not «${lang}»`);
    // The extension's engine and ranking, on the same dictionary files it ships.
    const engine = new SpellEngine();
    engine.addLanguage(lang, readLanguageFiles(lang));
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const word = line.trim();
      const verdict = word ? engine.verdict(lang, word) : ({ ok: true } as const);
      process.stdout.write(verdict.ok ? `${word}\tok\n` : `${word}\twrong\t${verdict.suggestions.join(',')}\n`);
    }
    return 0;
  },
};

/**
 * Subcommands. Add new ones here (planned: `pack validate <file>`, `pack new`); a command with its own
 * subcommands can dispatch on its first argument the same way.
 */
const COMMANDS: Record<string, Command> = {
  check,
  spell,
};

function usage(): string {
  return ['usage: cordial <command> [options]', '', 'commands:', ...Object.entries(COMMANDS).map(([name, c]) => `  ${name} ${c.usage.replace(/^\S+\s*/, '')}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `cordial: unknown command «${name}»\n\n` : ''}${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`cordial ${name}: ${err.message}\nusage: cordial ${command.usage}\n`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
