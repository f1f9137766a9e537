import type { UiStrings } from '@/utils/i18n';
import { TemplateText } from './TemplateText';

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
  /** Typed after the trigger in the reply box (`gracias`). */
  shortcut?: string;
}

interface Props {
  reply: ReplyView;
  /** The id of the reply's main cell, for the search box's `aria-activedescendant`. */
  id: string;
  /** The search box's active reply (arrow keys). */
  active: boolean;
  trigger?: string;
  t: UiStrings;
  onInsert: (key: string) => void;
  onCopy: (key: string) => void;
  onFavorite?: (key: string, favorite: boolean) => void;
}

/** Keeps the caret in the page's reply box: a button that takes focus on mousedown would steal it. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

export function ReplyItem({ reply, id, active, trigger, t, onInsert, onCopy, onFavorite }: Props) {
  return (
    // A row of the search box's grid: the first cell (the reply itself) is what the arrow keys make active; the star and
    // the two action buttons sit in cells, where a grid allows them (an option of a listbox may not hold buttons).
    <li class={active ? 'reply reply-active' : 'reply'} data-testid="reply" data-reply-id={reply.id} data-reply-key={reply.key} data-personal={reply.personal ? 'true' : undefined} role="row">
      <div class="reply-main" role="gridcell" id={id} aria-selected={active}>
        <div class="reply-head">
          <span class="reply-title" id={`${id}-title`}>
            {reply.title}
          </span>
          {reply.personal && (
            <span class="badge" data-testid="personal-badge" title={t.personalTitle}>
              {t.personal}
            </span>
          )}
          {trigger && reply.shortcut && (
            <kbd class="shortcut" data-testid="reply-shortcut" title={t.shortcutTitle(trigger + reply.shortcut)}>
              {trigger}
              {reply.shortcut}
            </kbd>
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
        <p class="reply-body" id={`${id}-body`}>
          <TemplateText text={flowing(reply.preview)} blankTitle={t.blankTitle} />
        </p>
      </div>
      <div class="reply-actions" role="gridcell">
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

/**
 * The preview as one flowing paragraph: an email's «Hola, Lucía:» and its blank line would otherwise take two of the
 * three lines the card shows, and the agent recognises a reply by what it says.
 */
function flowing(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
