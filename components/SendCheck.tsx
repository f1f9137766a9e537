import type { UiStrings } from '@/utils/i18n';

export interface SendCheckStep {
  id: string;
  label: string;
}

interface Props {
  t: UiStrings;
  /** Required steps the last reply went out without, or null. */
  warning: readonly SendCheckStep[] | null;
  /** Confirm-before-send steps a held reply misses, or null. */
  confirm: readonly SendCheckStep[] | null;
  onConfirm: (send: boolean) => void;
  onDismiss: () => void;
}

// Buttons keep the caret in the page's reply box (the agent goes on typing or sends again).
const keepFocus = (e: Event) => e.preventDefault();

/** What Cordial says at send time: a held send's question («¿Enviar sin …?»), or the steps a sent reply missed. */
export function SendCheck({ t, warning, confirm, onConfirm, onDismiss }: Props) {
  if (confirm)
    return (
      <section class="send-check send-confirm" data-testid="send-confirm" role="alertdialog" aria-labelledby="send-confirm-question" aria-describedby="send-confirm-held">
        <p id="send-confirm-question" class="send-check-title">
          {t.sendConfirm(confirm.map((s) => s.label))}
        </p>
        <p id="send-confirm-held" class="send-check-note">
          {t.sendConfirmHeld}
        </p>
        <div class="send-check-actions">
          <button type="button" class="primary" data-testid="send-confirm-no" onMouseDown={keepFocus} onClick={() => onConfirm(false)}>
            {t.sendConfirmNo}
          </button>
          <button type="button" data-testid="send-confirm-yes" onMouseDown={keepFocus} onClick={() => onConfirm(true)}>
            {t.sendConfirmYes}
          </button>
        </div>
      </section>
    );
  if (!warning) return null;
  return (
    <section class="send-check send-warning" data-testid="send-warning" role="alert">
      <p class="send-check-title">{t.sendWarning}</p>
      <ul class="send-check-steps">
        {warning.map((step) => (
          <li key={step.id} data-testid="send-warning-step" data-step-id={step.id}>
            {step.label}
          </li>
        ))}
      </ul>
      <button type="button" class="link" data-testid="send-warning-dismiss" onMouseDown={keepFocus} onClick={onDismiss}>
        {t.dismiss}
      </button>
    </section>
  );
}
