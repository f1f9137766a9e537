import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../protocols/types';
import { checkDraft } from './index';
import { expectExactRanges, texts } from './testing';

const protocol: Protocol = {
  id: 'email-protocol',
  channel: 'email',
  name: 'Correo',
  steps: [
    { id: 'greet', label: 'Saluda', required: true, position: 'start', detectors: [{ kind: 'phrase', phrases: ['hola', 'buenos días'] }] },
    { id: 'identify-agent', label: 'Preséntate', required: false, detectors: [{ kind: 'pattern', pattern: '\\bsoy\\s\\p{Lu}\\p{Ll}+', flags: 'iu' }] },
    { id: 'listen', label: 'Escucha', required: false },
    { id: 'confirm', label: 'Confirma', required: false, position: 'end', detectors: [{ kind: 'phrase', phrases: ['le parece bien'] }] },
    { id: 'close', label: 'Despídete', required: true, position: 'end', detectors: [{ kind: 'phrase', phrases: ['un saludo', 'hola'] }] },
    { id: 'unsafe', label: 'Inseguro', required: false, detectors: [{ kind: 'pattern', pattern: '(a+)+$' }] },
  ],
};

function steps(text: string) {
  const result = checkDraft({ text, locale: 'es', channel: 'email', pack: { protocols: [protocol], toneRules: [], dictionary: [] } });
  expectExactRanges(text, result);
  return Object.fromEntries(result.steps.map((s) => [s.id, s]));
}

const EMAIL = 'Buenos días, Marta:\n\nSoy Daniel, de Telepuppy. Ya hemos enviado el pedido nuevo.\n\nLlegará el lunes. ¿Le parece bien?\n\nUn saludo,\nDaniel\nTelepuppy';

describe('protocol steps', () => {
  it('tick from phrase and pattern detectors, with evidence', () => {
    const s = steps(EMAIL);
    expect(s.greet).toMatchObject({ state: 'pass' });
    expect(texts(s.greet!)).toEqual(['Buenos días']);
    expect(texts(s['identify-agent']!)).toEqual(['Soy Daniel']);
    expect(s.confirm!.state).toBe('pass');
    expect(texts(s.close!)).toEqual(['Un saludo']);
  });

  it('a step without detectors is manual; one whose only pattern is unsafe is manual with a reason', () => {
    const s = steps(EMAIL);
    expect(s.listen).toEqual({ id: 'listen', state: 'manual', evidence: [] });
    expect(s.unsafe!.state).toBe('manual');
    expect(s.unsafe!.message).toMatch(/nested/);
  });

  it('honours position: a greeting at the end does not greet, a farewell at the start does not close', () => {
    const s = steps('Un saludo para empezar. Le escribo por su pedido, que ya ha salido del almacén esta mañana y llegará pronto a su casa. Le cuento los detalles del envío y de la entrega en el siguiente correo. Gracias por todo y hola');
    expect(s.greet!.state).toBe('fail');
    expect(s.close!.state).toBe('pass');
    expect(texts(s.close!)).toEqual(['hola']);
  });

  it('says what is missing', () => {
    const s = steps('Ya hemos enviado el pedido.');
    expect(s.greet).toMatchObject({ state: 'fail', evidence: [] });
    expect(s.greet!.message).toMatch(/Saluda/);
  });

  it('ignores the quoted earlier message', () => {
    const s = steps('Ya hemos enviado el pedido.\n\nEl 2 may 2026, Marta <m@x.es> escribió:\n> Hola, buenos días\n> Un saludo');
    expect(s.greet!.state).toBe('fail');
    expect(s.close!.state).toBe('fail');
  });

  it('returns no steps for a channel without a protocol', () => {
    const result = checkDraft({ text: 'Hola', locale: 'es', channel: 'chat', pack: { protocols: [protocol], toneRules: [], dictionary: [] } });
    expect(result.steps).toEqual([]);
  });
});
