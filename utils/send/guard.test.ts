import { describe, expect, it } from 'vitest';
import { hashDraft, shouldHold, type SendGuardState } from './guard';

const state = (over: Partial<SendGuardState> = {}): SendGuardState => ({ siteId: 'demo-chat', draft: hashDraft('Hola'), confirm: [], confirmable: true, ...over });

describe('hashDraft', () => {
  it('is stable for equal texts and differs for a one-letter change', () => {
    expect(hashDraft('Hola, Ana.')).toBe(hashDraft('Hola, Ana.'));
    expect(hashDraft('Hola, Ana.')).not.toBe(hashDraft('Hola, Ana!'));
    expect(hashDraft('')).toBe(hashDraft(''));
    expect(hashDraft('ñ🙂')).toBeGreaterThanOrEqual(0);
  });
});

describe('shouldHold', () => {
  it('never holds without a state or when no confirm-before-send step could be missing', () => {
    expect(shouldHold(null, 'Hola')).toBe(false);
    expect(shouldHold(state({ confirmable: false }), 'otra cosa')).toBe(false);
  });

  it('for the draft the sidebar checked, holds exactly when a confirm-before-send step is missing', () => {
    expect(shouldHold(state({ confirm: ['greet'] }), 'Hola')).toBe(true);
    expect(shouldHold(state({ confirm: [] }), 'Hola')).toBe(false);
  });

  it('for a draft typed after the last check, holds so the sidebar can check it again', () => {
    expect(shouldHold(state({ confirm: [] }), 'Hola, soy Laura')).toBe(true);
  });

  it('with the reply box in another frame (no text), trusts the last check', () => {
    expect(shouldHold(state({ confirm: ['greet'] }), null)).toBe(true);
    expect(shouldHold(state({ confirm: [] }), null)).toBe(false);
  });
});
