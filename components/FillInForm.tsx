import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '@/utils/i18n';

interface Props {
  title: string;
  /** Placeholder names as written in the reply (`plazo`, `empresa`…), in order of appearance. */
  names: readonly string[];
  initial: Readonly<Record<string, string>>;
  t: UiStrings;
  onSubmit: (values: Record<string, string>) => void;
  onCancel: () => void;
}

/** Asks for what a reply still needs before it goes into the reply box; nothing is inserted until it is complete. */
export function FillInForm({ title, names, initial, t, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(names.map((n) => [n, initial[n] ?? ''])));
  const complete = names.every((n) => values[n]?.trim());
  const form = useRef<HTMLFormElement>(null);
  // `autofocus` only works once per document: focus the first field by hand each time the form opens.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  return (
    <form
      ref={form}
      class="section fill-in"
      data-testid="fill-in"
      aria-label={t.fillInTitle(title)}
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) onSubmit(values);
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h2 class="section-title">{t.fillInTitle(title)}</h2>
      {names.map((name) => (
        <label class="field" key={name}>
          <span>{t.placeholderLabel(name)}</span>
          <input
            type="text"
            name={name}
            value={values[name]}
            required
            onInput={(e) => setValues((v) => ({ ...v, [name]: (e.currentTarget as HTMLInputElement).value }))}
          />
        </label>
      ))}
      <div class="reply-actions">
        <button type="submit" class="primary" data-testid="fill-in-submit" disabled={!complete}>
          {t.insert}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
