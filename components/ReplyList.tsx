import type { UiStrings } from '@/utils/i18n';
import { ReplyItem, type ReplyView } from './ReplyItem';

interface Props {
  replies: readonly ReplyView[];
  query: string;
  t: UiStrings;
  onQuery: (query: string) => void;
  onInsert: (key: string) => void;
  onCopy: (key: string) => void;
  onFavorite?: (key: string, favorite: boolean) => void;
}

export function ReplyList({ replies, query, t, onQuery, onInsert, onCopy, onFavorite }: Props) {
  return (
    <section class="section replies" aria-labelledby="replies-heading">
      <h2 id="replies-heading" class="section-title">{t.replies}</h2>
      <input
        type="search"
        class="search"
        data-testid="reply-search"
        aria-label={t.searchLabel}
        placeholder={t.searchPlaceholder}
        value={query}
        onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
      />
      {replies.length === 0 ? (
        <p class="empty">{t.noResults}</p>
      ) : (
        <ul class="reply-list">
          {replies.map((reply) => (
            <ReplyItem key={reply.key} reply={reply} t={t} onInsert={onInsert} onCopy={onCopy} onFavorite={onFavorite} />
          ))}
        </ul>
      )}
    </section>
  );
}
