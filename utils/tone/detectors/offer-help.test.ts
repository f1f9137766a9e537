import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const offer = { kind: 'offer-help', phrases: ['no dude en', 'si necesita', 'quedo a su disposición', 'hay algo más'] };

describe('offer-help', () => {
  it('«no dude en contactarnos» is an offer of help, not a negation', () => {
    expect(texts(runRule(offer, 'No dude en contactarnos.'))).toEqual(['No dude en']);
  });

  it('finds offers anywhere, accent-insensitively', () => {
    expect(runRule(offer, 'Quedo a su disposicion.').state).toBe('pass');
    expect(runRule(offer, '¿Hay algo más en lo que pueda ayudarle?').state).toBe('pass');
  });

  it('a denied offer does not count', () => {
    expect(runRule(offer, 'Ya no quedo a su disposición.').state).toBe('fail');
    expect(runRule(offer, 'Adiós.').state).toBe('fail');
  });
});
