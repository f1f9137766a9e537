/** The languages Cordial checks. */
export type SpellLang = 'es' | 'en';

export const SPELL_LANGS: readonly SpellLang[] = ['es', 'en'];

/** A word of the draft Cordial flags: offsets into the draft text, as the highlights and `composer:replace` use them. */
export interface SpellIssue {
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** `spelling`: not a word in the dictionaries; `accent`: a word, but the context asks for its accented twin. */
  kind: 'spelling' | 'accent';
  /** Up to five replacements, best first (may be empty). */
  suggestions: string[];
  /** For `accent`: the id of the rule that fired, so the sidebar can explain it. */
  rule?: string;
}

export function isSpellLang(value: unknown): value is SpellLang {
  return value === 'es' || value === 'en';
}
