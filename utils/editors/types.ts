import type { EditableElement } from '@/utils/dom/editable';

/** One way of putting text into one kind of editor. Strategies are tried in the order of `CHAIN` (index.ts). */
export interface EditorStrategy {
  id: string;
  /** Whether this strategy knows the editor, by fingerprint (never by site). */
  matches: (el: EditableElement) => boolean;
  /** Inserts at the current selection (replacing it). Returns false when it could not even try. */
  insert: (el: EditableElement, text: string) => boolean | Promise<boolean>;
}
