import { formatIssue, parsePack } from '@/protocols/validate';
import type { CordialDb, PackRecord, SubscriptionRecord } from '@/utils/db/schema';
import type { BackgroundProtocol, Handlers, LibraryChange } from '@/utils/messaging';
import { exportBackup, importBackup } from '@/utils/packs/backup';
import { diffPacks, type PackDiff } from '@/utils/packs/diff';
import { fetchPackText, PackFetchError } from '@/utils/packs/fetch-pack';
import { activePackIds, historyVersions, installPack, readWholePack, removePack, rollbackPack } from '@/utils/packs/install';
import { mergePacks } from '@/utils/packs/merge';
import { failure } from './library-edits';
import { loadPack } from '@/utils/db/packs';
import { setSetting } from '@/utils/db/settings';
import { applyPending, refreshAll, refreshSubscription, subscribe, unsubscribe } from '@/utils/packs/subscriptions';

/** What the options page shows of one installed pack. */
export interface InstalledPackView {
  id: string;
  name: string;
  version: string;
  locale: string;
  source: PackRecord['source'];
  url?: string;
  installedAt: number;
  replies: number;
  active: boolean;
  /** Earlier versions available for rollback, newest first. */
  history: string[];
}

export type SubscriptionView = Omit<SubscriptionRecord, 'pending' | 'etag' | 'lastModified'> & { pending?: { version: string; diff: PackDiff } };

export interface PacksOverview {
  packs: InstalledPackView[];
  /** Active pack ids, highest priority first. */
  active: string[];
  subscriptions: SubscriptionView[];
  conflicts: ReturnType<typeof mergePacks>['conflicts'];
}

export type PackPreview =
  | { ok: true; id: string; name: string; version: string; replies: number; diff: PackDiff; warnings: string[]; installed?: string }
  | { ok: false; errors: string[] };

export async function packsOverview(db: CordialDb, lang: 'es' | 'en'): Promise<PacksOverview> {
  const active = await activePackIds(db, lang);
  const records = await db.packs.toArray();
  const packs: InstalledPackView[] = [];
  for (const r of records) {
    packs.push({
      id: r.id,
      name: r.name,
      version: r.version,
      locale: r.locale,
      source: r.source,
      url: r.url,
      installedAt: r.installedAt,
      replies: await db.replies.where('packId').equals(r.id).count(),
      active: active.includes(r.id),
      history: await historyVersions(db, r.id),
    });
  }
  const subscriptions: SubscriptionView[] = [];
  for (const { pending, etag: _e, lastModified: _l, ...s } of await db.subscriptions.toArray()) {
    let view: SubscriptionView = s;
    if (pending) {
      const parsed = parsePack(pending.text, lang);
      const current = s.packId ? await readWholePack(db, s.packId) : undefined;
      if (parsed.ok) view = { ...s, pending: { version: pending.version, diff: diffPacks(current?.pack, parsed.pack) } };
    }
    subscriptions.push(view);
  }
  const loaded = (await Promise.all(active.map((id) => loadPack(db, id)))).filter((p) => p !== undefined);
  return { packs, active, subscriptions, conflicts: loaded.length ? mergePacks(loaded).conflicts : [] };
}

async function preview(db: CordialDb, text: string, lang: 'es' | 'en'): Promise<PackPreview> {
  const result = parsePack(text, lang);
  if (!result.ok) return { ok: false, errors: result.errors.map(formatIssue) };
  const current = await readWholePack(db, result.pack.id);
  return {
    ok: true,
    id: result.pack.id,
    name: result.pack.name,
    version: result.pack.version,
    replies: result.pack.replies.length,
    diff: diffPacks(current?.pack, result.pack),
    warnings: result.warnings.map(formatIssue),
    installed: current?.record.version,
  };
}

/** An install that could not be written: nothing changed (one transaction), and the agent is told why. */
const STORAGE_FAILED = {
  es: { full: 'no queda espacio en el disco (o en el del navegador); no se ha cambiado nada', failed: 'no se pudo guardar; no se ha cambiado nada' },
  en: { full: 'the disk (or the browser’s storage) is full; nothing was changed', failed: 'it could not be saved; nothing was changed' },
} as const;

const fetchFailure = (error: unknown) => (error instanceof PackFetchError ? error.problem + (error.detail ? `: ${error.detail}` : '') : String((error as Error)?.message ?? error));

/** The pack lifecycle's messages, for extension pages (the options page). Every change makes sidebars reload. */
export function packHandlers(db: CordialDb, broadcast: (change: LibraryChange) => void): Handlers<BackgroundProtocol> {
  const reload = () => broadcast({ reload: true });
  return {
    'packs:list': ({ lang }) => packsOverview(db, lang),
    'packs:preview': ({ text, lang }) => preview(db, String(text), lang),
    'packs:fetch': async ({ url, lang }) => {
      try {
        const fetched = await fetchPackText(String(url));
        // Asked without validators, so a 304 would be a misbehaving server.
        if (fetched.status !== 'ok') return { ok: false, errors: ['http: 304'] };
        return { text: fetched.text, preview: await preview(db, fetched.text, lang), validators: { etag: fetched.etag, lastModified: fetched.lastModified } };
      } catch (error) {
        return { ok: false, errors: [fetchFailure(error)] };
      }
    },
    'packs:install': async ({ text, source, url, lang }) => {
      const result = parsePack(String(text), lang);
      if (!result.ok) return { ok: false, errors: result.errors.map(formatIssue) };
      try {
        await installPack(db, result.pack, source === 'url' ? 'url' : 'file', { url, lang });
      } catch (error) {
        return { ok: false, errors: [STORAGE_FAILED[lang][failure(error).error === 'full' ? 'full' : 'failed']] };
      }
      reload();
      return { ok: true, id: result.pack.id, version: result.pack.version };
    },
    'packs:subscribe': async ({ url, lang, text, validators }) => {
      const reviewed = typeof text === 'string' ? { reviewedText: text, reviewedValidators: { etag: validators?.etag, lastModified: validators?.lastModified } } : {};
      const outcome = await subscribe(db, String(url), false, { lang, ...reviewed }).catch((error: unknown) => ({ status: 'failed' as const, problem: 'bad-url' as const, detail: fetchFailure(error) }));
      if (outcome.status === 'installed') reload();
      return outcome;
    },
    'packs:unsubscribe': ({ url }) => unsubscribe(db, String(url)),
    'packs:refresh': async ({ url, lang }) => {
      const outcomes = url ? { [url]: await refreshSubscription(db, url, { lang }) } : await refreshAll(db, { lang });
      if (Object.values(outcomes).some((o) => o.status === 'installed')) reload();
      return outcomes;
    },
    'packs:apply-pending': async ({ url, lang }) => {
      const outcome = await applyPending(db, String(url), lang);
      if (outcome.status === 'installed') reload();
      return outcome;
    },
    'packs:rollback': async ({ id }) => {
      const version = await rollbackPack(db, String(id));
      reload();
      return version;
    },
    'packs:remove': async ({ id }) => {
      const sub = (await db.subscriptions.where('packId').equals(String(id)).toArray())[0];
      if (sub?.managed) return false;
      await removePack(db, String(id));
      if (sub) await db.subscriptions.delete(sub.url);
      reload();
      return true;
    },
    'packs:set-active': async ({ ids }) => {
      const installed = new Set((await db.packs.toArray()).map((p) => p.id));
      const clean = (Array.isArray(ids) ? ids : []).filter((id, i, all): id is string => typeof id === 'string' && installed.has(id) && all.indexOf(id) === i);
      if (clean.length === 0) return false;
      await setSetting(db, 'activePackIds', clean);
      reload();
      return true;
    },
    'packs:export': async ({ id }) => (await readWholePack(db, String(id)))?.pack ?? null,
    'backup:export': () => exportBackup(db),
    'backup:import': async ({ text, lang }) => {
      const result = await importBackup(db, String(text), lang).catch((error: unknown) => ({ ok: false as const, errors: [String((error as Error)?.message ?? error)] }));
      if (result.ok) reload();
      return result;
    },
  };
}
