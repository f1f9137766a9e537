import { render } from 'preact';
import { ReplyPicker, type PickerItem } from '@/components/ReplyPicker';
import type { DraftSpan } from '@/utils/content/text-ranges';
import type { LibrarySnapshot } from '@/utils/db/library';
import { strings, uiLanguage } from '@/utils/i18n';
import { askSidebars, handleMessages, openFrameInbox, sendToBackground, type PickerProtocol } from '@/utils/messaging';
import { ReplyIndex } from '@/utils/search';
import { pickReplies } from '@/utils/sidebar/picker-results';
import { PICKER_TOKEN_PREFIX, listenForSecrets } from '@/utils/sidebar/key-message';
import '@/components/picker.css';

/**
 * The shortcut picker, in an iframe at the caret of a reply box. It answers only the content script that created it
 * (the token that script posted it; utils/sidebar/key-message.ts) and the agent's clicks; the page can neither read it
 * nor drive it. Choosing a reply asks the tab's docked sidebar to expand it, exactly as a typed shortcut does (fill-in
 * form, usage count included).
 */
// Every candidate the parent window posts (the page may post forged ones too; no request of the content script
// carries those). Listening starts with the page's first script: the token comes on the frame's load event.
const tokens = new Set<string>();
listenForSecrets(PICKER_TOKEN_PREFIX, (token) => token && tokens.add(token));
const lang = uiLanguage();
const t = strings(lang);
document.documentElement.lang = lang;
// Firefox: framed in a page, this page hears its messages through the background (utils/messaging.ts).
openFrameInbox();

let library: { snapshot: LibrarySnapshot; index: ReplyIndex<LibrarySnapshot['replies'][number]>; trigger: string; at: number } | null = null;
let items: PickerItem[] = [];
let active = 0;
/** Where the typed text is: the reply box's frame and the span of trigger + word. */
let origin: { frameId: number; span: DraftSpan } | null = null;

/** The library as of this opening (edits and a new trigger show up the next time the agent types the trigger). */
async function load() {
  if (library && Date.now() - library.at < 5_000) return library;
  const [snapshot, { trigger }] = await Promise.all([sendToBackground('library:load', { lang }), sendToBackground('settings:get-shortcuts', undefined)]);
  library = { snapshot, index: new ReplyIndex(snapshot.replies), trigger, at: Date.now() };
  return library;
}

function draw() {
  render(
    <ReplyPicker
      items={items}
      active={active}
      trigger={library?.trigger ?? ''}
      t={t}
      onChoose={(index) => void choose(index)}
      onActive={(index) => {
        active = index;
        draw();
      }}
    />,
    document.getElementById('app')!,
  );
}

async function choose(index: number): Promise<boolean> {
  const item = items[index];
  if (!item || !origin) return false;
  return !!(await askSidebars('shortcut:expand', { span: origin.span, replyKey: item.key, frameId: origin.frameId }));
}

handleMessages<PickerProtocol>(
  {
    'picker:show': async ({ query, span }, sender) => {
      origin = { frameId: sender.frameId ?? 0, span };
      const { snapshot, index } = await load();
      const usage = new Map(Object.entries(snapshot.uses).map(([key, uses]) => [key, { uses, lastUsedAt: snapshot.lastUsed[key] ?? 0 }]));
      items = pickReplies(index, snapshot.replies, query, { usage }).map(({ key, title, shortcut }) => ({ key, title, shortcut }));
      active = 0;
      draw();
      return true as const;
    },
    'picker:key': async ({ key, span }, sender) => {
      if (key === 'Enter') {
        origin = { frameId: sender.frameId ?? 0, span };
        return choose(active);
      }
      if (items.length) active = (active + (key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      draw();
      return false;
    },
  },
  // Only the content script that opened this picker (same token), from a tab; never another page or frame.
  (sender, payload) => sender.tab?.id !== undefined && tokens.has((payload as { token?: unknown } | null)?.token as string),
);
