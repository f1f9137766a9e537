import { useRef, useState } from 'preact/hooks';
import type { UiStrings } from '@/utils/i18n';

/** A span of the draft: offsets into the text the checklist was computed on, and its words. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ToneItemView {
  id: string;
  label: string;
  explanation: string;
  state: 'pass' | 'fail' | 'na' | 'manual';
  /** The exact words of the draft behind the verdict. */
  evidence: Span[];
  /** The pack's kinder alternatives for failing phrases: one click replaces the words in the reply box. */
  suggestions?: Array<Span & { replacement: string }>;
  message?: string;
  /** For manual items: the agent ticked it. */
  ticked?: boolean;
}

interface Props {
  items: readonly ToneItemView[];
  t: UiStrings;
  onTick: (id: string, ticked: boolean) => void;
  /** Pointing at (or focusing) a verdict shows its words in the reply box; leaving clears them. */
  onHighlight?: (spans: Span[] | null) => void;
  onReplace?: (span: Span, replacement: string) => void;
  /**
   * The agent's pointer is over the sidebar: do not fold or unfold on our own now, or everything below (the replies)
   * jumps under it between two clicks on «Insertar». The change waits until the pointer leaves.
   */
  holdLayout?: boolean;
}

const ICON: Record<ToneItemView['state'], string> = { pass: '✓', fail: '!', na: '–', manual: '?' };

/**
 * Every tone rule with its verdict and the words that triggered it; rules text cannot judge are ticked by hand.
 * Before the draft has any verdict the section stays folded (a column of «no aplica» would push the replies out of
 * sight) and unfolds with the first one — once the pointer is off the sidebar; once the agent folds or unfolds it,
 * that choice wins.
 */
export function ToneChecklist({ items, t, onTick, onHighlight, onReplace, holdLayout = false }: Props) {
  const show = (spans: Span[]) => spans.length && onHighlight?.(spans);
  const hide = () => onHighlight?.(null);
  const idle = items.every((item) => item.state === 'na' || (item.state === 'manual' && !item.ticked));
  const [chosen, setChosen] = useState<boolean | null>(null);
  const automatic = useRef(!idle);
  if (!holdLayout) automatic.current = !idle;
  const open = chosen ?? automatic.current;
  return (
    <details
      class="section tone"
      data-testid="tone"
      open={open}
      // Fired for our own changes of `open` too (after this render, so `open` is already the new value): only a
      // difference is the agent's doing.
      onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open !== open && setChosen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary class="section-title">{idle ? t.toneIdle : t.toneSummary(items.filter((i) => i.state === 'fail').length)}</summary>
      <ul class="tone-list">
        {items.map((item) => (
          <li
            key={item.id}
            class={`tone-item tone-${item.state}`}
            data-testid="tone-item"
            data-rule-id={item.id}
            data-state={item.state}
            title={item.explanation}
            onMouseEnter={() => show(item.evidence)}
            onMouseLeave={hide}
            onFocusIn={() => show(item.evidence)}
            onFocusOut={hide}
          >
            <span class="tone-icon" aria-hidden="true">
              {item.state === 'manual' && item.ticked ? '✓' : ICON[item.state]}
            </span>
            <span class="tone-body">
              {item.state === 'manual' ? (
                <label class="tone-label">
                  <input type="checkbox" checked={!!item.ticked} onChange={(e) => onTick(item.id, (e.currentTarget as HTMLInputElement).checked)} /> {item.label}
                </label>
              ) : (
                <span class="tone-label">
                  {item.label}
                  <span class="sr-only"> — {t.toneState[item.state]}</span>
                </span>
              )}
              {item.evidence.length > 0 && (
                <span class="evidence" data-testid="tone-evidence">
                  {item.evidence.map((span, i) => (
                    <q key={i} tabIndex={0}>
                      {span.text}
                    </q>
                  ))}
                </span>
              )}
              {item.state === 'fail' &&
                item.suggestions?.map((s, i) => (
                  <button key={i} type="button" class="replace" data-testid="tone-replace" onMouseDown={(e) => e.preventDefault()} onClick={() => onReplace?.(s, s.replacement)}>
                    {t.replaceWith(s.text, s.replacement)}
                  </button>
                ))}
              {item.state === 'fail' && item.message && <span class="tone-message">{item.message}</span>}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
