import type { ProtocolStep } from '@/protocols/types';
import type { UiStrings } from '@/utils/i18n';

interface Props {
  steps: readonly ProtocolStep[];
  t: UiStrings;
}

export function ProtocolSteps({ steps, t }: Props) {
  return (
    <section class="section" aria-labelledby="protocol-heading">
      <h2 id="protocol-heading" class="section-title">{t.protocol}</h2>
      <ol class="steps">
        {steps.map((step) => (
          <li key={step.id} class="step" data-testid="protocol-step" data-step-id={step.id} title={step.description}>
            <span class="step-label">{step.label}</span>
            {step.required && <span class="badge">{t.required}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
