/**
 * Floors on the measured quality (tests/fixtures/spelling): if the engine or its ranking regresses, this fails. The
 * report with the figures is `npm run -s spell:quality` (development split) and `-- --held-out` (the final figure).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from './check';
import { buildCorpus, dropReason, isHeldOut, parseTweetNorm, parseWikipediaList, type MisspellingPair } from './corpus';
import { testEngine } from './testing';
import { tokenize } from './tokenize';

const root = join(__dirname, '../..');
const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/spelling', name), 'utf8');
const engine = testEngine(['es']);
const pairs = [...parseWikipediaList(fixture('es-wikipedia-maquinas.txt')), ...parseTweetNorm(fixture('es-tweet-norm.tsv'))];
const { kept } = buildCorpus(pairs, (w) => engine.isCorrect('es', w));

function measure(split: MisspellingPair[]) {
  let detected = 0;
  let top1 = 0;
  let top5 = 0;
  for (const pair of split) {
    const verdict = engine.verdict('es', pair.wrong);
    if (verdict.ok) continue;
    detected++;
    const at = verdict.suggestions.findIndex((s) => pair.right.some((r) => r.toLowerCase() === s.toLowerCase()));
    if (at === 0) top1++;
    if (at >= 0) top5++;
  }
  return { detection: detected / split.length, top1: top1 / split.length, top5: top5 / split.length };
}

describe('the corpus filter', () => {
  const isWord = (w: string) => engine.isCorrect('es', w);
  const pair = (wrong: string, ...right: string[]): MisspellingPair => ({ wrong, right, source: 'tweet-norm' });
  it('keeps spelling errors and drops what is not one (with the reason)', () => {
    expect(dropReason(pair('tambien', 'también'), isWord)).toBeUndefined();
    expect(dropReason(pair('aceptacion', 'aceptación'), isWord)).toBeUndefined();
    expect(dropReason(pair('esstoy', 'estoy'), isWord)).toBeUndefined();
    expect(dropReason(pair('jajajaja', 'ja'), isWord)).toBe('interjection');
    expect(dropReason(pair('diaaa', 'día'), isWord)).toBe('lengthening');
    expect(dropReason(pair('buenoo', 'bueno'), isWord)).toBe('lengthening');
    expect(dropReason(pair('tb', 'también'), isWord)).toBe('abbreviation');
    expect(dropReason(pair('peli', 'película'), isWord)).toBe('clipping');
    expect(dropReason(pair('compi', 'compañero'), isWord)).toBe('shortening');
    expect(dropReason(pair('madrid', 'Madrid'), isWord)).toBe('case-only');
    expect(dropReason(pair('esqe', 'es_que'), isWord)).toBe('not-one-word');
    expect(dropReason(pair('piolin', 'Piolín'), isWord)).toBe('not-in-dictionary');
  });

  it('splits the same way every time, about 40 % held out', () => {
    const held = kept.filter(isHeldOut).length / kept.length;
    expect(held).toBeGreaterThan(0.35);
    expect(held).toBeLessThan(0.45);
    expect(kept.length).toBeGreaterThan(600);
  });
});

describe('quality on real misspellings (whole corpus)', () => {
  it('detects, and ranks the right word first / in the top five, at least as well as when measured', () => {
    const q = measure(kept);
    expect(q.detection).toBeGreaterThanOrEqual(0.96);
    expect(q.top1).toBeGreaterThanOrEqual(0.84);
    expect(q.top5).toBeGreaterThanOrEqual(0.92);
  }, 60_000);

  it('flags (almost) nothing in the built-in Spanish replies', () => {
    type Body = { body: string };
    const pack = JSON.parse(readFileSync(join(root, 'protocols/builtin/es.json'), 'utf8')) as { replies: Array<Body & { title: string; variants?: Record<string, Body> }> };
    let words = 0;
    const flags: string[] = [];
    // Every channel's version of each reply: the e-mail versions are the longest texts agents send as they are.
    for (const reply of pack.replies) {
      for (const body of [reply.body, ...Object.values(reply.variants ?? {}).map((v) => v.body)]) {
        const text = `${reply.title}. ${body.replace(/\{\{[^}]*\}\}/g, 'Lucía')}`;
        words += tokenize(text).length;
        flags.push(...checkDraft(engine, text, { lang: 'es' }).map((i) => `${reply.title}: ${i.text}`));
      }
    }
    expect(words).toBeGreaterThan(1000);
    expect(flags).toEqual([]);
  }, 30_000);
});
