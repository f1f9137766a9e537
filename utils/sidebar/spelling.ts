/**
 * The sidebar's spelling: sends the draft to the one engine (through the background, which adds the personal words),
 * lists what it finds, underlines it in the reply box, and fixes, ignores or adds a word on the agent's say.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SpellLangChoice, SpellingItemView, SpellingListProps } from '@/components/SpellingList';
import type { UiStrings } from '@/utils/i18n';
import { handleMessages, sendToBackground, type SidebarProtocol } from '@/utils/messaging';
import { detectLanguage } from '@/utils/spelling/language';
import type { SpellCheckResult } from '@/utils/spelling/protocol';
import { isSpellLang, type SpellLang } from '@/utils/spelling/types';
import type { TabLink } from './tab-link';

/** On top of the content script's own debounce: coalesces a burst of draft updates into one check. */
const CHECK_DELAY_MS = 120;

export interface SpellingInput {
  t: UiStrings;
  link: TabLink;
  draft: string;
  /** The active pack's locale («es», «en-GB») and dictionary (brands, products). */
  locale: string | undefined;
  packWords: readonly string[] | undefined;
  /** Whether a supported page is attached (no page, no check). */
  active: boolean;
  notify: (notice: { kind: 'info' | 'error'; text: string }) => void;
  /** A fix landed in the reply box (counted in the statistics). */
  onFixed?: () => void;
}

/** The draft's language: the agent's choice, else the draft's own when clear, else the pack's. */
export function resolveLanguage(choice: SpellLangChoice, draft: string, locale: string | undefined): SpellLang {
  if (choice !== 'auto') return choice;
  const base = (locale ?? 'es').slice(0, 2).toLowerCase();
  return detectLanguage(draft) ?? (isSpellLang(base) ? base : 'es');
}

export function useSpelling({ t, link, draft, locale, packWords, active, notify, onFixed }: SpellingInput): SpellingListProps | undefined {
  const [choice, setChoice] = useState<SpellLangChoice>('auto');
  const [result, setResult] = useState<{ text: string; check: SpellCheckResult } | null>(null);
  const [status, setStatus] = useState<SpellingListProps['status']>('loading');
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [muted, setMuted] = useState(false);
  const [otherChecker, setOtherChecker] = useState<string | null>(null);
  // Bumped when the personal dictionary changes in any tab: the draft is checked again.
  const [wordsVersion, setWordsVersion] = useState(0);
  const requestId = useRef(0);
  const lang = resolveLanguage(choice, draft, locale);

  useEffect(() => {
    if (!active) return;
    const id = ++requestId.current;
    const timer = setTimeout(() => {
      sendToBackground('spell:check', { text: draft, lang, words: packWords ? [...packWords] : [] })
        .then((check) => {
          if (id !== requestId.current) return;
          setResult({ text: draft, check });
          setStatus('ready');
        })
        .catch(() => id === requestId.current && setStatus('error'));
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [active, draft, lang, packWords, wordsVersion]);

  // While the agent types, the list keeps the last answer (no flicker) until the next one, a few ms after each pause;
  // underlines move only with a fresh answer. A fix on a stale item is verified in the page and refused if the words
  // moved.
  const fresh = !!result && result.text === draft;
  const items: SpellingItemView[] = useMemo(() => {
    if (!result) return [];
    return result.check.issues
      .filter((issue) => !ignored.has(issue.text.toLowerCase()))
      .map((issue) => ({
        key: `${issue.start}:${issue.text}`,
        start: issue.start,
        end: issue.end,
        text: issue.text,
        kind: issue.kind,
        suggestions: issue.suggestions,
        why: t.spelling.why[issue.rule ?? 'spelling'] ?? t.spelling.why.spelling!,
      }));
  }, [result, ignored, t]);

  const itemsRef = useRef(items);
  itemsRef.current = items;

  useEffect(() => {
    if (!active || !fresh) return;
    const spans = items.map(({ start, end, text }) => ({ start, end, text }));
    if (muted || spans.length === 0) {
      void link.toComposer('spelling:clear', undefined).catch(() => undefined);
      return;
    }
    void link
      .toComposer('spelling:show', { spans })
      .then((answer) => answer && setOtherChecker(answer.otherChecker))
      .catch(() => undefined);
  }, [active, items, muted, fresh]);

  useEffect(
    () =>
      handleMessages<SidebarProtocol>(
        {
          'spelling:words-changed': (_payload, sender) => {
            // Only the background announces dictionary changes.
            if (sender.tab === undefined) setWordsVersion((v) => v + 1);
          },
          'spelling:clicked': ({ offset }, sender) => {
            if (sender.tab?.id !== link.tabId || typeof offset !== 'number') return;
            const item = itemsRef.current.find((i) => i.start === offset);
            if (item) setSelected(item.key);
          },
        },
        // Each handler checks its own sender: the background (no tab) or this sidebar's tab.
        () => true,
      ),
    [link],
  );

  if (!active) return undefined;

  const onFix = async (item: SpellingItemView, replacement: string) => {
    setSelected(null);
    const answer = await link.toComposer('spelling:fix', { span: { start: item.start, end: item.end, text: item.text }, replacement }).catch(() => null);
    notify(answer?.ok ? { kind: 'info', text: t.spelling.fixed(item.text, replacement) } : { kind: 'error', text: t.spelling.fixFailed });
    if (answer?.ok) onFixed?.();
  };

  return {
    status,
    items,
    lang,
    choice,
    onChoice: setChoice,
    selected,
    onSelect: setSelected,
    onFix: (item, replacement) => void onFix(item, replacement),
    onIgnore: (item) => {
      setSelected(null);
      setIgnored((prev) => new Set(prev).add(item.text.toLowerCase()));
    },
    onAdd: (item) => {
      setSelected(null);
      void sendToBackground('spell:add-word', { word: item.text })
        .then(() => notify({ kind: 'info', text: t.spelling.added(item.text) }))
        .catch(() => notify({ kind: 'error', text: t.spelling.failed }));
    },
    otherChecker,
    muted,
    onMute: setMuted,
  };
}
