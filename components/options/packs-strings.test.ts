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

describe('pack messages', () => {
  it('name overlaps by title, and protocols by their channel', () => {
    const es = packStrings('es');
    expect(es.conflict('reply', 'Retraso en el pedido', 'Equipo Alba', 'Cordial')).toBe(
      'Respuesta «Retraso en el pedido»: se usa la versión de «Equipo Alba»; la de «Cordial» queda oculta.',
    );
    expect(es.conflict('protocol', es.channel.chat, 'Equipo Alba', 'Cordial')).toBe('Protocolo de chat en vivo: se usa la versión de «Equipo Alba»; la de «Cordial» queda oculta.');
    expect(packStrings('en').conflict('toneRule', 'Formal address', 'Team Alba', 'Cordial')).toBe(
      'Tone rule “Formal address”: using the version from “Team Alba”; the one from “Cordial” is hidden.',
    );
  });

  it('count packs and replies in the singular and the plural', () => {
    expect(packStrings('es').backupDone(1, 1)).toBe('Copia importada: 1 paquete y 1 respuesta personal.');
    expect(packStrings('es').backupDone(2, 0)).toBe('Copia importada: 2 paquetes y 0 respuestas personales.');
    expect(packStrings('en').backupDone(1, 3)).toBe('Backup imported: 1 pack and 3 personal replies.');
  });
});
