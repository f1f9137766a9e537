/**
 * Gaps the agent still has to fill in a draft: template placeholders (`{{cliente}}`) and bracketed blanks
 * («[número de pedido]», «[fecha]») that canned replies written elsewhere use. Offsets are into the draft text, as the
 * tone checklist's are, so the same highlight shows them in the reply box.
 *
 * Brackets are ordinary punctuation too, so a bracketed text is a marker only when it looks like a blank:
 * - it starts with a letter and holds at least two (`[1]` footnotes, `[x]` checkboxes, `[10:32]` chat times, `[…]` are not);
 * - it is not part of a Markdown link or reference (`[text](url)`, `[text][ref]`, a line `[ref]: https://…`);
 * - it does not follow a letter or digit (`items[index]` in code) and is not an editorial `[sic]`;
 * - it is not on a quoted line (`> …`): the customer's quoted words are not the agent's to fill.
 */
export interface UnfilledMarker {
  start: number;
  end: number;
  text: string;
}

/** Enough to act on; a draft with more gaps than this is a template pasted whole, and the list would only scroll. */
export const MAX_MARKERS = 50;

// Bounded, newline-free contents: each `{` or `[` costs at most ~60 steps, so drafts of any size scan in linear time.
const MARKER = /\{\{([^{}\n]{1,60})\}\}|\[([^[\]\n]{1,60})\]/gu;
const WORD_BEFORE = /[\p{L}\p{N}_]/u;
const STARTS_WITH_LETTER = /^\s*\p{L}/u;
const TWO_LETTERS = /\p{L}[^\p{L}]*\p{L}/u;
const REFERENCE_DEFINITION = /^:\s*(?:<|[a-z][\w+.-]*:\/\/|mailto:)/i;
const EDITORIAL = new Set(['sic', 'sic!']);
const QUOTED_LINE = /^[ \t]{0,3}>/;

function isBracketBlank(line: string, start: number, end: number, content: string, startsLine: boolean): boolean {
  if (!STARTS_WITH_LETTER.test(content) || !TWO_LETTERS.test(content)) return false;
  if (EDITORIAL.has(content.trim().toLowerCase())) return false;
  const before = line[start - 1] ?? '';
  const after = line[end] ?? '';
  if (before === ']' || after === '(' || after === '[' || (before !== '' && WORD_BEFORE.test(before))) return false;
  if (startsLine && REFERENCE_DEFINITION.test(line.slice(end, end + 40))) return false;
  return true;
}

/** The unfilled markers of a draft, in order, at most `MAX_MARKERS`. Never throws. */
export function findUnfilledMarkers(draft: string): UnfilledMarker[] {
  const markers: UnfilledMarker[] = [];
  let lineStart = 0;
  while (lineStart <= draft.length && markers.length < MAX_MARKERS) {
    const newline = draft.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? draft.length : newline;
    const line = draft.slice(lineStart, lineEnd);
    if (!QUOTED_LINE.test(line)) {
      const indent = line.search(/\S/);
      MARKER.lastIndex = 0;
      for (let match = MARKER.exec(line); match && markers.length < MAX_MARKERS; match = MARKER.exec(line)) {
        const start = match.index;
        const end = start + match[0].length;
        const [, braced, bracketed] = match;
        const isMarker = braced !== undefined ? braced.trim() !== '' : isBracketBlank(line, start, end, bracketed!, start === indent);
        if (isMarker) {
          markers.push({ start: lineStart + start, end: lineStart + end, text: match[0] });
        } else {
          // A rejected match may hold a marker (`[{{cliente}}]`, `{{ [fecha] }}`): look again just inside it.
          MARKER.lastIndex = start + 1;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return markers;
}
