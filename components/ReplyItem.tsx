import type { UiStrings } from '@/utils/i18n';

export interface ReplyView {
  key: string;
  id: string;
  title: string;
  /** Already rendered for this conversation; shown as text, never as HTML. */
  preview: string;
  uses: number;
  favorite?: boolean;
  /** The agent's own reply (or their personal copy of a team reply). */
  personal?: boolean;
}

interface Props {
  reply: ReplyView;
  t: UiStrings;
  onInsert: (key: string) => void;
  onCopy: (key: string) => void;
  onFavorite?: (key: string, favorite: boolean) => void;
}

/** Keeps the caret in the page's reply box: a button that takes focus on mousedown would steal it. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

export function ReplyItem({ reply, t, onInsert, onCopy, onFavorite }: Props) {
  return (
    <li class="reply" data-testid="reply" data-reply-id={reply.id} data-reply-key={reply.key} data-personal={reply.personal ? 'true' : undefined}>
      <div class="reply-head">
        <span class="reply-title">{reply.title}</span>
        {reply.personal && (
          <span class="badge" data-testid="personal-badge" title={t.personalTitle}>
            {t.personal}
          </span>
        )}
        {reply.uses > 0 && (
          <span class="uses" data-testid="use-count">
            {t.uses(reply.uses)}
          </span>
        )}
        {onFavorite && (
          <button
            type="button"
            class={`star${reply.favorite ? ' on' : ''}`}
            data-testid="favorite"
            aria-pressed={reply.favorite ? 'true' : 'false'}
            aria-label={t.favorite(reply.title)}
            title={t.favorite(reply.title)}
            onMouseDown={keepFocus}
            onClick={() => onFavorite(reply.key, !reply.favorite)}
          >
            {reply.favorite ? '★' : '☆'}
          </button>
        )}
      </div>
      <p class="reply-body">{reply.preview}</p>
      <div class="reply-actions">
        <button type="button" class="primary" data-testid="insert" aria-label={t.insertTitle(reply.title)} onMouseDown={keepFocus} onClick={() => onInsert(reply.key)}>
          {t.insert}
        </button>
        <button type="button" data-testid="copy" aria-label={t.copyTitle(reply.title)} onMouseDown={keepFocus} onClick={() => onCopy(reply.key)}>
          {t.copy}
        </button>
      </div>
    </li>
  );
}
