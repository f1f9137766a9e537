import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '@/utils/sidebar/spelling';
import { detectLanguage } from './language';

describe('language of a draft', () => {
  it('tells Spanish from English, and says nothing when unsure', () => {
    expect(detectLanguage('Hola, Lucía: gracias por su paciencia, el pedido sale hoy.')).toBe('es');
    expect(detectLanguage('Hello Lucy, thank you for your patience, the order ships today.')).toBe('en');
    expect(detectLanguage('OK')).toBeNull();
    expect(detectLanguage('the de la and que')).toBeNull();
  });

  it('the agent’s choice wins, then the draft, then the pack’s locale', () => {
    expect(resolveLanguage('en', 'Hola, gracias por su paciencia y por escribirnos.', 'es')).toBe('en');
    expect(resolveLanguage('auto', 'Thank you for your patience and for writing to us.', 'es')).toBe('en');
    expect(resolveLanguage('auto', 'Vale', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', '', undefined)).toBe('es');
    expect(resolveLanguage('auto', '', 'fr')).toBe('es');
  });
});
