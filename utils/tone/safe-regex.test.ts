import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterPack } from '../../protocols/starter';
import { DEADLINE_PATTERNS } from './detectors/deadline';
import { prepareDraft, MAX_SCAN_CHARS } from './draft';
import { checkStep } from './steps';
import { checkPattern, compileSafePattern, execPattern, EXEC_CHARS, MAX_MATCHES, MAX_PATTERN_LENGTH, WINDOW_CHARS, type SafePattern } from './safe-regex';

const reason = (p: string, flags = '') => {
  const r = checkPattern(p, flags);
  return r.ok ? 'ok' : r.reason;
};

describe('checkPattern (static)', () => {
  it.each([
    ['(a+)+$', 'nested'],
    ['(.*)*', 'nested'],
    ['([a-z]+)*@', 'nested'],
    ['(a?){2}a{2}', 'nested'],
    ['(\\w+\\s?)+$', 'nested'],
    ['(a|aa)*', 'alternatives'],
    ['(?:hola|holaa)+', 'alternatives'],
    ['a*a*b', 'same text'],
    ['.*x.*y', 'same text'],
    ['\\s*\\s+$', 'same text'],
    ['(a)\\1', 'back-references'],
    ['(?<n>a)\\k<n>', 'back-references'],
  ])('rejects the catastrophic shape %s', (pattern, why) => {
    expect(reason(pattern)).toContain(why);
  });

  it('rejects long, invalid and oddly flagged patterns', () => {
    expect(reason('a'.repeat(MAX_PATTERN_LENGTH + 1))).toContain('longer than');
    expect(reason('(unclosed')).toContain('not a valid');
    expect(reason('hola', 'g')).toContain('flags');
  });

  it.each([
    '\\bsoy\\s\\p{Lu}\\p{Ll}+',
    '\\w+\\s+\\w+',
    '(?:\\s\\p{Lu}\\p{Ll}+){0,3}',
    '^(?!(?:Saludos|Gracias)\\b)\\p{Lu}[\\p{Ll}.]*(?:\\s\\p{Lu}[\\p{Ll}.]+){0,3}\\s*$',
    '\\ben\\s\\d+\\sd[ií]as\\sh[aá]biles\\b',
    '(?:ab)+c',
  ])('accepts the ordinary pattern %s', (pattern) => {
    expect(reason(pattern, 'u')).toBe('ok');
  });

  it('accepts every built-in deadline pattern (they obey the same rules as pack patterns)', () => {
    for (const p of [...DEADLINE_PATTERNS.es, ...DEADLINE_PATTERNS.en]) expect(reason(p, 'i'), p).toBe('ok');
  });

  it('accepts every pattern of the built-in packs, the starter packs and the fixtures', () => {
    const found: { source: string; flags: string; from: string }[] = [];
    /** Step detectors (`pattern`, flags default '') and tone rules (`patterns`, flags default 'i'), wherever they sit. */
    const collect = (node: unknown, from: string): void => {
      if (Array.isArray(node)) return node.forEach((child) => collect(child, from));
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      const flags = typeof o.flags === 'string' ? o.flags : undefined;
      if (o.kind === 'pattern' && typeof o.pattern === 'string') found.push({ source: o.pattern, flags: flags ?? '', from });
      if (Array.isArray(o.patterns)) for (const p of o.patterns) if (typeof p === 'string') found.push({ source: p, flags: flags ?? 'i', from });
      Object.values(o).forEach((child) => collect(child, from));
    };
    const jsonUnder = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? jsonUnder(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : []));
    const root = join(__dirname, '../..');
    for (const file of [...jsonUnder(join(root, 'protocols/builtin')), ...jsonUnder(join(root, 'tests/fixtures'))]) collect(JSON.parse(readFileSync(file, 'utf8')), file);
    for (const lang of ['es', 'en'] as const) collect(starterPack(lang), `starter ${lang}`);
    expect(found.length).toBeGreaterThan(20);
    for (const { source, flags, from } of found) expect(reason(source, flags), `${from}: ${source}`).toBe('ok');
  });
});

/** The shapes a reviewer found accepted, each taking seconds in V8 on a few dozen letters. */
const REVIEWED: [string, string, string][] = [
  ['(?:\\w|a) ×40 then !', `${'(?:\\w|a)'.repeat(40)}!`, 'alternatives that can match the same text'],
  ['\\w{0,20} ×6 then !', `${'\\w{0,20}'.repeat(6)}!`, 'share out the same text'],
  ['.{0,20} ×5 then x', `${'.{0,20}'.repeat(5)}x`, 'share out the same text'],
  // The same family: optional atoms, optional groups, alternatives with a common prefix, small ranges.
  ['a? ×17 then a ×17', `${'a?'.repeat(17)}${'a'.repeat(17)}`, 'share out the same text'],
  ['(?:ab)? ×20 then !', `${'(?:ab)?'.repeat(20)}!`, 'share out the same text'],
  ['(?:a|ab) ×30 then !', `${'(?:a|ab)'.repeat(30)}!`, 'alternatives that can match the same text'],
  ['\\d{1,3} ×15 then !', `${'\\d{1,3}'.repeat(15)}!`, 'share out the same text'],
  ['\\w+ then \\w{0,20} ×2', '\\w+\\s?\\w{0,20}\\w{0,20}!', 'share out the same text'],
];

describe('checkPattern (bounded backtracking)', () => {
  it.each(REVIEWED)('rejects %s, with its reason', (_, pattern, why) => {
    expect(reason(pattern)).toContain(why);
    expect(reason(pattern, 'iu')).toContain(why);
  });

  it.each([
    // A few quantifiers or alternatives that can trade text stay well under the bound.
    '\\w{0,20}\\w{0,20}!',
    '(?:a|\\w)(?:a|\\w)(?:a|\\w)!',
    '\\d{1,3}(?:[.,]\\d{3})*',
    // Separated by a character they cannot match: no trading at all.
    '\\w{0,20}-\\w{0,20}-\\w{0,20}-\\w{0,20}',
    // Alternatives that cannot both match at one place (`dos|diez`) multiply nothing.
    `\\b(?:${'uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez'})\\s(?:${'uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez'})\\b`,
    // An optional group whose iteration starts with a space does not trade with the letters before it.
    '\\p{Lu}[\\p{Ll}.]*(?:\\s\\p{Lu}[\\p{Ll}.]+){0,3}\\s*$',
  ])('accepts the bounded pattern %s', (pattern) => {
    expect(reason(pattern, 'u')).toBe('ok');
  });
});

describe('admitted patterns are fast on adversarial text (property)', () => {
  /** A small seeded generator (mulberry32), so a failure names a pattern that fails again. */
  const generator = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  it('runs every admitted pattern of a generated family in one exec of well under 50 ms on adversarial lines', () => {
    const random = generator(20240611);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const ATOMS = ['a', 'b', 'x', '\\w', '.', '[ab]', '[^x]', '\\s', '\\d'];
    const QUANTIFIERS = ['', '', '?', '*', '+', '{0,3}', '{1,4}', '{3}', '{0,8}', '{2,9}', '{0,20}'];
    const atom = () => pick(ATOMS) + pick(QUANTIFIERS);
    const branch = () => pick(ATOMS) + pick(['', '', '?']) + (random() < 0.4 ? pick(ATOMS) : '');
    const item = (): string => {
      const r = random();
      if (r < 0.55) return atom();
      if (r < 0.7) return `(?:${Array.from({ length: 2 + Math.floor(random() * 2) }, branch).join('|')})${pick(['', '', '?'])}`;
      if (r < 0.85) return `(?:${pick(ATOMS)}${pick(ATOMS)}${pick(['', '+', '?'])})${pick(['?', '*', '+', '{0,3}', '{1,5}'])}`;
      // A run of one piece: the reviewer's shapes (`\w{0,20}` ×6, `(?:\w|a)` ×40, `a?` ×17) and their kin.
      const piece = random() < 0.5 ? atom() : `(?:${branch()}|${branch()})`;
      return piece.repeat(2 + Math.floor(random() * 10));
    };
    // Nothing in these lines is `!`, so every start fails only after trying all it can.
    const lines = ['a', 'ab', 'a ', '1', ' ', 'aab', 'a1b', 'xa'].map((unit) => unit.repeat(EXEC_CHARS).slice(0, EXEC_CHARS));
    let admitted = 0;
    let refused = 0;
    let worst = { ms: 0, pattern: '' };
    for (let n = 0; n < 1500; n++) {
      const source = `${random() < 0.1 ? '^' : ''}${Array.from({ length: 1 + Math.floor(random() * 7) }, item).join('')}!`;
      const compiled = compileSafePattern(source);
      if ('error' in compiled) {
        refused++;
        continue;
      }
      admitted++;
      for (const line of lines) {
        // The faster of two runs, so a garbage-collection pause is not taken for backtracking.
        let ms = Infinity;
        for (let run = 0; run < 2; run++) {
          compiled.regex.lastIndex = 0;
          const start = performance.now();
          compiled.regex.exec(line);
          ms = Math.min(ms, performance.now() - start);
        }
        if (ms > worst.ms) worst = { ms, pattern: `${source} on ${JSON.stringify(line.slice(0, 6))}…` };
      }
    }
    // The family straddles the bound: many of each, so the test says something both ways.
    expect(admitted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
    // 8–15 ms at worst on the machine this was written on; the shapes it refuses take seconds.
    expect(worst.ms, worst.pattern).toBeLessThan(50);
  });
});

describe('execPattern (bounded)', () => {
  it('rejects a catastrophic pattern and scans a hostile input fast (< 100 ms)', () => {
    const hostile = `${'a'.repeat(50_000)}!`;
    const start = performance.now();
    expect('error' in compileSafePattern('(a+)+$')).toBe(true);
    expect('error' in compileSafePattern('(a|aa)*b')).toBe(true);
    // The most a pattern that passes the check can do: one greedy run over a long line that never matches.
    const ok = compileSafePattern('a+b') as SafePattern;
    expect(execPattern(prepareDraft(hostile, 'es'), ok)).toEqual([]);
    const dots = compileSafePattern('.*z') as SafePattern;
    expect(execPattern(prepareDraft(hostile, 'es'), dots)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('caps the input scanned and the number of matches', () => {
    const draft = prepareDraft('hola '.repeat(10_000), 'es');
    expect(draft.masked.length).toBe(MAX_SCAN_CHARS);
    const p = compileSafePattern('hola') as SafePattern;
    expect(execPattern(draft, p)).toHaveLength(MAX_MATCHES);
  });

  it('matches accent-insensitively (also the pattern\'s own accents) and maps ranges to the original', () => {
    const text = 'Llegará MAÑANA a las 10:00.';
    const draft = prepareDraft(text, 'es');
    const p = compileSafePattern('mañana a las \\d{1,2}', 'i') as SafePattern;
    const [m] = execPattern(draft, p);
    expect(text.slice(m!.start, m!.end)).toBe('MAÑANA a las 10');
  });
});

describe('execPattern (windows keep the meaning of a whole line)', () => {
  const matches = (text: string, source: string, flags = '') => {
    const pattern = compileSafePattern(source, flags) as SafePattern;
    return execPattern(prepareDraft(text, 'es'), pattern).map((m) => [m.start, text.slice(m.start, m.end)]);
  };

  it('finds a match that straddles two windows, once, with its exact range', () => {
    const text = `${'x'.repeat(WINDOW_CHARS - 3)} hola mundo ${'y'.repeat(400)} hola mundo`;
    expect(matches(text, 'hola mundo')).toEqual([
      [WINDOW_CHARS - 2, 'hola mundo'],
      [text.length - 10, 'hola mundo'],
    ]);
  });

  it('keeps ^, $, \\b and lookbehinds about the line, not the window', () => {
    // Each target starts exactly where a window starts, where a window of its own would have fooled them.
    expect(matches(`${'a'.repeat(WINDOW_CHARS - 1)} Gracias`, '^Gracias')).toEqual([]);
    expect(matches(`${'a'.repeat(WINDOW_CHARS - 1)} Gracias`, '\\bGracias')).toEqual([[WINDOW_CHARS, 'Gracias']]);
    expect(matches(`${'a'.repeat(WINDOW_CHARS)}manana`, '\\bmanana')).toEqual([]);
    expect(matches(`${'x'.repeat(WINDOW_CHARS - 3)}la manana`, '(?<!la\\s)\\bmanana\\b')).toEqual([]);
    expect(matches(`${'palabra '.repeat(100)}fin`, '\\w+$')).toEqual([[800, 'fin']]);
    expect(matches(`Gracias ${'palabra '.repeat(100)}`, '^Gracias\\s*$')).toEqual([]);
  });
});

describe('execPattern (time budget)', () => {
  // Admitted, and near the bound: one window takes a few milliseconds, a 20,000-letter line ~80 windows.
  const slow = compileSafePattern('\\w[^x]{0,8}[^x]{0,8}[^x]{0,8}[^x]{0,8}!') as SafePattern;
  const hostile = () => prepareDraft('a'.repeat(MAX_SCAN_CHARS), 'es');

  it('is checked before every window, so one pattern stops soon after 50 ms even within one long line', () => {
    expect('regex' in slow).toBe(true);
    const start = performance.now();
    expect(execPattern(hostile(), slow)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('is shared by all the patterns run on one draft, which stop together soon after 200 ms', () => {
    const draft = hostile();
    const start = performance.now();
    for (let k = 0; k < 12; k++) execPattern(draft, slow);
    expect(performance.now() - start).toBeLessThan(450);
  });

  it('a reviewer pack step (\\w{0,20} ×6) is refused at run time too, at once, on a page-controlled long word', () => {
    const step = { id: 'slow', label: 'Lento', required: false, detectors: [{ kind: 'pattern' as const, pattern: `${'\\w{0,20}'.repeat(6)}!` }] };
    const start = performance.now();
    const finding = checkStep(prepareDraft(`Hola ${'a'.repeat(60)} ${'b'.repeat(80)}`, 'es'), step);
    expect(performance.now() - start).toBeLessThan(50);
    expect(finding).toMatchObject({ state: 'manual', message: expect.stringContaining('share out the same text') });
  });
});

describe('built-in patterns fit the pack limits', () => {
  it('are each at most 500 characters', () => {
    for (const p of [...DEADLINE_PATTERNS.es, ...DEADLINE_PATTERNS.en]) expect(p.length, p).toBeLessThanOrEqual(MAX_PATTERN_LENGTH);
  });
});
