/**
 * Quoted earlier messages are not the agent's words: lines starting with «>» and everything from an attribution line
 * («El 12 may 2026, Ana <…> escribió:», «On Mon, … wrote:», «-----Mensaje original-----», an Outlook «De: … / Enviado:»
 * header) to the end of the draft. They are blanked out — replaced by spaces, line breaks kept — so offsets into the
 * returned string are offsets into the original draft.
 */

const ATTRIBUTION = /^\s*(?:el|on|le|am)\b.{0,400}\b(?:escribió|escribio|wrote|a écrit|schrieb)\s*:\s*$/i;
const ATTRIBUTION_START = /^\s*(?:el|on)\b/i;
const ATTRIBUTION_END = /\b(?:escribió|escribio|wrote)\s*:\s*$/i;
const SEPARATOR = /^\s*-{2,}\s*(?:original message|mensaje original|forwarded message|mensaje reenviado)\s*-{2,}\s*$/i;
const OUTLOOK_FROM = /^\s*(?:de|from)\s*:\s*\S/i;
const OUTLOOK_NEXT = /^\s*(?:enviado|sent|fecha|date|para|to)\s*:/i;
const QUOTE_LINE = /^[ \t]*>/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

function findCutLine(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (line.length > 500) continue;
    if (ATTRIBUTION.test(line) || SEPARATOR.test(line)) return i;
    // Webmail wraps long attributions over two lines: «On Mon, 12 May 2026 at 09:14, Ana <ana@x.com>\nwrote:».
    const next = lines[i + 1]?.text ?? '';
    if (ATTRIBUTION_START.test(line) && next.length < 200 && ATTRIBUTION_END.test(next) && !/[.!?]\s*$/.test(line)) return i;
    if (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 4).some((l) => OUTLOOK_NEXT.test(l.text))) return i;
  }
  return -1;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The draft with quoted earlier messages blanked out; same length as `text`. */
export function maskQuoted(text: string): string {
  if (!text.includes('>') && !/escribi|wrote|original|reenviado|forwarded|^\s*(?:de|from)\s*:/im.test(text)) return text;
  const lines = splitLines(text);
  const cut = findCutLine(lines);
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const quoted = (cut !== -1 && i >= cut) || QUOTE_LINE.test(line.text);
    parts.push(quoted ? blank(line.text) : line.text);
  }
  return parts.join('\n');
}
