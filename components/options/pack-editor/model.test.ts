import { describe, expect, it } from 'vitest';
import { starterPack } from '@/protocols/starter';
import type { Pack, ProtocolStep } from '@/protocols/types';
import { validatePack } from '@/protocols/validate';
import { ancestorsOf, cleanPack, moveItem, parseParams, phrasesOf, secondsToTarget, splitLines, targetToSeconds, uniqueId, withPhrases } from './model';

describe('pack editor model', () => {
  it('moves items one place, ignoring moves past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('makes unique kebab-case ids', () => {
    expect(uniqueId('paso', ['greet'])).toBe('paso');
    expect(uniqueId('paso', ['paso', 'paso-2'])).toBe('paso-3');
  });

  it('converts targets: whole hours in hours, the rest in minutes; typed amounts to whole seconds', () => {
    expect(secondsToTarget(120)).toEqual({ amount: 2, unit: 'minutes' });
    expect(secondsToTarget(3600)).toEqual({ amount: 1, unit: 'hours' });
    expect(secondsToTarget(86_400)).toEqual({ amount: 24, unit: 'hours' });
    expect(secondsToTarget(5400)).toEqual({ amount: 90, unit: 'minutes' });
    expect(secondsToTarget(90)).toEqual({ amount: 1.5, unit: 'minutes' });
    expect(targetToSeconds('2', 'minutes')).toBe(120);
    expect(targetToSeconds('1,5', 'hours')).toBe(5400);
    expect(targetToSeconds(' .5 ', 'minutes')).toBe(30);
    for (const bad of ['', '0', '-1', 'dos', '1e3', '1.2.3', 'Infinity']) expect(targetToSeconds(bad, 'minutes'), bad).toBeUndefined();
  });

  it('edits phrase detectors as one list, leaving pattern detectors in place', () => {
    const step: ProtocolStep = {
      id: 'x',
      label: 'X',
      required: true,
      detectors: [{ kind: 'pattern', pattern: 'a' }, { kind: 'phrase', phrases: ['uno'] }, { kind: 'pattern', pattern: 'b' }, { kind: 'phrase', phrases: ['dos'] }],
    };
    expect(phrasesOf(step)).toEqual(['uno', 'dos']);
    expect(withPhrases(step, ['tres']).detectors).toEqual([{ kind: 'pattern', pattern: 'a' }, { kind: 'phrase', phrases: ['tres'] }, { kind: 'pattern', pattern: 'b' }]);
    expect(withPhrases(step, []).detectors).toEqual([{ kind: 'pattern', pattern: 'a' }, { kind: 'pattern', pattern: 'b' }]);
    expect(withPhrases({ id: 'y', label: 'Y', required: false }, ['hola']).detectors).toEqual([{ kind: 'phrase', phrases: ['hola'] }]);
    expect('detectors' in withPhrases({ id: 'y', label: 'Y', required: false, detectors: [{ kind: 'phrase', phrases: ['a'] }] }, [])).toBe(false);
    expect(splitLines(' a \r\n\n b\n')).toEqual(['a', 'b']);
  });

  it('parses detector parameters as JSON objects only', () => {
    expect(parseParams('{"max": 2}')).toEqual({ ok: true, params: { max: 2 } });
    expect(parseParams('  ')).toEqual({ ok: true, params: {} });
    expect(parseParams('[1]')).toEqual({ ok: false, error: 'object' });
    expect(parseParams('alert(1)')).toMatchObject({ ok: false, error: 'json' });
  });

  it('cleans empty optional fields away, and only those', () => {
    const pack: Pack = starterPack('es');
    pack.$schema = 'pack.v1.schema.json';
    pack.author = '';
    pack.replies[0] = { ...pack.replies[0]!, tags: [], shortcut: '', language: '', variants: { email: { body: '' }, chat: { body: 'Hola', html: '' } } };
    pack.protocols[0]!.steps[0] = { ...pack.protocols[0]!.steps[0]!, description: '', detectors: [] };
    pack.toneRules[0] = { ...pack.toneRules[0]!, channels: [], situations: [] };
    pack.hosts = [];
    pack.replies[1]!.body = '';
    const clean = cleanPack(pack);
    expect('$schema' in clean || 'author' in clean || 'hosts' in clean).toBe(false);
    expect(clean.replies[0]).toEqual({ id: 'saludo-inicial', title: 'Saludo inicial', body: pack.replies[0]!.body, situation: 'saludo', channels: ['chat', 'social'], variants: { chat: { body: 'Hola' } } });
    expect(Object.keys(clean.protocols[0]!.steps[0]!)).toEqual(['id', 'label', 'required', 'position']);
    expect(Object.keys(clean.toneRules[0]!)).toEqual(['id', 'label', 'explanation', 'detector']);
    // An empty required field stays, to be reported.
    expect(clean.replies[1]!.body).toBe('');
    const result = validatePack(clean);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['replies[1].body']);
  });

  it('walks a path up to its ancestors', () => {
    expect(ancestorsOf('replies[3].variants.email.body')).toEqual(['replies[3].variants.email.body', 'replies[3].variants.email', 'replies[3].variants', 'replies[3]', 'replies']);
  });
});
