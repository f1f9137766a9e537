import { describe, expect, it } from 'vitest';
import { splitUnits } from './sentences';

const split = (text: string) => splitUnits(text).map((u) => text.slice(u.start, u.end));

describe('splitUnits', () => {
  it('splits on sentence ends and line breaks', () => {
    expect(split('Hola, Marta:\n\nLo siento. ¿Le parece bien? ¡Gracias!\nAna')).toEqual(['Hola, Marta:', 'Lo siento.', '¿Le parece bien?', '¡Gracias!', 'Ana']);
  });

  it('does not split after abbreviations, initials, decimals or inside addresses', () => {
    expect(split('Estimada Sra. García: son 49.90 € en www.example.com hoy. Firmado, M. Gómez')).toEqual([
      'Estimada Sra. García: son 49.90 € en www.example.com hoy.',
      'Firmado, M. Gómez',
    ]);
  });

  it('keeps stacked marks with their sentence', () => {
    expect(split('¡¡HOLA!! Bienvenido...')).toEqual(['¡¡HOLA!!', 'Bienvenido...']);
  });
});
