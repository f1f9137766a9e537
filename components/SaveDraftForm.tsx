import { useState } from 'preact/hooks';
import type { Channel, Situation } from '@/protocols/types';
import type { UiStrings } from '@/utils/i18n';
import { SituationField } from './SituationField';

export interface SaveDraftInput {
  title: string;
  situation: Situation;
  shortcut?: string;
  /** Turn the customer's name into `{{cliente}}` so the reply fits the next customer too. */
  generalise: boolean;
}

interface Props {
  t: UiStrings;
  /** Whether the reply box holds any text to save. */
  hasDraft: boolean;
  channel: Channel;
  customerName?: string;
  /** Resolves true when saved; on false the form stays open with everything the agent typed. */
  onSave: (input: SaveDraftInput) => Promise<boolean>;
}

/** "Save the current draft as a reply": the draft becomes one of the agent's own replies, for this channel. */
export function SaveDraftForm({ t, hasDraft, channel, customerName, onSave }: Props) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [situation, setSituation] = useState<Situation>('informacion');
  const [shortcut, setShortcut] = useState('');
  const [generalise, setGeneralise] = useState(true);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <button type="button" class="link save-draft" data-testid="save-draft" disabled={!hasDraft} title={hasDraft ? undefined : t.saveDraftEmpty} onClick={() => setOpen(true)}>
        {t.saveDraft}
      </button>
    );
  }
  return (
    <form
      class="section save-draft-form"
      data-testid="save-draft-form"
      aria-label={t.saveDraft}
      onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
      onSubmit={async (event) => {
        event.preventDefault();
        if (busy) return;
        setBusy(true);
        const saved = await onSave({ title, situation, shortcut: shortcut.trim() || undefined, generalise: generalise && !!customerName });
        setBusy(false);
        if (saved) {
          setOpen(false);
          setTitle('');
          setShortcut('');
        }
      }}
    >
      <h2 class="section-title">{t.saveDraft}</h2>
      <label class="field">
        <span>{t.field.title}</span>
        <input type="text" name="title" required maxLength={200} autoFocus value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <SituationField t={t} value={situation} onChange={setSituation} />
      <label class="field">
        <span>{t.field.shortcut}</span>
        <input type="text" name="shortcut" maxLength={30} value={shortcut} onInput={(e) => setShortcut((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {customerName && (
        <label class="check">
          <input type="checkbox" checked={generalise} onChange={(e) => setGeneralise((e.currentTarget as HTMLInputElement).checked)} />
          <span>{t.customerToPlaceholder(customerName)}</span>
        </label>
      )}
      <p class="hint">{t.channel[channel]}</p>
      <div class="reply-actions">
        <button type="submit" class="primary" data-testid="save-draft-submit" disabled={busy || !title.trim()}>
          {t.save}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
