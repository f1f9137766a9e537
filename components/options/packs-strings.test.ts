import { describe, expect, it } from 'vitest';
import { describeFetchProblem, packStrings } from './packs-strings';

describe('describeFetchProblem', () => {
  const s = packStrings('es');
  it('says a recorded problem in the agent’s words, keeping the detail', () => {
    expect(describeFetchProblem(s, 'http: 502')).toBe('el servidor respondió con un error (502)');
    expect(describeFetchProblem(s, 'not-https')).toBe('la dirección debe empezar por https://');
    expect(describeFetchProblem(packStrings('en'), 'invalid: replies[1].body: the text is missing')).toBe('the pack is not valid (replies[1].body: the text is missing)');
  });
  it('leaves anything else as it is', () => {
    expect(describeFetchProblem(s, 'Failed to fetch')).toBe('Failed to fetch');
  });
});
