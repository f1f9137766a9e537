import { BUILTIN_PACKS } from '@/protocols/builtin';
import { validatePack, formatIssue } from '@/protocols/validate';
import { putPack } from './packs';
import type { CordialDb } from './schema';

/**
 * Installs the built-in packs that are missing or older than the ones shipped. Idempotent: the background runs it on
 * install, the sidebar again on open (in case the worker has not yet), and a second run changes nothing.
 */
export async function seedBuiltinPacks(db: CordialDb): Promise<{ installed: string[] }> {
  const installed: string[] = [];
  for (const raw of BUILTIN_PACKS) {
    const result = validatePack(raw, 'en');
    // A built-in pack that fails its own schema is a build defect; the unit tests catch it before release.
    if (!result.ok) throw new Error(`built-in pack is invalid: ${result.errors.map(formatIssue).join('; ')}`);
    const stored = await db.packs.get(result.pack.id);
    if (stored && stored.version === result.pack.version && stored.source === 'builtin') continue;
    if (stored && stored.source !== 'builtin') continue; // a team's import under the same id wins
    await putPack(db, result.pack, 'builtin');
    installed.push(result.pack.id);
  }
  return { installed };
}
