import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const courteous = { kind: 'lexicon-present', phrases: ['por favor', 'gracias', 'con gusto', 'disculpe'] };

describe('lexicon-present', () => {
  it('passes with the phrases found as evidence, accents and case aside', () => {
    const f = runRule(courteous, 'Hola. Por favor, revise el correo. ¡MUCHAS GRACIAS!');
    expect(f.state).toBe('pass');
    expect(texts(f)).toEqual(['Por favor', 'GRACIAS']);
  });

  it('fails with a message when none is there', () => {
    const f = runRule(courteous, 'Revise el correo.');
    expect(f).toMatchObject({ state: 'fail', evidence: [] });
    expect(f.message).toBeTruthy();
  });

  it('ignores negated phrases and quoted earlier messages', () => {
    expect(runRule(courteous, 'No con gusto, la verdad.').state).toBe('fail');
    expect(runRule(courteous, 'Revise el correo.\n\n> Gracias por nada').state).toBe('fail');
  });

  it('honours `except` and applies only to its channels and situations', () => {
    expect(runRule({ ...courteous, except: ['gracias por nada'] }, 'Gracias por nada.').state).toBe('fail');
    expect(runRule(courteous, 'Gracias.', { channel: 'chat', channels: ['email'] }).state).toBe('na');
    expect(runRule(courteous, 'Gracias.', { situations: ['queja'] }).state).toBe('na');
    expect(runRule(courteous, 'Gracias.', { situation: 'queja', situations: ['queja'] }).state).toBe('pass');
  });

  it('without phrases it cannot judge: manual', () => {
    expect(runRule({ kind: 'lexicon-present' }, 'Gracias.').state).toBe('manual');
  });
});
