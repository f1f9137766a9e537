import { useState } from 'preact/hooks';
import { CHANNELS, type Channel, type Situation } from '@/protocols/types';
import type { ReplyDraft } from '@/utils/db/personal';
import type { UiStrings } from '@/utils/i18n';
import { SituationField } from '@/components/SituationField';
import type { LibraryResult } from '@/utils/messaging';

interface Props {
  t: UiStrings;
  /** The reply being edited, or the starting values of a new one. */
  initial: ReplyDraft;
  heading: string;
  /** Resolves with the background's answer; on failure the editor stays open with the agent's text. */
  onSave: (draft: ReplyDraft) => Promise<LibraryResult<unknown>>;
  onCancel: () => void;
}

const splitTags = (text: string) => text.split(',').map((tag) => tag.trim()).filter(Boolean);

/** The reply editor of the library: every field of a reply, per-channel versions folded away until wanted. */
export function ReplyEditor({ t, initial, heading, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [situation, setSituation] = useState<Situation>(initial.situation);
  const [channels, setChannels] = useState<Channel[]>(initial.channels);
  const [tags, setTags] = useState((initial.tags ?? []).join(', '));
  const [shortcut, setShortcut] = useState(initial.shortcut ?? '');
  const [language, setLanguage] = useState(initial.language ?? '');
  const [variants, setVariants] = useState<Partial<Record<Channel, string>>>(() =>
    Object.fromEntries(CHANNELS.map((c) => [c, initial.variants?.[c]?.body ?? ''])),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const draft: ReplyDraft = {
      title,
      body,
      situation,
      channels,
      tags: splitTags(tags),
      shortcut: shortcut.trim() || undefined,
      language: language || undefined,
      variants: Object.fromEntries(CHANNELS.filter((c) => variants[c]?.trim()).map((c) => [c, { body: variants[c]! }])),
    };
    const result = await onSave(draft).catch((): LibraryResult<unknown> => ({ ok: false, error: 'failed' }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error === 'rejected' ? t.saveFailed.rejected((result.problems ?? []).map((p) => t.problems[p] ?? p).join(', ')) : t.saveFailed[result.error]);
    }
  };

  const text = (value: string, set: (v: string) => void) => ({ value, onInput: (e: Event) => set((e.currentTarget as HTMLInputElement).value) });

  return (
    <form class="editor" data-testid="reply-editor" aria-label={heading} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h2 class="section-title">{heading}</h2>
      {error && (
        <p class="notice notice-error" role="alert" data-testid="editor-error">
          {error}
        </p>
      )}
      <label class="field">
        <span>{t.field.title}</span>
        <input type="text" name="title" maxLength={200} autoFocus {...text(title, setTitle)} />
      </label>
      <label class="field">
        <span>{t.field.body}</span>
        <textarea name="body" rows={8} {...text(body, setBody)} />
      </label>
      <div class="row">
        <SituationField t={t} value={situation} onChange={setSituation} />
        <label class="field">
          <span>{t.field.shortcut}</span>
          <input type="text" name="shortcut" maxLength={30} {...text(shortcut, setShortcut)} />
        </label>
        <label class="field">
          <span>{t.field.language}</span>
          <select name="language" value={language} onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">—</option>
            <option value="es">Español</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <fieldset class="field channels">
        <legend>{t.field.channels}</legend>
        {CHANNELS.map((channel) => (
          <label key={channel} class="check">
            <input
              type="checkbox"
              name={`channel-${channel}`}
              checked={channels.includes(channel)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                setChannels((prev) => (on ? CHANNELS.filter((c) => c === channel || prev.includes(c)) : prev.filter((c) => c !== channel)));
              }}
            />
            <span>{t.channel[channel]}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{t.field.tags}</span>
        <input type="text" name="tags" {...text(tags, setTags)} />
      </label>
      <details class="variants" open={CHANNELS.some((c) => initial.variants?.[c])}>
        <summary>{t.variants}</summary>
        {CHANNELS.map((channel) => (
          <label key={channel} class="field">
            <span>{t.variantHint(t.channel[channel])}</span>
            <textarea name={`variant-${channel}`} rows={channel === 'email' ? 6 : 3} value={variants[channel] ?? ''} onInput={(e) => setVariants((v) => ({ ...v, [channel]: (e.currentTarget as HTMLTextAreaElement).value }))} />
          </label>
        ))}
      </details>
      <div class="reply-actions">
        <button type="submit" class="primary" data-testid="editor-save" disabled={busy}>
          {t.save}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
