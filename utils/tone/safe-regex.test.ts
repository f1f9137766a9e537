import { describe, expect, it } from 'vitest';
import { DEADLINE_PATTERNS } from './detectors/deadline';
import { prepareDraft, MAX_SCAN_CHARS } from './draft';
import { checkPattern, compileSafePattern, execPattern, MAX_MATCHES, MAX_PATTERN_LENGTH, type SafePattern } from './safe-regex';

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

describe('built-in patterns fit the pack limits', () => {
  it('are each at most 500 characters', () => {
    for (const p of [...DEADLINE_PATTERNS.es, ...DEADLINE_PATTERNS.en]) expect(p.length, p).toBeLessThanOrEqual(MAX_PATTERN_LENGTH);
  });
});
