import { describe, expect, it } from 'vitest';
import type { Protocol } from '@/protocols/types';
import { hashDraft } from '@/utils/send/guard';
import type { Finding } from '@/utils/tone';
import { guardState, missingSteps, planSend } from './send-check';

const protocol: Protocol = {
  id: 'chat-protocol',
  channel: 'chat',
  name: 'Chat',
  steps: [
    { id: 'greet', label: 'Saluda', required: true, confirmBeforeSend: true },
    { id: 'identify-agent', label: 'Preséntate', required: true },
    { id: 'offer-more-help', label: 'Ofrece más ayuda', required: false, confirmBeforeSend: true },
    { id: 'solve-or-deadline', label: 'Resuelve o da un plazo', required: true },
    { id: 'close-cordially', label: 'Despídete', required: true },
  ],
};
const finding = (id: string, state: Finding['state']): Finding => ({ id, state, evidence: [] });

describe('missingSteps', () => {
  it('lists the required steps the draft does not cover and the agent did not tick, in protocol order', () => {
    const findings = [finding('greet', 'pass'), finding('identify-agent', 'fail'), finding('solve-or-deadline', 'manual'), finding('close-cordially', 'fail')];
    expect(missingSteps(protocol, findings, new Set(['close-cordially']))).toEqual([
      { id: 'identify-agent', label: 'Preséntate', confirm: false },
      { id: 'solve-or-deadline', label: 'Resuelve o da un plazo', confirm: false },
    ]);
  });

  it('marks confirm-before-send steps; an optional step never counts', () => {
    expect(missingSteps(protocol, [], new Set()).map((s) => `${s.id}:${s.confirm}`)).toEqual(['greet:true', 'identify-agent:false', 'solve-or-deadline:false', 'close-cordially:false']);
    expect(missingSteps(undefined, [], new Set())).toEqual([]);
  });
});

describe('guardState', () => {
  it('carries the draft hash, the missing confirm steps, and whether any could be missing', () => {
    const missing = missingSteps(protocol, [], new Set());
    expect(guardState('demo-chat', 'Hola', protocol, missing, new Set())).toEqual({ siteId: 'demo-chat', draft: hashDraft('Hola'), confirm: ['greet'], confirmable: true });
    // The confirm step is ticked by hand: nothing to hold for, whatever the agent types next.
    const ticked = new Set(['greet']);
    expect(guardState('demo-chat', 'x', protocol, missingSteps(protocol, [], ticked), ticked)).toMatchObject({ confirm: [], confirmable: false });
  });
});

describe('planSend', () => {
  const missing = missingSteps(protocol, [], new Set());
  it('a held send missing a confirm-before-send step waits for the agent', () => {
    expect(planSend(missing, true)).toEqual({ answer: 'ask', confirm: [missing[0]], warn: [] });
  });

  it('anything else goes at once, with a warning and a "sent" record when required steps are missing', () => {
    expect(planSend(missing, false)).toEqual({ answer: 'release', confirm: [], warn: missing, record: 'sent' });
    const noConfirm = missing.filter((s) => !s.confirm);
    expect(planSend(noConfirm, true)).toEqual({ answer: 'release', confirm: [], warn: noConfirm, record: 'sent' });
  });

  it('a complete draft goes with no warning and nothing recorded', () => {
    expect(planSend([], true)).toEqual({ answer: 'release', confirm: [], warn: [] });
    expect(planSend([], false)).toEqual({ answer: 'release', confirm: [], warn: [] });
  });
});
