import { useState } from 'preact/hooks';
import type { UiStrings } from '@/utils/i18n';

interface Props {
  /** What the reply will say: the agent's correction, else what the site adapter read. */
  name?: string;
  t: UiStrings;
  onChange: (name: string) => void;
}

/** The customer's name as the page shows it, which the agent confirms or corrects before it goes into a reply. */
export function CustomerName({ name, t, onChange }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name ?? '');
  if (editing) {
    return (
      <form
        class="customer-edit"
        onSubmit={(event) => {
          event.preventDefault();
          onChange(draft.trim());
          setEditing(false);
        }}
      >
        <input
          type="text"
          aria-label={t.customer}
          data-testid="customer-name-input"
          value={draft}
          autoFocus
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
        />
        <button type="submit">{t.save}</button>
      </form>
    );
  }
  return (
    <span class="customer">
      {name && <span data-testid="customer-name">{name}</span>}
      <button
        type="button"
        class="link"
        data-testid="customer-name-edit"
        aria-label={name ? t.editCustomer : undefined}
        onClick={() => {
          setDraft(name ?? '');
          setEditing(true);
        }}
      >
        {name ? t.edit : t.addCustomer}
      </button>
    </span>
  );
}
