import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EditableElement } from '@/utils/dom/editable';
import { sendToSidebars, type ContentProtocol, type Handlers, type InsertResult } from '@/utils/messaging';
import type { DraftSpan } from './text-ranges';

type SpellingMarks = typeof import('./spelling-marks');
const loaded = () => (globalThis as { cordialSpellingMarks?: SpellingMarks }).cordialSpellingMarks;

/**
 * The underlines themselves (entrypoints/spelling-marks.ts) load on the first misspelling: the content script runs
 * on every supported page and must stay small.
 */
async function marks(): Promise<SpellingMarks | undefined> {
  if (!loaded()) await import(/* @vite-ignore */ browser.runtime.getURL('/spelling-marks.js')).catch(() => undefined);
  return loaded();
}

/**
 * The content script's spelling messages, and a click in an underlined word telling the sidebar to show its
 * suggestions. `composer` gives the agent's reply box (if still in the page) and its draft; `replace` is the
 * insertion chain's range replacement.
 */
export function spellingContent(
  ctx: Pick<ContentScriptContext, 'addEventListener'>,
  composer: () => { el: EditableElement | undefined; draft: string },
  replace: (span: DraftSpan, replacement: string) => Promise<InsertResult>,
): Pick<Handlers<ContentProtocol>, 'spelling:show' | 'spelling:clear' | 'spelling:fix'> {
  ctx.addEventListener(document, 'click', () => {
    // No underlines yet means nothing to click on: the module is not even loaded.
    const m = loaded();
    const { el } = composer();
    const span = m && el && m.spellingSpanAtCaret(el);
    if (span) void sendToSidebars('spelling:clicked', { offset: span.start });
  });
  return {
    'spelling:show': async ({ spans }) => {
      const { el, draft } = composer();
      if (spans.length === 0 && !loaded()) return { shown: 0, otherChecker: null };
      const m = await marks();
      return { shown: m && el?.isConnected ? m.showSpelling(el, draft, spans) : 0, otherChecker: m?.otherChecker() ?? null };
    },
    'spelling:clear': () => loaded()?.clearSpelling(),
    'spelling:fix': async ({ span, replacement }) => {
      const { el, draft } = composer();
      const m = await marks();
      return m && el?.isConnected ? m.withCaretKept(el, draft, span, replacement, () => replace(span, replacement)) : replace(span, replacement);
    },
  };
}
