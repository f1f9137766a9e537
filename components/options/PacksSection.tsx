import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PackPreview, PacksOverview } from '@/utils/background/pack-handlers';
import type { UiLang } from '@/utils/i18n';
import type { PackValidators } from '@/utils/packs/subscriptions';
import { sendToBackground } from '@/utils/messaging';
import { downloadJson, safeFileName } from './download';
import { PackDiffView } from './PackDiffView';
import { PackEditor } from './PackEditor';
import { starterPack } from '@/protocols/starter';
import type { Channel, Pack } from '@/protocols/types';
import { describeFetchProblem, packStrings } from './packs-strings';

/** A pack waiting for the agent's yes: from a file, from an address (once or as a subscription). */
interface Pending {
  text: string;
  /** How the server labelled this text (ETag, Last-Modified), for a subscription's next conditional refresh. */
  validators?: PackValidators;
  preview: PackPreview;
  source: 'file' | 'url';
  url?: string;
  subscribe?: boolean;
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Installed packs (active, priority, rollback, export), imports with a preview of changes, subscriptions, backup. */
export function PacksSection({ lang, notify, generation }: { lang: UiLang; notify: (kind: 'info' | 'error', text: string) => void; generation: number }) {
  const s = packStrings(lang);
  const [overview, setOverview] = useState<PacksOverview | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [url, setUrl] = useState('');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<Pack | null>(null);
  const [blocked, setBlocked] = useState<{ origin: string; subscribe: boolean } | null>(null);

  const refresh = () => sendToBackground('packs:list', { lang }).then(setOverview, () => undefined);
  // `generation` moves when packs change elsewhere (a background refresh, another tab): read them again.
  useEffect(() => void refresh(), [generation]);

  const showPreview = (next: Pending) => {
    setErrors(next.preview.ok ? [] : next.preview.errors);
    setPending(next.preview.ok ? next : null);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setErrors([`${file.name}: > 20 MB`]);
    const text = await file.text();
    const preview = await sendToBackground('packs:preview', { text, lang });
    showPreview({ text, preview, source: 'file' });
  };

  /** Without CORS headers on the pack server, Cordial needs the agent's permission to read it. */
  const grantOrigin = async () => {
    if (!blocked) return;
    const granted = await browser.permissions.request({ origins: [`${blocked.origin}/*`] }).catch(() => false);
    if (granted) void fetchUrl(blocked.subscribe);
  };

  const fetchUrl = async (subscribe: boolean) => {
    const address = url.trim();
    if (!address) return;
    setBusy(true);
    setBlocked(null);
    const answer = await sendToBackground('packs:fetch', { url: address, lang }).catch(() => ({ ok: false as const, errors: ['network'] }));
    setBusy(false);
    if ('text' in answer) return showPreview({ text: answer.text, preview: answer.preview, validators: answer.validators, source: 'url', url: address, subscribe });
    setErrors(answer.errors.map((e) => s.fetchFailed(describeFetchProblem(s, e))));
    // A server that does not allow Cordial by CORS looks like a network error: the agent may grant access to it.
    if (answer.errors.some((e) => e.startsWith('network'))) setBlocked({ origin: new URL(address).origin, subscribe });
  };

  const install = async () => {
    if (!pending?.preview.ok) return;
    setBusy(true);
    const { name, version } = pending.preview;
    if (pending.subscribe && pending.url) {
      // The version the agent just read is the one installed: a server cannot show one pack and serve another.
      const outcome = await sendToBackground('packs:subscribe', { url: pending.url, lang, text: pending.text, validators: pending.validators });
      if (outcome.status === 'failed') setErrors([s.fetchFailed(describeFetchProblem(s, outcome.detail ? `${outcome.problem}: ${outcome.detail}` : outcome.problem))]);
      else notify('info', s.installed(name, version));
    } else {
      const result = await sendToBackground('packs:install', { text: pending.text, source: pending.source, url: pending.url, lang });
      if (result.ok) notify('info', s.installed(name, version));
      else setErrors(result.errors);
    }
    setBusy(false);
    setPending(null);
    setUrl('');
    await refresh();
  };

  const setActive = async (ids: string[]) => {
    if (ids.length === 0) return notify('error', s.noActive);
    await sendToBackground('packs:set-active', { ids });
    await refresh();
  };

  const move = (id: string, by: -1 | 1) => {
    const active = [...(overview?.active ?? [])];
    const i = active.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= active.length) return;
    [active[i], active[j]] = [active[j]!, active[i]!];
    void setActive(active);
  };

  const exportPack = async (id: string) => {
    const pack = await sendToBackground('packs:export', { id });
    if (pack) downloadJson(`${safeFileName(pack.id)}-${safeFileName(pack.version)}.json`, { $schema: 'https://cordial.invalid/schema/pack.v1.schema.json', ...pack });
  };

  const packs = overview ? [...overview.packs].sort((a, b) => rank(overview.active, a.id) - rank(overview.active, b.id)) : [];
  const names = new Map(packs.map((p) => [p.id, p.name]));

  return (
    <section class="section packs" aria-labelledby="packs-heading" data-testid="packs">
      <h2 id="packs-heading" class="section-title">
        {s.title}
      </h2>
      <p class="muted">{s.intro}</p>
      <ul class="library">
        {packs.map((pack) => (
          <li key={pack.id} class="library-row" data-testid="pack-row" data-pack-id={pack.id} data-version={pack.version} data-active={pack.active ? 'true' : 'false'}>
            <div class="reply-head">
              <label class="check">
                <input
                  type="checkbox"
                  data-testid="pack-active"
                  checked={pack.active}
                  onChange={(e) => void setActive((e.currentTarget as HTMLInputElement).checked ? [...(overview?.active ?? []), pack.id] : (overview?.active ?? []).filter((id) => id !== pack.id))}
                />
                <span class="reply-title">{pack.name}</span>
              </label>
              <span class="badge">{pack.version}</span>
              <span class="badge">{s.source[pack.source] ?? pack.source}</span>
              <span class="muted">{s.replies(pack.replies)}</span>
              {pack.active && (
                <span class="order">
                  <button type="button" class="icon-button" data-testid="pack-up" aria-label={s.up(pack.name)} onClick={() => move(pack.id, -1)}>
                    ↑
                  </button>
                  <button type="button" class="icon-button" aria-label={s.down(pack.name)} onClick={() => move(pack.id, 1)}>
                    ↓
                  </button>
                </span>
              )}
            </div>
            <div class="reply-actions">
              {pack.history[0] && (
                <button
                  type="button"
                  data-testid="pack-rollback"
                  onClick={async () => {
                    const version = await sendToBackground('packs:rollback', { id: pack.id });
                    notify('info', s.rolledBack(version));
                    await refresh();
                  }}
                >
                  {s.rollback(pack.history[0])}
                </button>
              )}
              <button type="button" data-testid="pack-export-file" onClick={() => void exportPack(pack.id)}>
                {s.exportPack}
              </button>
              <button
                type="button"
                data-testid="pack-edit"
                onClick={async () => {
                  const whole = await sendToBackground('packs:export', { id: pack.id });
                  if (whole) setEditing(whole);
                }}
              >
                {s.editPack}
              </button>
              {pack.source !== 'builtin' && !overview?.subscriptions.some((sub) => sub.packId === pack.id && sub.managed) && (
                <button
                  type="button"
                  data-testid="pack-remove"
                  onClick={async () => {
                    if (await sendToBackground('packs:remove', { id: pack.id })) notify('info', s.removed(pack.name));
                    await refresh();
                  }}
                >
                  {s.remove}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {overview && overview.conflicts.length > 0 && (
        <div class="conflicts" data-testid="pack-conflicts">
          <h3>{s.conflictsTitle}</h3>
          <ul>
            {overview.conflicts.map((c) => (
              <li key={`${c.kind}:${c.id}:${c.hidden}`} data-testid="pack-conflict">
                {s.conflict(c.kind, c.kind === 'protocol' ? (s.channel[c.id as Channel] ?? c.id) : (c.title ?? c.id), names.get(c.kept) ?? c.kept, names.get(c.hidden) ?? c.hidden)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div class="reply-actions">
        <button type="button" data-testid="pack-new" onClick={() => setEditing(starterPack(lang))}>
          {s.newPack}
        </button>
      </div>
      {editing && (
        <PackEditor
          key={`${editing.id}@${editing.version}`}
          lang={lang}
          initial={editing}
          onCancel={() => setEditing(null)}
          onInstall={async (pack) => {
            const result = await sendToBackground('packs:install', { text: JSON.stringify(pack), source: 'file', lang }).catch((error: unknown) => ({ ok: false as const, errors: [String(error)] }));
            if (!result.ok) return { ok: false, message: result.errors.join('; ') };
            notify('info', s.installed(pack.name, pack.version));
            setEditing(null);
            await refresh();
            return { ok: true };
          }}
        />
      )}

      <h3>{s.importTitle}</h3>
      <div
        class={`drop${dragging ? ' over' : ''}`}
        data-testid="pack-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void readFile(e.dataTransfer?.files[0]);
        }}
      >
        {s.dropHere}{' '}
        <label class="file-label">
          <input type="file" accept=".json,application/json" data-testid="pack-file" onChange={(e) => void readFile((e.currentTarget as HTMLInputElement).files?.[0])} />
          <span>{s.chooseFile}</span>
        </label>
      </div>
      <div class="toolbar">
        <input type="url" class="search" data-testid="pack-url" aria-label={s.urlLabel} placeholder="https://…/paquete.json" value={url} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} />
        <button type="button" data-testid="pack-url-import" disabled={busy || !url.trim()} onClick={() => void fetchUrl(false)}>
          {s.importOnce}
        </button>
        <button type="button" class="primary" data-testid="pack-subscribe" disabled={busy || !url.trim()} onClick={() => void fetchUrl(true)}>
          {s.subscribeButton}
        </button>
      </div>
      <p class="muted">{s.subscribeHint}</p>
      {errors.length > 0 && (
        <div class="notice notice-error" role="alert" data-testid="pack-import-errors">
          <p>{s.errorsTitle}</p>
          <ul>
            {errors.slice(0, 20).map((e) => (
              <li key={e} data-testid="pack-import-error">
                {e}
              </li>
            ))}
          </ul>
          {blocked && (
            <button type="button" data-testid="pack-grant" onClick={() => void grantOrigin()}>
              {s.grant(blocked.origin)}
            </button>
          )}
        </div>
      )}
      {pending?.preview.ok && (
        <div class="editor" data-testid="pack-preview" role="dialog" aria-label={s.previewTitle(pending.preview.name, pending.preview.version)}>
          <h3>{s.previewTitle(pending.preview.name, pending.preview.version)}</h3>
          <p>{pending.preview.installed ? s.previewFrom(pending.preview.installed, pending.preview.version) : s.previewNew(pending.preview.replies)}</p>
          {pending.preview.installed && <PackDiffView diff={pending.preview.diff} s={s} />}
          {pending.preview.warnings.length > 0 && (
            <details class="muted">
              <summary>
                {s.warnings} {pending.preview.warnings.length}
              </summary>
              <ul>
                {pending.preview.warnings.slice(0, 50).map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </details>
          )}
          <div class="reply-actions">
            <button type="button" class="primary" data-testid="pack-preview-install" disabled={busy} onClick={() => void install()}>
              {pending.subscribe ? s.subscribeInstall : s.install}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {s.cancel}
            </button>
          </div>
        </div>
      )}

      {overview && overview.subscriptions.length > 0 && (
        <>
          <h3>{s.subscriptionsTitle}</h3>
          <ul class="library">
            {overview.subscriptions.map((sub) => (
              <li key={sub.url} class="library-row" data-testid="subscription" data-url={sub.url} data-managed={sub.managed ? 'true' : 'false'}>
                <div class="reply-head">
                  <span class="reply-title url">{sub.url}</span>
                  {sub.managed && <span class="badge">{s.managed}</span>}
                </div>
                <p class="muted" data-testid="subscription-status">
                  {s.lastSuccess(sub.lastSuccessAt ? new Date(sub.lastSuccessAt).toLocaleString(lang) : s.never)}
                  {sub.lastError && (
                    <>
                      <br />
                      <span class="error">{s.lastError(describeFetchProblem(s, sub.lastError))}</span>
                    </>
                  )}
                </p>
                {sub.pending && (
                  <div data-testid="subscription-pending">
                    <p>{s.pending(sub.pending.version)}</p>
                    <PackDiffView diff={sub.pending.diff} s={s} />
                    <button
                      type="button"
                      class="primary"
                      data-testid="subscription-apply"
                      onClick={async () => {
                        await sendToBackground('packs:apply-pending', { url: sub.url, lang });
                        await refresh();
                      }}
                    >
                      {s.apply}
                    </button>
                  </div>
                )}
                <div class="reply-actions">
                  <button
                    type="button"
                    data-testid="subscription-refresh"
                    onClick={async () => {
                      const outcomes = await sendToBackground('packs:refresh', { url: sub.url, lang });
                      const outcome = outcomes[sub.url];
                      if (outcome?.status === 'failed') notify('error', s.fetchFailed(describeFetchProblem(s, outcome.detail ? `${outcome.problem}: ${outcome.detail}` : outcome.problem)));
                      else if (outcome?.status === 'unchanged') notify('info', s.upToDate);
                      await refresh();
                    }}
                  >
                    {s.refresh}
                  </button>
                  {!sub.managed && (
                    <button
                      type="button"
                      data-testid="unsubscribe"
                      onClick={async () => {
                        await sendToBackground('packs:unsubscribe', { url: sub.url });
                        await refresh();
                      }}
                    >
                      {s.unsubscribe}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{s.backupTitle}</h3>
      <p class="muted">{s.backupIntro}</p>
      <div class="reply-actions">
        <button type="button" data-testid="backup-export" onClick={async () => downloadJson(`cordial-${new Date().toISOString().slice(0, 10)}.json`, await sendToBackground('backup:export', undefined))}>
          {s.backupExport}
        </button>
        <label class="file-label button-like">
          <input
            type="file"
            accept=".json,application/json"
            data-testid="backup-file"
            onChange={async (e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (!file) return;
              const result = await sendToBackground('backup:import', { text: await file.text(), lang });
              if (result.ok) notify('info', s.backupDone(result.packs, result.replies));
              else setErrors(result.errors);
              await refresh();
            }}
          />
          <span>{s.backupImport}</span>
        </label>
      </div>
    </section>
  );
}

function rank(active: readonly string[], id: string): number {
  const i = active.indexOf(id);
  return i === -1 ? active.length + 1 : i;
}
