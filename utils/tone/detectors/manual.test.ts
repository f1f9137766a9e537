import { describe, expect, it } from 'vitest';
import { runRule } from '../testing';

describe('manual', () => {
  it('is always ticked by hand, with a sentence saying so', () => {
    const f = runRule({ kind: 'manual' }, 'Cualquier texto.');
    expect(f.state).toBe('manual');
    expect(f.message).toBeTruthy();
  });

  it('an unknown kind is manual too, never an error', () => {
    expect(runRule({ kind: 'sentiment-ai' }, 'Hola.').state).toBe('manual');
  });
});
