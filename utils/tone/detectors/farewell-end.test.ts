import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const farewell = { kind: 'farewell-end', phrases: ['un saludo', 'gracias', 'que tenga un buen día'], except: ['gracias por la espera'] };

describe('farewell-end', () => {
  it('finds the sign-off before a signature block', () => {
    const f = runRule(farewell, 'Hola:\n\nYa está resuelto.\n\nUn saludo,\nAna Ruiz\nAtención al cliente de Telepuppy');
    expect(f.state).toBe('pass');
    expect(texts(f)).toEqual(['Un saludo']);
  });

  it('fails when the farewell is followed by a question or a whole paragraph', () => {
    expect(runRule(farewell, 'Hola, soy Ana. Gracias por escribirnos. ¿En qué puedo ayudarle?').state).toBe('fail');
    expect(runRule(farewell, 'Gracias por su mensaje. Hemos revisado el pedido y el transportista nos confirma que lo entregará el jueves por la tarde en su domicilio.').state).toBe('fail');
  });

  it('honours `except`: thanks for waiting is not a goodbye', () => {
    expect(runRule(farewell, '¿Sigue ahí? El cargo está anulado. Gracias por la espera.').state).toBe('fail');
    expect(runRule(farewell, 'El cargo está anulado. Gracias.').state).toBe('pass');
  });

  it('ignores a farewell inside the quoted earlier message', () => {
    expect(runRule(farewell, 'Ya está resuelto.\n\nEl 3 may 2026, Ana <a@b.es> escribió:\n> Un saludo').state).toBe('fail');
  });
});
