import type { Protocol } from '@/protocols/types';
import { hashDraft, type SendGuardState } from '@/utils/send/guard';
import type { Finding } from '@/utils/tone';

export interface MissingStep {
  id: string;
  label: string;
  /** The pack wants the agent to confirm a send without it. */
  confirm: boolean;
}

/**
 * The required steps a draft misses: not covered by it (its detectors did not pass, or it has none and the draft
 * cannot show it) and not ticked by hand. In protocol order.
 */
export function missingSteps(protocol: Protocol | undefined, findings: readonly Finding[], ticked: ReadonlySet<string>): MissingStep[] {
  const passed = new Set(findings.filter((f) => f.state === 'pass').map((f) => f.id));
  return (protocol?.steps ?? [])
    .filter((step) => step.required && !passed.has(step.id) && !ticked.has(step.id))
    .map((step) => ({ id: step.id, label: step.label, confirm: step.confirmBeforeSend === true }));
}

/** What the sidebar tells the tab's frames, so they can hold a send synchronously (utils/send/guard.ts). */
export function guardState(siteId: string, draft: string, protocol: Protocol | undefined, missing: readonly MissingStep[], ticked: ReadonlySet<string>): SendGuardState {
  return {
    siteId,
    draft: hashDraft(draft),
    confirm: missing.filter((s) => s.confirm).map((s) => s.id),
    confirmable: (protocol?.steps ?? []).some((s) => s.required && s.confirmBeforeSend === true && !ticked.has(s.id)),
  };
}

export interface SendPlan {
  /** The content script's answer: let a held send go now, or keep it until the agent answers. */
  answer: 'release' | 'ask';
  /** Steps to ask about («¿Enviar sin …?»), when asking. */
  confirm: MissingStep[];
  /** Steps to warn about because the reply goes (went) out without them. */
  warn: MissingStep[];
  /** What to record now; confirmations and cancellations are recorded when the agent answers. */
  record?: 'sent';
}

/**
 * What to do with a send the content script reported, given the steps its draft misses (checked again on the draft
 * as it was at that instant). A held send is only kept back when a confirm-before-send step is missing; anything
 * else goes out, with a warning when required steps are missing.
 */
export function planSend(missing: readonly MissingStep[], held: boolean): SendPlan {
  const confirm = missing.filter((s) => s.confirm);
  if (held && confirm.length > 0) return { answer: 'ask', confirm, warn: [] };
  return missing.length > 0 ? { answer: 'release', confirm: [], warn: [...missing], record: 'sent' } : { answer: 'release', confirm: [], warn: [] };
}
