import { describe, expect, it } from 'vitest';
import { fold, foldKeepEnye, foldWithMap, unfoldRange } from './normalize';

describe('fold', () => {
  it('removes case and accents, and plain-ens apostrophes', () => {
    expect(fold('MAÑANA Día Pingüino')).toBe('manana dia pinguino');
    expect(fold('I’m')).toBe("i'm");
    expect(foldKeepEnye('Daños')).toBe('daños');
  });

  it('maps folded offsets back to the original, also for decomposed accents', () => {
    const source = 'Cancio\u0301n ÁRBOL'; // «Canción» written with a combining acute accent
    const folded = foldWithMap(source);
    expect(folded.text).toBe('Cancion ARBOL');
    const at = folded.text.indexOf('ARBOL');
    const r = unfoldRange(folded, at, at + 5);
    expect(source.slice(r.start, r.end)).toBe('ÁRBOL');
    const whole = unfoldRange(folded, 0, 7);
    expect(source.slice(whole.start, whole.end)).toBe('Cancio\u0301n');
  });
});
