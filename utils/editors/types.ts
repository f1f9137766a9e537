import type { EditableElement } from '@/utils/dom/editable';

/** One way of putting text into one kind of editor. Strategies are tried in the order of `CHAIN` (index.ts). */
export interface EditorStrategy {
  id: string;
  /** Whether this strategy knows the editor, by fingerprint (never by site). */
  matches: (el: EditableElement) => boolean;
  /**
   * Inserts at the current selection (replacing it). Returns false when the editor did not take it (the next strategy
   * may try); throws `InsertRefused` when nothing must be inserted at all.
   */
  insert: (el: EditableElement, text: string, options: InsertOptions) => boolean | Promise<boolean>;
}

export interface InsertOptions {
  /** The channel takes simple rich text (email): links may arrive as links. */
  rich: boolean;
}

/** A strategy's "no, and do not try another way either" (e.g. the reply does not fit the field). */
export class InsertRefused extends Error {
  constructor(readonly reason: 'too-long') {
    super(reason);
  }
}
