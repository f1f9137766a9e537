import { parsePack, formatIssue } from '@/protocols/validate';
import type { CordialDb, SubscriptionRecord } from '@/utils/db/schema';
import { diffPacks, type PackDiff } from './diff';
import { checkPackUrl, fetchPackText, PackFetchError, type FetchProblem } from './fetch-pack';
import { installPack, readWholePack } from './install';

export type RefreshOutcome =
  | { status: 'installed'; packId: string; version: string; diff: PackDiff }
  /** A newer version waits for the agent to read what changes and accept it. */
  | { status: 'pending'; packId: string; version: string; diff: PackDiff }
  | { status: 'unchanged' }
  | { status: 'failed'; problem: FetchProblem | 'invalid' | 'other-pack'; detail: string };

interface Options {
  fetchImpl?: typeof fetch;
  now?: number;
  lang?: 'es' | 'en';
  /** Install without waiting for the agent (the first subscription, confirmed in the UI; policy-managed ones). */
  apply?: boolean;
  /** The text the agent previewed before subscribing: installed as it is, not fetched again. */
  reviewedText?: string;
  /** The ETag / Last-Modified that text was served with, so the next refresh asks «changed since?». */
  reviewedValidators?: PackValidators;
}

export interface PackValidators {
  etag?: string;
  lastModified?: string;
}

/** Adds (or re-adds) a subscription and fetches it once. `managed`: listed by the organisation's policy. */
export async function subscribe(db: CordialDb, url: string, managed: boolean, options: Options = {}): Promise<RefreshOutcome> {
  const address = checkPackUrl(url).href;
  const now = options.now ?? Date.now();
  const existing = await db.subscriptions.get(address);
  await db.subscriptions.put({ ...(existing ?? { addedAt: now }), url: address, managed: managed || existing?.managed === true });
  if (options.reviewedText !== undefined) return installReviewed(db, address, options.reviewedText, options.reviewedValidators ?? {}, now, options.lang ?? 'es');
  return refreshSubscription(db, address, { ...options, apply: options.apply ?? true });
}

/**
 * Installs the exact version the agent previewed. Fetching again here would let a server show one pack and serve
 * another. The validators it came with make the next refresh a conditional one; any other version is staged for review.
 */
function installReviewed(db: CordialDb, url: string, text: string, validators: PackValidators, now: number, lang: 'es' | 'en'): Promise<RefreshOutcome> {
  const { etag, lastModified } = validators;
  return installText(db, url, text, lang, now, { etag, lastModified, lastAttemptAt: now, lastSuccessAt: now, lastError: undefined });
}

/** Parses `text`, installs it as the subscription's pack and records `change` on the subscription (no update left pending). */
async function installText(db: CordialDb, url: string, text: string, lang: 'es' | 'en', now: number, change: Partial<SubscriptionRecord>): Promise<RefreshOutcome> {
  const result = parsePack(text, lang);
  if (!result.ok) return { status: 'failed', problem: 'invalid', detail: result.errors.slice(0, 3).map(formatIssue).join('; ') };
  const record = await db.subscriptions.get(url);
  if (record?.packId && record.packId !== result.pack.id) return { status: 'failed', problem: 'other-pack', detail: result.pack.id };
  const current = await readWholePack(db, result.pack.id);
  const diff = diffPacks(current?.pack, result.pack);
  await installPack(db, result.pack, 'url', { url, now, lang });
  await db.subscriptions.update(url, { ...change, packId: result.pack.id, pending: undefined });
  return { status: 'installed', packId: result.pack.id, version: result.pack.version, diff };
}

export async function unsubscribe(db: CordialDb, url: string): Promise<boolean> {
  const record = await db.subscriptions.get(url);
  if (!record || record.managed) return false;
  await db.subscriptions.delete(url);
  return true;
}

/**
 * Fetches one subscription (conditionally) and applies or stages what it serves. A failure changes nothing but the
 * record's `lastError`: the installed pack stays as it was, and the UI shows when the last success was.
 */
export async function refreshSubscription(db: CordialDb, url: string, options: Options = {}): Promise<RefreshOutcome> {
  const now = options.now ?? Date.now();
  const lang = options.lang ?? 'es';
  const record = await db.subscriptions.get(url);
  if (!record) return { status: 'failed', problem: 'bad-url', detail: 'not subscribed' };
  const fail = async (problem: Extract<RefreshOutcome, { status: 'failed' }>['problem'], detail: string): Promise<RefreshOutcome> => {
    await db.subscriptions.update(url, { lastAttemptAt: now, lastError: detail ? `${problem}: ${detail}` : problem });
    return { status: 'failed', problem, detail };
  };
  let fetched;
  try {
    // Validators only once the pack is installed: otherwise a 304 would leave the agent with nothing.
    const installed = record.packId ? await db.packs.get(record.packId) : undefined;
    fetched = await fetchPackText(url, installed ? { etag: record.etag, lastModified: record.lastModified } : {}, { fetchImpl: options.fetchImpl });
  } catch (error) {
    if (error instanceof PackFetchError) return fail(error.problem, error.detail);
    return fail('network', String((error as Error)?.message ?? error));
  }
  if (fetched.status === 'not-modified') {
    await db.subscriptions.update(url, { lastAttemptAt: now, lastSuccessAt: now, lastError: undefined });
    return { status: 'unchanged' };
  }
  const result = parsePack(fetched.text, lang);
  if (!result.ok) return fail('invalid', result.errors.slice(0, 3).map(formatIssue).join('; '));
  const pack = result.pack;
  // An address that used to serve one pack and now serves another is a mistake on the server, not an update.
  if (record.packId && record.packId !== pack.id) return fail('other-pack', pack.id);
  const current = await readWholePack(db, pack.id);
  const diff = diffPacks(current?.pack, pack);
  const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  if (current && current.record.version === pack.version && diff.same) {
    await db.subscriptions.update(url, { ...validators, packId: pack.id, lastAttemptAt: now, lastSuccessAt: now, lastError: undefined });
    return { status: 'unchanged' };
  }
  if (current && !options.apply && !record.managed) {
    await db.subscriptions.update(url, { ...validators, packId: pack.id, lastAttemptAt: now, lastSuccessAt: now, lastError: undefined, pending: { version: pack.version, text: fetched.text, fetchedAt: now } });
    return { status: 'pending', packId: pack.id, version: pack.version, diff };
  }
  await installPack(db, pack, 'url', { url, now, lang });
  await db.subscriptions.update(url, { ...validators, packId: pack.id, lastAttemptAt: now, lastSuccessAt: now, lastError: undefined, pending: undefined });
  return { status: 'installed', packId: pack.id, version: pack.version, diff };
}

/** Installs the update a subscription staged, after the agent read its changes. */
export async function applyPending(db: CordialDb, url: string, lang: 'es' | 'en' = 'es', now = Date.now()): Promise<RefreshOutcome> {
  const record = await db.subscriptions.get(url);
  if (!record?.pending) return { status: 'unchanged' };
  return installText(db, url, record.pending.text, lang, now, {});
}

/** Refreshes every subscription, one after the other (a team has a handful; no need to hammer servers). */
export async function refreshAll(db: CordialDb, options: Options = {}): Promise<Record<string, RefreshOutcome>> {
  const out: Record<string, RefreshOutcome> = {};
  for (const record of await db.subscriptions.toArray()) out[record.url] = await refreshSubscription(db, record.url, { ...options, apply: false });
  return out;
}

/**
 * Makes the subscriptions match the organisation's policy: listed addresses are subscribed and marked managed; an
 * address the policy no longer lists goes back to being an ordinary subscription the agent may remove.
 */
export async function syncManagedSubscriptions(db: CordialDb, urls: readonly string[], options: Options = {}): Promise<boolean> {
  let installed = false;
  const wanted = new Set<string>();
  for (const url of urls) {
    try {
      wanted.add(checkPackUrl(url).href);
    } catch {
      // A bad address in the policy is the administrator's to fix; it must not stop the valid ones.
    }
  }
  for (const record of await db.subscriptions.toArray()) {
    if (record.managed && !wanted.has(record.url)) await db.subscriptions.update(record.url, { managed: false });
  }
  for (const url of wanted) {
    const existing = await db.subscriptions.get(url);
    if (existing?.managed && existing.packId) continue;
    if ((await subscribe(db, url, true, options)).status === 'installed') installed = true;
  }
  return installed;
}
