import type { UiStrings } from '@/utils/i18n';

export type SpellLangChoice = 'auto' | 'es' | 'en';

export interface SpellingItemView {
  /** Stable while the draft does not change: `${start}:${text}`. */
  key: string;
  start: number;
  end: number;
  text: string;
  kind: 'spelling' | 'accent';
  suggestions: readonly string[];
  /** Why it is flagged (a rule's explanation for accents). */
  why: string;
}

export interface SpellingListProps {
  status: 'loading' | 'ready' | 'error';
  items: readonly SpellingItemView[];
  /** The language the draft is checked in, and the agent's choice (auto: the pack's locale or the draft's own). */
  lang: 'es' | 'en';
  choice: SpellLangChoice;
  onChoice: (choice: SpellLangChoice) => void;
  /** The item whose suggestions are open. */
  selected: string | null;
  onSelect: (key: string | null) => void;
  onFix: (item: SpellingItemView, replacement: string) => void;
  onIgnore: (item: SpellingItemView) => void;
  onAdd: (item: SpellingItemView) => void;
  /** Grammarly or LanguageTool is active on the page. */
  otherChecker: string | null;
  muted: boolean;
  onMute: (muted: boolean) => void;
}

/** The misspelled words of the draft; a word opens its suggestions, a suggestion fixes it in the reply box. */
export function SpellingList(props: SpellingListProps & { t: UiStrings }) {
  const { t, items } = props;
  const s = t.spelling;
  const keep = (e: Event) => e.preventDefault(); // the caret stays in the reply box
  return (
    <details class="section spelling" open data-testid="spelling" data-status={props.status} data-lang={props.lang}>
      <summary class="section-title">{s.title(items.length)}</summary>
      <div class="spelling-bar">
        <label>
          {s.language}{' '}
          <select data-testid="spelling-lang" value={props.choice} onChange={(e) => props.onChoice((e.currentTarget as HTMLSelectElement).value as SpellLangChoice)}>
            <option value="auto">{s.auto(s.langName[props.lang] ?? props.lang)}</option>
            <option value="es">{s.langName.es}</option>
            <option value="en">{s.langName.en}</option>
          </select>
        </label>
      </div>
      {props.otherChecker && (
        <p class="spelling-other" data-testid="spelling-other">
          {s.otherChecker(props.otherChecker)}{' '}
          <button type="button" class="link" data-testid="spelling-mute" onMouseDown={keep} onClick={() => props.onMute(!props.muted)}>
            {props.muted ? s.unmute : s.mute}
          </button>
        </p>
      )}
      {props.status === 'loading' && items.length === 0 && <p class="empty">{s.loading}</p>}
      {props.status === 'error' && <p class="empty">{s.failed}</p>}
      {props.status === 'ready' && items.length === 0 && <p class="empty spelling-none">{s.none}</p>}
      {items.length > 0 && (
        <ul class="spelling-list">
          {items.map((item) => {
            const open = props.selected === item.key;
            return (
              <li key={item.key} class={`spelling-item spelling-${item.kind}`} data-testid="spelling-issue" data-word={item.text} data-kind={item.kind} data-open={open ? 'true' : 'false'}>
                <button type="button" class="spelling-word" data-testid="spelling-word" aria-expanded={open} title={s.show(item.text)} onMouseDown={keep} onClick={() => props.onSelect(open ? null : item.key)}>
                  {item.text}
                </button>
                {item.suggestions[0] && !open && <span class="spelling-hint">→ {item.suggestions[0]}</span>}
                {open && (
                  <div class="spelling-open">
                    <span class="spelling-why">{item.why}</span>
                    <span class="spelling-suggestions">
                      {item.suggestions.length === 0 && <span class="spelling-hint">{s.noSuggestions}</span>}
                      {item.suggestions.map((suggestion) => (
                        <button key={suggestion} type="button" class="replace" data-testid="spelling-suggestion" data-value={suggestion} title={s.replaceWith(suggestion)} onMouseDown={keep} onClick={() => props.onFix(item, suggestion)}>
                          {suggestion}
                        </button>
                      ))}
                    </span>
                    <span class="spelling-actions">
                      <button type="button" class="link" data-testid="spelling-ignore" onMouseDown={keep} onClick={() => props.onIgnore(item)}>
                        {s.ignore}
                      </button>
                      {item.kind === 'spelling' && (
                        <button type="button" class="link" data-testid="spelling-add" onMouseDown={keep} onClick={() => props.onAdd(item)}>
                          {s.addToDictionary}
                        </button>
                      )}
                    </span>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
