import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LibrarySnapshot, PersonalReplyRecord, ReplyRecord } from '@/utils/db';
import type { ReplyDraft } from '@/utils/db/personal';
import { strings, type UiLang } from '@/utils/i18n';
import { handleMessages, sendToBackground, type LibraryChange, type LibraryResult, type SidebarProtocol } from '@/utils/messaging';
import { ReplyIndex, applyLibraryEdit } from '@/utils/search';
import { ReplyEditor } from './ReplyEditor';
import { ProfileForm } from './ProfileForm';
import { PacksSection } from './PacksSection';
import { TriggerForm } from './TriggerForm';
import { dashboardStrings } from './dashboard/strings';
import { TemplateText } from '@/components/TemplateText';

const UNDO_MS = 10_000;

const basedOn = (reply: ReplyRecord) => (reply as Partial<PersonalReplyRecord>).basedOn;

type Editing = { key: string } | { key: null; initial: ReplyDraft } | null;

/** The options page: the agent's details and the whole reply library (create, edit, copy, duplicate, delete, star). */
export function OptionsApp({ lang }: { lang: UiLang }) {
  const t = strings(lang);
  const [library, setLibrary] = useState<LibrarySnapshot | null>(null);
  // The replies by key and their search index change in place on edits (a rebuild took most of a second at 20,000
  // replies); `revision` re-renders.
  const replies = useRef(new Map<string, ReplyRecord>());
  const index = useRef(new ReplyIndex<ReplyRecord>([]));
  const [, setRevision] = useState(0);
  const [favorites, setFavorites] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ kind: 'info' | 'error'; text: string; undoKey?: string } | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [generation, setGeneration] = useState(0);
  // The shortcut trigger as the agent set it (`''`: shortcuts off), shown before each reply's shortcut.
  const [trigger, setTrigger] = useState<string | null>(null);
  const noticeTimer = useRef<number | undefined>(undefined);

  const show = (next: typeof notice, ms = 6000) => {
    window.clearTimeout(noticeTimer.current);
    setNotice(next);
    if (next) noticeTimer.current = window.setTimeout(() => setNotice(null), ms);
  };

  useEffect(() => {
    sendToBackground('settings:get-shortcuts', undefined).then(
      (r) => setTrigger(r.trigger),
      () => setTrigger(';'),
    );
  }, []);

  useEffect(() => {
    sendToBackground('library:load', { lang })
      .then((snapshot) => {
        replies.current = new Map(snapshot.replies.map((r) => [r.key, r]));
        index.current = new ReplyIndex([...replies.current.values()]);
        setLibrary(snapshot);
        setFavorites(snapshot.favorites);
      })
      .catch(() => setLoadError(true));
    // Edits made in a sidebar (or another options tab) show up here at once.
    return handleMessages<SidebarProtocol>({ 'library:changed': (change) => apply(change) }, (sender) => sender.tab === undefined);
  }, [generation]);

  const apply = (change: LibraryChange) => {
    // Packs changed: read the whole library again.
    if (change.reload) return setGeneration((g) => g + 1);
    applyLibraryEdit(replies.current, index.current, change);
    setRevision((r) => r + 1);
    if (change.favorites) setFavorites(change.favorites);
  };

  const favoriteSet = useMemo(() => new Set(favorites), [favorites]);
  const shown = filter.trim() ? index.current.search(filter) : [...replies.current.values()].sort((a, b) => a.order - b.order);

  const failed = (result: Extract<LibraryResult<unknown>, { ok: false }>) =>
    result.error === 'rejected' ? t.saveFailed.rejected((result.problems ?? []).map((p) => t.problems[p] ?? p).join(', ')) : t.saveFailed[result.error];

  async function call<T>(promise: Promise<LibraryResult<T>>, onOk: (value: T) => void) {
    const result = await promise.catch((): LibraryResult<T> => ({ ok: false, error: 'failed' }));
    if (result.ok) onOk(result.value);
    else show({ kind: 'error', text: failed(result) });
    return result;
  }

  const save = async (draft: ReplyDraft) => {
    const key = editing?.key ?? undefined;
    const result = await sendToBackground('library:save', { draft, key }).catch((): LibraryResult<ReplyRecord> => ({ ok: false, error: 'failed' }));
    if (result.ok) {
      apply({ upsert: [result.value] });
      setEditing(null);
      show({ kind: 'info', text: t.savedReply });
    }
    return result;
  };

  const personalCopy = (reply: ReplyRecord) =>
    call(sendToBackground('library:personal-copy', { key: reply.key }), (copy) => {
      apply({ upsert: [copy], remove: [reply.key] });
      setEditing({ key: copy.key });
      show({ kind: 'info', text: t.personalCopyMade });
    });

  const duplicate = (reply: ReplyRecord) =>
    call(sendToBackground('library:duplicate', { key: reply.key, titleSuffix: t.copySuffix }), (copy) => {
      apply({ upsert: [copy] });
      setEditing({ key: copy.key });
    });

  const remove = async (reply: ReplyRecord) => {
    await call(sendToBackground('library:delete', { key: reply.key }), () => {
      // The background tells us which team reply comes back; until then the row simply disappears.
      apply({ remove: [reply.key] });
      if (editing?.key === reply.key) setEditing(null);
      show({ kind: 'info', text: t.deletedReply(reply.title), undoKey: reply.key }, UNDO_MS);
    });
  };

  const undo = (key: string) =>
    call(sendToBackground('library:restore', { key }), (restored) => {
      const original = basedOn(restored);
      apply({ upsert: [restored], ...(original && { remove: [original] }) });
      show(null);
    });

  const star = (reply: ReplyRecord) => call(sendToBackground('library:favorite', { key: reply.key, favorite: !favoriteSet.has(reply.key) }), setFavorites);

  const editingRecord = editing?.key ? replies.current.get(editing.key) : undefined;
  const blank: ReplyDraft = { title: '', body: '', situation: 'informacion', channels: ['email', 'social', 'chat'], language: library?.pack.locale.slice(0, 2) };

  return (
    <div class="options">
      <header class="options-header">
        <span class="logo" aria-hidden="true">
          C
        </span>
        <h1>{t.libraryTitle}</h1>
        {library && (
          <span class="muted">
            {t.pack}: {library.pack.name} · {library.pack.version}
          </span>
        )}
        <a class="stats-link" style={{ marginLeft: 'auto' }} href="dashboard.html" data-testid="open-dashboard">{dashboardStrings(lang).title}</a>
      </header>
      <div class="notices" role="status" aria-live="polite">
        {notice && (
          <p class={`notice notice-${notice.kind}`} data-testid="notice" data-kind={notice.kind}>
            {notice.text}{' '}
            {notice.undoKey && (
              <button type="button" class="link" data-testid="undo" onClick={() => void undo(notice.undoKey!)}>
                {t.undo}
              </button>
            )}
          </p>
        )}
      </div>
      {loadError && (
        <p class="notice notice-error" role="alert">
          {t.storageError}
        </p>
      )}
      {library && <ProfileForm t={t} profile={library.profile} />}
      {trigger !== null && <TriggerForm lang={lang} initial={trigger} onSaved={setTrigger} />}
      <section class="section" aria-labelledby="library-heading">
        <h2 id="library-heading" class="section-title">
          {t.replies}
        </h2>
        <p class="muted">{t.libraryIntro}</p>
        <div class="toolbar">
          <input type="search" class="search" data-testid="library-filter" aria-label={t.filterLabel} placeholder={t.searchPlaceholder} value={filter} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
          <button type="button" class="primary" data-testid="library-new" onClick={() => setEditing({ key: null, initial: blank })}>
            {t.newReply}
          </button>
        </div>
        {editing && (editing.key === null || editingRecord) && (
          <ReplyEditor
            key={editing.key ?? 'new'}
            t={t}
            heading={editingRecord ? t.editReply(editingRecord.title) : t.newReply}
            initial={editingRecord ?? (editing.key === null ? editing.initial : blank)}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        )}
        {shown.length === 0 ? (
          <p class="empty">{t.nothingHere}</p>
        ) : (
          <ul class="library">
            {shown.map((reply) => {
              const personal = reply.packId === 'personal';
              return (
                <li key={reply.key} class="library-row" data-testid="library-row" data-reply-key={reply.key} data-personal={personal ? 'true' : 'false'}>
                  <div class="reply-head">
                    <span class="reply-title">{reply.title}</span>
                    <span class="badge">{personal ? (basedOn(reply) ? t.basedOn : t.personal) : t.packReply}</span>
                    <span class="badge">{t.situations[reply.situation] ?? reply.situation}</span>
                    {trigger && reply.shortcut && (
                      <span class="badge" title={t.shortcutTitle(trigger + reply.shortcut)}>
                        {trigger}
                        {reply.shortcut}
                      </span>
                    )}
                    <button
                      type="button"
                      class={`star${favoriteSet.has(reply.key) ? ' on' : ''}`}
                      data-testid="favorite"
                      aria-pressed={favoriteSet.has(reply.key) ? 'true' : 'false'}
                      aria-label={t.favorite(reply.title)}
                      onClick={() => void star(reply)}
                    >
                      {favoriteSet.has(reply.key) ? '★' : '☆'}
                    </button>
                  </div>
                  <p class="reply-body">
                    <TemplateText text={reply.body} blankTitle={t.libraryBlankTitle} />
                  </p>
                  <div class="reply-actions">
                    {personal ? (
                      <button type="button" data-testid="edit" onClick={() => setEditing({ key: reply.key })}>
                        {t.editButton}
                      </button>
                    ) : (
                      <button type="button" data-testid="personal-copy" onClick={() => void personalCopy(reply)}>
                        {t.personalCopy}
                      </button>
                    )}
                    <button type="button" data-testid="duplicate" onClick={() => void duplicate(reply)}>
                      {t.duplicate}
                    </button>
                    {personal && (
                      <button type="button" data-testid="delete" onClick={() => void remove(reply)}>
                        {t.delete}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <PacksSection lang={lang} generation={generation} notify={(kind, text) => show({ kind, text })} />
      <footer class="footer">
        <span>Cordial {browser.runtime.getManifest().version}</span>
      </footer>
    </div>
  );
}
