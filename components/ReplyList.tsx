import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '@/utils/i18n';
import { ReplyItem, type ReplyView } from './ReplyItem';

interface Props {
  replies: readonly ReplyView[];
  query: string;
  t: UiStrings;
  /** Typed before a shortcut in the reply box (`;`); shown next to each reply's shortcut. Empty: not shown. */
  trigger?: string;
  /** Bumped to put the caret in the search box (the keyboard command); 0 leaves the focus alone. */
  focusSearch?: number;
  onQuery: (query: string) => void;
  onInsert: (key: string) => void;
  onCopy: (key: string) => void;
  onFavorite?: (key: string, favorite: boolean) => void;
  /** Escape: back to the reply box in the page. */
  onEscape?: () => void;
}

const optionId = (index: number) => `reply-option-${index}`;

/**
 * The search box drives the list as a combobox over a grid (WAI-ARIA's combobox with a grid popup: each reply is a
 * row whose cells hold its text and its buttons): ArrowDown/ArrowUp move the active reply (`aria-activedescendant`
 * on its main cell; the focus stays in the box so the agent can keep typing), Enter inserts it (the top result when
 * none is active), Escape goes back to the reply box. Tab still reaches every button.
 */
export function ReplyList({ replies, query, t, trigger, focusSearch = 0, onQuery, onInsert, onCopy, onFavorite, onEscape }: Props) {
  const [active, setActive] = useState(-1);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => setActive(-1), [query]);
  useEffect(() => {
    if (focusSearch > 0) search.current?.focus();
  }, [focusSearch]);
  useEffect(() => {
    if (active >= 0) list.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  const current = active < replies.length ? active : -1;

  const onKeyDown = (event: KeyboardEvent) => {
    const count = replies.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count) setActive(event.key === 'ArrowDown' ? (current + 1) % count : current <= 0 ? count - 1 : current - 1);
    } else if (event.key === 'Enter' && count && !event.isComposing) {
      event.preventDefault();
      onInsert(replies[Math.max(current, 0)]!.key);
    }
  };

  return (
    <section
      class="section replies"
      aria-labelledby="replies-heading"
      onKeyDown={(event) => {
        // Also from a reply's buttons; the fill-in form handles its own Escape (cancel).
        if (event.key !== 'Escape' || !onEscape) return;
        event.preventDefault();
        onEscape();
      }}
    >
      <h2 id="replies-heading" class="section-title">{t.replies}</h2>
      <input
        ref={search}
        type="search"
        class="search"
        data-testid="reply-search"
        role="combobox"
        // Preact's types want `list` spelled out with an explicit combobox role; there is no <datalist>.
        list={undefined}
        aria-label={t.searchLabel}
        aria-controls="reply-listbox"
        aria-haspopup="grid"
        aria-expanded={replies.length > 0}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        aria-describedby="reply-keys-hint"
        placeholder={t.searchPlaceholder}
        value={query}
        onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p id="reply-keys-hint" class="sr-only">{t.searchKeysHint}</p>
      {replies.length === 0 ? (
        <p class="empty">{t.noResults}</p>
      ) : (
        <ul ref={list} class="reply-list" id="reply-listbox" role="grid" aria-label={t.replies}>
          {replies.map((reply, index) => (
            <ReplyItem key={reply.key} id={optionId(index)} active={index === current} reply={reply} trigger={trigger} t={t} onInsert={onInsert} onCopy={onCopy} onFavorite={onFavorite} />
          ))}
        </ul>
      )}
    </section>
  );
}
