import type { UiStrings } from '@/utils/i18n';
import type { Span } from './ToneChecklist';

interface Props {
  /** Unfilled markers of the draft, with offsets into it (see utils/replies/unfilled-markers.ts). */
  markers: readonly Span[];
  t: UiStrings;
  /** Pointing at (or focusing) a marker shows every place it appears in the reply box; leaving clears them. */
  onHighlight?: (spans: Span[] | null) => void;
}

/** Blanks such as «[número de pedido]» or `{{plazo}}` still in the draft: sending them would show the customer a template. */
export function UnfilledWarning({ markers, t, onHighlight }: Props) {
  // One entry per distinct marker: «[fecha]» written three times is one thing to fix, shown in three places.
  const groups = new Map<string, Span[]>();
  for (const marker of markers) groups.set(marker.text, [...(groups.get(marker.text) ?? []), marker]);
  const hide = () => onHighlight?.(null);
  return (
    <section class="notice notice-warning unfilled" data-testid="unfilled-warning" aria-live="polite">
      <p class="unfilled-title">{t.unfilledTitle(groups.size)}</p>
      <ul class="unfilled-list">
        {[...groups].map(([text, spans]) => (
          <li key={text}>
            <q data-testid="unfilled-marker" tabIndex={0} onMouseEnter={() => onHighlight?.(spans)} onMouseLeave={hide} onFocus={() => onHighlight?.(spans)} onBlur={hide}>
              {text}
            </q>
          </li>
        ))}
      </ul>
      <p class="unfilled-hint">{t.unfilledHint}</p>
    </section>
  );
}
