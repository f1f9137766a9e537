import { useState } from 'preact/hooks';
import type { UiLang } from '@/utils/i18n';
import { sendToBackground } from '@/utils/messaging';

const S = {
  es: {
    title: 'Atajos de respuesta',
    intro: 'Escriba el activador y el atajo de una respuesta en el cuadro de respuesta (por ejemplo «;gracias») y pulse Espacio o Tab: se sustituye por la respuesta. El activador solo, seguido de letras, abre una lista junto al cursor. Déjelo vacío para desactivar los atajos.',
    label: 'Activador (1 a 3 símbolos)',
    save: 'Guardar',
    saved: (t: string) => (t ? `Activador guardado: «${t}».` : 'Atajos desactivados.'),
    invalid: 'Use de 1 a 3 símbolos sin espacios, letras ni números (por ejemplo ; o // o !!).',
    command: 'Para abrir Cordial con el teclado: Alt+Mayús+C (se cambia en chrome://extensions/shortcuts).',
  },
  en: {
    title: 'Reply shortcuts',
    intro: 'Type the trigger and a reply’s shortcut in the reply box (for example “;thanks”) and press Space or Tab: it is replaced by the reply. The trigger alone, followed by letters, opens a list beside the caret. Leave it empty to turn shortcuts off.',
    label: 'Trigger (1 to 3 symbols)',
    save: 'Save',
    saved: (t: string) => (t ? `Trigger saved: “${t}”.` : 'Shortcuts turned off.'),
    invalid: 'Use 1 to 3 symbols with no spaces, letters or digits (for example ; or // or !!).',
    command: 'To open Cordial from the keyboard: Alt+Shift+C (change it at chrome://extensions/shortcuts).',
  },
};

/**
 * The shortcut trigger (`;` by default, read by the options page), validated by the background exactly as the content
 * script uses it; a saved trigger goes back to the page for the library's shortcut badges.
 */
export function TriggerForm({ lang, initial, onSaved }: { lang: UiLang; initial: string; onSaved?: (trigger: string) => void }) {
  const s = S[lang];
  const [trigger, setTrigger] = useState(initial);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      class="section"
      data-testid="trigger-form"
      aria-labelledby="trigger-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await sendToBackground('settings:save-trigger', { trigger }).catch(() => ({ ok: false as const, reason: 'invalid' as const }));
        setStatus(result.ok ? { ok: true, text: s.saved(result.trigger) } : { ok: false, text: s.invalid });
        if (result.ok) onSaved?.(result.trigger);
      }}
    >
      <h2 id="trigger-heading" class="section-title">
        {s.title}
      </h2>
      <p class="muted">{s.intro}</p>
      <div class="row">
        <label class="field">
          <span>{s.label}</span>
          <input type="text" name="trigger" data-testid="trigger-input" maxLength={3} value={trigger} onInput={(e) => setTrigger((e.currentTarget as HTMLInputElement).value)} />
        </label>
      </div>
      <div class="reply-actions">
        <button type="submit" class="primary">
          {s.save}
        </button>
        <span role="status" data-testid="trigger-status" class={status && !status.ok ? 'error' : undefined}>
          {status?.text ?? ''}
        </span>
      </div>
      <p class="muted">{s.command}</p>
    </form>
  );
}
