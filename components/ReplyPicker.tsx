import type { UiStrings } from '@/utils/i18n';

export interface PickerItem {
  key: string;
  title: string;
  shortcut?: string;
}

interface Props {
  items: readonly PickerItem[];
  active: number;
  /** The trigger, shown before each shortcut (`;gracias`). */
  trigger: string;
  t: UiStrings;
  onChoose: (index: number) => void;
  onActive: (index: number) => void;
}

/** Row height in px: the content script sizes the picker's iframe for six of them (utils/content/shortcut-keys.ts). */
export const PICKER_ROW = 40;

/**
 * The picker next to the caret: titles and shortcuts only, at most six, or «Sin resultados» (the frame keeps its size,
 * which the page can read, so nothing in it may depend on what matched). The keyboard stays in the reply box (the
 * content script forwards the arrows and Enter); a click chooses without taking the caret away.
 */
export function ReplyPicker({ items, active, trigger, t, onChoose, onActive }: Props) {
  const current = items[active];
  return (
    <>
      {/* The focus stays in the page's reply box, so the active option is also announced from here. */}
      <p class="sr-only" role="status" data-testid="picker-status">
        {current ? t.pickerActive(current.title, active + 1, items.length) : t.pickerEmpty}
      </p>
      {!items.length ? (
        <p class="picker-empty" data-testid="picker-empty" style={{ height: `${PICKER_ROW}px` }}>
          {t.pickerEmpty}
        </p>
      ) : (
        <ul class="picker" role="listbox" aria-label={t.pickerLabel} data-testid="picker">
          {items.map((item, index) => (
            <li
              key={item.key}
              class={index === active ? 'picker-option picker-active' : 'picker-option'}
              role="option"
              aria-selected={index === active}
              data-testid="picker-option"
              data-reply-key={item.key}
              style={{ height: `${PICKER_ROW}px` }}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => onActive(index)}
              onClick={() => onChoose(index)}
            >
              <span class="picker-title">{item.title}</span>
              {item.shortcut && trigger && (
                <kbd class="picker-shortcut">
                  {trigger}
                  {item.shortcut}
                </kbd>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
