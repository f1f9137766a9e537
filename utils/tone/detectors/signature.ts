import type { Draft } from '../draft';
import { fold } from '../normalize';
import { defineDetector, say, toEvidence } from './shared';

/*
 * An email signature: in the draft's last block of short lines (after the last blank line, or the tail of the last
 * line after a sign-off comma: «Saludos, Ana»), a line that is a name («Ana Ruiz», «M. Gómez», «Priya»), a team or
 * company line («Atención al cliente | Banca Prisma», «The Parcelly Team») or contact details. Lines made only of
 * sign-off words («Un saludo,», «Best regards») are not a signature.
 */

const SIGN_OFF_WORDS = new Set([
  'un', 'una', 'saludo', 'saludos', 'cordial', 'cordiales', 'cordialmente', 'atentamente', 'afectuosamente', 'reciba',
  'gracias', 'muchas', 'de', 'nuevo', 'que', 'tenga', 'buen', 'buena', 'dia', 'tarde', 'hasta', 'pronto', 'abrazo',
  'regards', 'best', 'kind', 'warm', 'warmest', 'wishes', 'sincerely', 'thanks', 'thank', 'you', 'cheers', 'all', 'the',
  'yours', 'faithfully', 'truly', 'take', 'care', 'have', 'a', 'great', 'nice', 'good', 'day', 'again', 'speak', 'soon',
  'y', 'and', 'por', 'su', 'your', 'for', 'paciencia', 'patience', 'comprension', 'hola', 'hi', 'hello',
]);
const TEAM_WORDS = /\b(?:equipo|departamento|servicio|atencion|soporte|team|support|customer|service|department|desk|relations)\b/;
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'da', 'van', 'von', 'of', 'the', '&', 'at']);
const CONTACT = /@[\w-]+\.|https?:\/\/|www\.|(?:\+?\d[\d .-]{7,}\d)/;

function words(line: string): string[] {
  return line.split(/[\s|·,–—\-/]+/).filter(Boolean);
}

function isSignatureLine(line: string): boolean {
  const trimmed = line.replace(/^[-–—\s>]+/, '').trim();
  if (!trimmed || /[?¿]/.test(trimmed)) return false;
  const ws = words(trimmed);
  if (!ws.length || ws.length > 8) return false;
  const folded = ws.map((w) => fold(w).replace(/[^\p{L}\p{N}&]/gu, '')).filter(Boolean);
  if (!folded.length || folded.every((w) => SIGN_OFF_WORDS.has(w))) return false;
  if (CONTACT.test(trimmed)) return true;
  if (TEAM_WORDS.test(fold(trimmed)) && ws.length <= 8) return true;
  if (ws.length > 5 || /[.!:;]$/.test(trimmed.replace(/\b\p{Lu}\.$/u, ''))) return false;
  // A name: every word capitalised (or an initial, or a connector such as «de»); «Ana Ruiz», «M. Gómez», «^Leah».
  return ws.every((w) => {
    const bare = w.replace(/^[\^"'(«]+|[)"'»,.]+$/g, '');
    return CONNECTORS.has(bare.toLowerCase()) || /^\p{Lu}/u.test(bare) || /^\p{Lu}\.$/u.test(w);
  }) && ws.some((w) => /^\p{Lu}/u.test(w.replace(/^[\^"'(«]+/, '')) && !SIGN_OFF_WORDS.has(fold(w).replace(/[^\p{L}]/gu, '')));
}

function lastBlock(draft: Draft): { start: number; end: number }[] {
  const text = draft.masked.slice(0, draft.activeEnd);
  const lines: { start: number; end: number }[] = [];
  let end = text.length;
  for (let i = text.length - 1; i >= -1; i--) {
    if (i === -1 || text[i] === '\n') {
      const start = i + 1;
      const line = text.slice(start, end);
      if (!line.trim()) {
        if (lines.length) break;
      } else lines.unshift({ start, end });
      if (lines.length >= 6) break;
      end = i;
    }
  }
  return lines;
}

export default defineDetector('signature', (ctx) => {
  const { draft, lang } = ctx;
  const found: { start: number; end: number }[] = [];
  for (const line of lastBlock(draft)) {
    const text = draft.masked.slice(line.start, line.end);
    if (isSignatureLine(text)) {
      const lead = text.length - text.trimStart().length;
      found.push({ start: line.start + lead, end: line.start + text.trimEnd().length });
      continue;
    }
    // «Saludos, Ana» / «Take care, Jo»: the tail after the last comma of a short sign-off line.
    const comma = text.lastIndexOf(',');
    if (comma !== -1 && words(text).length <= 8) {
      const tail = text.slice(comma + 1);
      if (tail.trim() && isSignatureLine(tail)) {
        const lead = tail.length - tail.trimStart().length;
        found.push({ start: line.start + comma + 1 + lead, end: line.start + comma + 1 + tail.trimEnd().length });
      }
    }
  }
  return found.length
    ? { state: 'pass', evidence: toEvidence(draft, found) }
    : { state: 'fail', evidence: [], message: say(lang, 'Firme con su nombre y el de la empresa.', 'Sign with your name and the company name.') };
});
