import type { ProtocolStep } from '@/protocols/types';
import type { UiStrings } from '@/utils/i18n';

export type StepState = 'done' | 'missing' | 'manual';

export interface StepView extends ProtocolStep {
  state: StepState;
  /** The words of the draft that cover the step. */
  evidence: string[];
  /** Ticked by hand by the agent (any step can be). */
  ticked: boolean;
}

interface Props {
  steps: readonly StepView[];
  t: UiStrings;
  onTick: (id: string, ticked: boolean) => void;
}

/** The channel's protocol: each step ticks itself when the draft covers it, and can be ticked by hand. */
export function ProtocolSteps({ steps, t, onTick }: Props) {
  return (
    <section class="section" aria-labelledby="protocol-heading">
      <h2 id="protocol-heading" class="section-title">{t.protocol}</h2>
      <ol class="steps">
        {steps.map((step) => {
          const state: StepState = step.ticked ? 'done' : step.state;
          return (
            <li key={step.id} class={`step step-${state}`} data-testid="protocol-step" data-step-id={step.id} data-state={state} title={step.description}>
              <label>
                <input type="checkbox" checked={state === 'done'} disabled={step.state === 'done' && !step.ticked} onChange={(e) => onTick(step.id, (e.currentTarget as HTMLInputElement).checked)} />{' '}
                <span class="step-label">{step.label}</span>
              </label>
              {step.required && <span class="badge">{t.required}</span>}
              {step.evidence.length > 0 && (
                <span class="evidence">
                  {step.evidence.map((words, i) => (
                    <q key={i}>{words}</q>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
