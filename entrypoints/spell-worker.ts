import { startSpellWorker } from '@/utils/spelling/worker';

/** The spelling worker's script (started with `new Worker`, never injected into a page). */
export default defineUnlistedScript(() => {
  startSpellWorker(self as unknown as Parameters<typeof startSpellWorker>[0]);
});
