import { sessionArea as session } from '@/utils/session-area';

/**
 * Which frame of each tab holds the reply box the agent focused last. Reply boxes live in subframes on some sites
 * (Proton Mail, Zoho Desk); the sidebar must insert there, not in the top page. Kept in `storage.session` so an MV3
 * service worker that sleeps and wakes still knows (and nothing of it survives the browser session).
 */
const KEY = 'composerFrames';

type FrameMap = Record<string, { frameId: number; at: number }>;


async function read(): Promise<FrameMap> {
  const stored = await session().get(KEY);
  return (stored[KEY] as FrameMap | undefined) ?? {};
}

export async function rememberComposerFrame(tabId: number, frameId: number, at = Date.now()): Promise<void> {
  const frames = await read();
  frames[String(tabId)] = { frameId, at };
  await session().set({ [KEY]: frames });
}

export async function composerFrame(tabId: number): Promise<number> {
  return (await read())[String(tabId)]?.frameId ?? 0;
}

export async function forgetTab(tabId: number): Promise<void> {
  const frames = await read();
  if (!(String(tabId) in frames)) return;
  delete frames[String(tabId)];
  await session().set({ [KEY]: frames });
}
