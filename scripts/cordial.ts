// Cordial's command line: `node node_modules/jiti/lib/jiti-cli.mjs scripts/cordial.ts <command> …`
// (wired as `npm run -s cordial -- <command> …`). Imports stay relative: jiti does not know the `@/` alias.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packFileText } from '../protocols/pack-file';
import { starterPack } from '../protocols/starter';
import { CHANNELS, SITUATIONS, type Channel, type Pack, type Situation } from '../protocols/types';
import { formatIssue, parsePack, validatePack } from '../protocols/validate';
import { checkDraft, toneFindingsToJson } from '../utils/tone/index';
import { createInterface } from 'node:readline';
import { SpellEngine, WordList } from '../utils/spelling/engine';
import { readLanguageFiles } from '../utils/spelling/node-files';
import { isSpellLang } from '../utils/spelling/types';

interface Command {
  usage: string;
  run(args: string[]): Promise<number> | number;
}

class UsageError extends Error {}

/**
 * `--flag value` pairs and up to `positional` other arguments (a lone `-` counts as one: stdin); a flag given twice
 * keeps the last value.
 */
function parseArgs(args: string[], known: readonly string[], positional = 0): { flags: Record<string, string>; rest: string[] } {
  const flags: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (rest.length < positional && (arg === '-' || !arg.startsWith('-'))) {
      rest.push(arg);
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m || !known.includes(m[1]!)) throw new UsageError(`unknown argument: ${arg}`);
    const value = m[2] ?? args[++i];
    if (value === undefined) throw new UsageError(`--${m[1]} needs a value`);
    flags[m[1]!] = value;
  }
  return { flags, rest };
}

const parseFlags = (args: string[], known: readonly string[]) => parseArgs(args, known).flags;

function parseLang(value: string | undefined): 'es' | 'en' {
  const lang = value ?? 'es';
  if (lang !== 'es' && lang !== 'en') throw new UsageError(`--lang must be es or en, not «${lang}»`);
  return lang;
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
    const lang = parseLang(flags.lang);
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
  usage:
    'spell --lang es|en [--pack FILE]  (one word per line on stdin; prints word<TAB>ok or word<TAB>wrong<TAB>s1,s2,…,s5;\n' +
    '      --pack: a pack whose dictionary counts as right, as in the extension)',
  async run(args) {
    const flags = parseFlags(args, ['lang', 'pack']);
    const lang = flags.lang ?? 'es';
    if (!isSpellLang(lang)) throw new UsageError(`--lang must be es or en, not «${lang}»`);
    let extra: WordList | undefined;
    if (flags.pack !== undefined) {
      const parsed = parsePack(await readPackText(flags.pack), lang);
      if (!parsed.ok) throw new UsageError(`${flags.pack} is not a valid pack (check it with: cordial pack validate ${flags.pack})`);
      extra = new WordList(parsed.pack.dictionary ?? []);
    }
    // The extension's engine and ranking, on the same dictionary files it ships.
    const engine = new SpellEngine();
    engine.addLanguage(lang, readLanguageFiles(lang));
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const word = line.trim();
      const verdict = word ? engine.verdict(lang, word, extra) : ({ ok: true } as const);
      process.stdout.write(verdict.ok ? `${word}\tok\n` : `${word}\twrong\t${verdict.suggestions.join(',')}\n`);
    }
    return 0;
  },
};

/** The pack file to validate: a path, or `-` for stdin. Unreadable is a usage problem (exit 2), not an invalid pack. */
async function readPackText(file: string): Promise<string> {
  if (file === '-') return readStdin();
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}${code ? ` (${code})` : ''}`);
  }
}

const PACK_SAYS = {
  es: { replies: (n: number) => `${n} ${n === 1 ? 'respuesta' : 'respuestas'}`, warning: 'aviso' },
  en: { replies: (n: number) => `${n} ${n === 1 ? 'reply' : 'replies'}`, warning: 'warning' },
};

const packCommands: Record<string, Command> = {
  validate: {
    usage: 'validate FILE|- [--lang es|en]   exit 0 valid, 1 invalid (one «path: message» per line on stderr), 2 usage',
    async run(args) {
      const { flags, rest } = parseArgs(args, ['lang'], 1);
      const lang = parseLang(flags.lang);
      const [file] = rest;
      if (!file) throw new UsageError('which file? (or - for stdin)');
      const result = parsePack(await readPackText(file), lang);
      const says = PACK_SAYS[lang];
      for (const warning of result.warnings) process.stderr.write(`${says.warning}: ${formatIssue(warning)}\n`);
      if (!result.ok) {
        for (const error of result.errors) process.stderr.write(`${formatIssue(error)}\n`);
        return 1;
      }
      process.stdout.write(`ok: ${result.pack.id} ${result.pack.version}, ${says.replies(result.pack.replies.length)}\n`);
      return 0;
    },
  },
  new: {
    usage: 'new [--lang es|en] [--id my-team] [--name "…"]   a valid starter pack on stdout',
    run(args) {
      const flags = parseFlags(args, ['lang', 'id', 'name']);
      const lang = parseLang(flags.lang);
      const pack = starterPack(lang, { id: flags.id, name: flags.name });
      // The id and name come from the command line: the validator's message says what is wrong with them.
      const result = validatePack(pack, lang);
      if (!result.ok) throw new UsageError(result.errors.map(formatIssue).join('; '));
      process.stdout.write(packFileText(result.pack));
      return 0;
    },
  },
};

const pack: Command = {
  usage: Object.values(packCommands)
    .map((c) => `pack ${c.usage}`)
    .join('\n'),
  run([sub, ...args]) {
    const command = sub ? packCommands[sub] : undefined;
    if (!command) throw new UsageError(sub ? `unknown pack command «${sub}»` : 'validate or new?');
    return command.run(args);
  },
};

/** Subcommands. Add new ones here; a command with its own subcommands dispatches like `pack`. */
const COMMANDS: Record<string, Command> = {
  check,
  pack,
  spell,
};

const HELP = ['--help', '-h', 'help'];

function usage(): string {
  return [
    'usage: cordial <command> [options]',
    '',
    'Checks drafts and spelling with the extension’s own engines, and writes and validates protocol packs.',
    '',
    'commands:',
    ...Object.values(COMMANDS).flatMap((c) => c.usage.split('\n').map((line) => `  ${line}`)),
    '',
    'options:',
    '  --lang es|en        language of the draft, the words or the messages (default es)',
    `  --channel <channel> ${CHANNELS.join(', ')} (default email)`,
    `  --situation <sit>   ${SITUATIONS.join(', ')}`,
    '  -h, --help          this help; `cordial <command> --help` for one command',
    '',
    'examples:',
    "  printf 'Hola, Marta:\\n\\nLo siento mucho.\\n' | npm run -s cordial -- check --lang es --channel email --situation queja",
    "  printf 'recivido\\nhola\\n' | npm run -s cordial -- spell --lang es",
    '  npm run -s cordial -- pack new --id my-team > my-team.json',
    '  npm run -s cordial -- pack validate my-team.json',
    '',
    'exit status: 0 ok, 1 invalid pack, 2 usage error',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name !== undefined && HELP.includes(name)) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  // `cordial check --help`, `cordial pack validate -h`: that command's usage.
  if (command && rest.some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(command.usage.split('\n').map((line) => `usage: cordial ${line}\n`).join(''));
    return 0;
  }
  if (!command) {
    process.stderr.write(`${name ? `cordial: unknown command «${name}»\n\n` : ''}${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`cordial ${name}: ${err.message}\n${command.usage.split('\n').map((line) => `usage: cordial ${line}\n`).join('')}`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
