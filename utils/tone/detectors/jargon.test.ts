import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const jargon = { kind: 'jargon', phrases: ['escalar', 'backend', 'bug', 'tier 2'], alternatives: { bug: 'error', escalar: 'trasladar' } };

describe('jargon', () => {
  it('flags technical terms, inflected, with plain-language replacements', () => {
    const f = runRule(jargon, 'Hemos visto dos bugs en el Backend.');
    expect(f.state).toBe('fail');
    expect(texts(f)).toEqual(['bugs', 'Backend']);
    expect(f.suggestions).toEqual([{ start: 16, end: 20, replacement: 'error' }]);
  });

  it('passes plain language, in English too', () => {
    expect(runRule(jargon, 'Hemos encontrado el error.').state).toBe('pass');
    expect(runRule(jargon, 'Our tier 2 team will look at it.', { locale: 'en' }).state).toBe('fail');
  });
});
