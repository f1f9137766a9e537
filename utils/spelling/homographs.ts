/**
 * Accents a dictionary cannot see: both «esta» and «está» are words. Each rule looks at the words around and fires
 * only in contexts where one reading is (nearly) certain — a false alarm costs the agent's trust more than a miss —
 * and says why. Spanish only. Precision is measured on correct prose (the seeds, the built-in replies) and on the
 * cases in `homographs.test.ts` (`npm run -s cordial -- spell-quality` prints it).
 */
import { RAE_ACCENT_DOUBLETS } from './doublets';
import { foldWord, type WordToken } from './tokenize';
import { presentInfinitives } from './verb-forms';

export interface HomographFinding {
  /** Index of the token to replace (and how many tokens the replacement covers, for «por que» → «por qué»). */
  index: number;
  count: number;
  replacement: string;
  rule: HomographRuleId;
}

export const HOMOGRAPH_RULES = [
  'interrogative',
  'indirect-question',
  'tu-pronoun',
  'el-pronoun',
  'mi-pronoun',
  'si-affirmative',
  'mas-quantity',
  'aun-todavia',
  'te-tea',
  'se-saber',
  'de-dar',
  'esta-verb',
  'esta-demonstrative',
  'noun-after-determiner',
] as const;
export type HomographRuleId = (typeof HOMOGRAPH_RULES)[number];

/** Whether a lower-case word is in the dictionary (the engine's trie): the noun rule builds its candidates from it. */
export type Lexicon = (word: string) => boolean;

interface Context {
  tokens: readonly WordToken[];
  text: string;
  folded: readonly string[];
  lexicon?: Lexicon;
}

const ACCENTED: Record<string, string> = {
  que: 'qué', como: 'cómo', donde: 'dónde', cuando: 'cuándo', quien: 'quién', quienes: 'quiénes', cual: 'cuál', cuales: 'cuáles',
  cuanto: 'cuánto', cuanta: 'cuánta', cuantos: 'cuántos', cuantas: 'cuántas', adonde: 'adónde',
};
const QUESTION_WORDS = new Set(Object.keys(ACCENTED));
const QUESTION_PREPOSITIONS = new Set(['a', 'de', 'en', 'por', 'para', 'con', 'desde', 'hasta', 'sin', 'y', 'e', 'o', 'pero', 'entonces', 'bueno', 'vale']);
/** After «¡», «que» is often a wish («¡Que tenga un buen día!»): only these make it an exclamation of degree. */
const EXCLAIMED = new Set([
  'bien', 'mal', 'bueno', 'buena', 'buenos', 'buenas', 'pena', 'lastima', 'alegria', 'ilusion', 'rabia', 'horror', 'maravilla', 'bonito',
  'bonita', 'raro', 'rara', 'gusto', 'sorpresa', 'suerte', 'rapido', 'rapida', 'facil', 'dificil', 'interesante', 'verguenza', 'locura',
  'fastidio', 'mala', 'malo', 'guay', 'genial', 'susto', 'tarde', 'pronto',
]);
const KNOW_VERBS = new Set(['se', 'sabe', 'sabemos', 'saben', 'sabes', 'sabia', 'sabiamos', 'saber', 'pregunto', 'pregunta', 'preguntamos', 'preguntaba', 'idea', 'explico', 'explicamos', 'indico', 'indicamos', 'decir', 'dice', 'decirle', 'decirme', 'decirnos', 'contarle', 'averiguar', 'comprobar', 'ver', 'entender', 'entiendo', 'entendemos', 'olvidado', 'depende']);
const INFINITIVE = /^[a-zñ]+(?:ar|er|ir)(?:lo|la|los|las|le|les|me|te|se|nos)?$/;

const TU_NEXT = new Set([
  'eres', 'estas', 'tienes', 'puedes', 'sabes', 'quieres', 'crees', 'vas', 'has', 'haces', 'dices', 'debes', 'necesitas', 'prefieres', 'mismo',
  'misma', 'tambien', 'tampoco', 'sola', 'solo', 'serias', 'seras', 'estabas', 'tenias', 'podrias', 'querias', 'fuiste', 'dijiste', 'hiciste',
]);
const EL_NEXT = new Set([
  'es', 'era', 'fue', 'sera', 'esta', 'estaba', 'estuvo', 'tiene', 'tenia', 'tuvo', 'ha', 'habia', 'hizo', 'hace', 'dijo', 'dice', 'sabe', 'sabia',
  'quiere', 'queria', 'puede', 'podia', 'pudo', 'tambien', 'tampoco', 'nos', 'me', 'te', 'le', 'les', 'lo', 'la', 'se',
]);
const PREPOSITIONS_PRONOUN = new Set(['para', 'por', 'con', 'sin', 'segun', 'a', 'de', 'hacia', 'contra', 'entre', 'sobre', 'ante', 'tras', 'excepto', 'salvo', 'menos']);
const CLAUSE_END = /^\s*[.,;:!?)»"…]/;
const CONJUNCTIONS = new Set(['y', 'o', 'ni', 'pero', 'tambien', 'tampoco', 'mismo', 'misma', 'solo', 'sola', 'me', 'te', 'le', 'nos']);
/** Words that follow a pronoun for emphasis («él mismo», «él solo») but also an article before a noun («el mismo día»). */
const EMPHATIC = new Set(['mismo', 'misma', 'solo', 'sola']);
const AUN_NEXT = new Set(['no', 'sin', 'esta', 'estamos', 'estan', 'estoy', 'es', 'son', 'hay', 'tengo', 'tiene', 'tenemos', 'tienen', 'queda', 'quedan', 'falta', 'faltan', 'puede', 'pueden', 'sigue', 'siguen', 'seguimos', 'espero', 'esperamos', 'estas', 'mas', 'menos', 'nada', 'nadie', 'ninguno', 'ninguna']);
const TE_ARTICLES = new Set(['el', 'del', 'al']);
const TEA_NEXT = new Set(['verde', 'negro', 'rojo', 'blanco', 'helado', 'frio', 'caliente', 'con', 'y', 'o', 'de', 'chai', 'matcha']);
const SE_BEFORE = new Set(['no', 'yo', 'ya', 'lo', 'tampoco', 'bien', 'solo', 'lo']);
const SE_NEXT = new Set(['que', 'si', 'como', 'donde', 'cuando', 'quien', 'nada', 'mucho', 'bien', 'cual', 'cuanto', 'exactamente', 'todavia', 'aun', 'por']);
const DE_PRONOUNS = new Set(['le', 'les', 'me', 'nos', 'te']);
const DE_TRIGGERS = new Set(['que', 'no', 'ojala', 'quiza', 'quizas']);
const ESTA_NEXT = new Set([
  'bien', 'mal', 'aqui', 'alli', 'ahi', 'listo', 'lista', 'listos', 'disponible', 'pendiente', 'siendo', 'abierto', 'abierta', 'activo', 'activa',
  'resuelto', 'resuelta', 'previsto', 'prevista', 'incluido', 'incluida', 'claro', 'segura', 'seguro', 'bloqueado', 'bloqueada', 'roto', 'rota',
  'caido', 'caida', 'funcionando', 'esperando', 'revisando', 'gestionando', 'tramitando', 'procesando', 'preparando', 'pagado', 'pagada', 'perfecto',
  'correcto', 'correcta', 'todo', 'ya', 'todavia', 'muy', 'tan', 'cerrado', 'cerrada', 'vacio', 'vacia', 'solucionada', 'gestionada', 'enviada',
  'recibida', 'cancelada', 'confirmada', 'registrada', 'actualizada', 'programada', 'reservada', 'procesada', 'aprobada', 'activada',
  'desactivada', 'instalada', 'configurada', 'agotada', 'ocupada', 'conectada', 'desconectada', 'encendida', 'apagada',
]);
/** A masculine participle cannot follow the demonstrative «esta» («esta enviado» is «está enviado»); feminine ones can
 * be nouns («esta llamada»), so only those listed in ESTA_NEXT count. */
const ESTA_PARTICIPLE = /^[a-zñ]{3,}(?:ado|ido)$/;
const NOUNS_AFTER_THIS = new Set(['semana', 'vez', 'ocasion', 'manera', 'forma', 'consulta', 'incidencia', 'solicitud', 'informacion', 'situacion', 'respuesta', 'cuestion', 'noche', 'oferta', 'promocion', 'empresa', 'cuenta', 'direccion']);

function gap(ctx: Context, i: number): string {
  const a = ctx.tokens[i]!;
  const b = ctx.tokens[i + 1];
  return ctx.text.slice(a.end, b ? b.start : ctx.text.length);
}
/** Text between token i−1 and token i. */
const gapBefore = (ctx: Context, i: number) => ctx.text.slice(i > 0 ? ctx.tokens[i - 1]!.end : 0, ctx.tokens[i]!.start);
const next = (ctx: Context, i: number) => (gap(ctx, i).trim() === '' ? ctx.folded[i + 1] : undefined);
const prev = (ctx: Context, i: number) => (i > 0 && gapBefore(ctx, i).trim() === '' ? ctx.folded[i - 1] : undefined);
const atClauseEnd = (ctx: Context, i: number) => CLAUSE_END.test(gap(ctx, i)) || (i === ctx.tokens.length - 1 && gap(ctx, i).trim() === '');
/** The word opens a question or exclamation: «¿» or «¡» right before it, or before one or two words like «y», «de». */
function opener(ctx: Context, i: number): '¿' | '¡' | null {
  let k = i;
  while (k > 0 && i - k < 2 && gapBefore(ctx, k).trim() === '' && QUESTION_PREPOSITIONS.has(ctx.folded[k - 1]!)) k--;
  const before = gapBefore(ctx, k).trim();
  return before.endsWith('¿') ? '¿' : before.endsWith('¡') ? '¡' : null;
}
const keepCase = (written: string, replacement: string) => (written[0] !== written[0]!.toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement);

type Rule = (ctx: Context, i: number) => { replacement: string; count?: number } | null;

const RULES: Record<HomographRuleId, Rule> = {
  interrogative(ctx, i) {
    const w = ctx.folded[i]!;
    const written = ctx.tokens[i]!.text;
    if (w === 'porque' && opener(ctx, i) === '¿') return { replacement: keepCase(written, 'por qué') };
    if (w === 'por' && next(ctx, i) === 'que' && ctx.tokens[i + 1]!.text === 'que' && opener(ctx, i) === '¿') {
      return { replacement: `${written} qué`, count: 2 };
    }
    if (!QUESTION_WORDS.has(w) || written.toLowerCase() !== w) return null;
    const open = opener(ctx, i);
    if (open === '¿') return { replacement: keepCase(written, ACCENTED[w]!) };
    if (open === '¡' && (w !== 'que' || EXCLAIMED.has(next(ctx, i) ?? ''))) return { replacement: keepCase(written, ACCENTED[w]!) };
    return null;
  },
  'indirect-question'(ctx, i) {
    const w = ctx.folded[i]!;
    if (!QUESTION_WORDS.has(w) || ctx.tokens[i]!.text.toLowerCase() !== w) return null;
    const before = prev(ctx, i);
    const after = next(ctx, i);
    if (!before || !after || !KNOW_VERBS.has(before) || !INFINITIVE.test(after)) return null;
    // «sé que hacer» is rare; «no sé que hacer» is an indirect question: «qué hacer».
    return { replacement: keepCase(ctx.tokens[i]!.text, ACCENTED[w]!) };
  },
  'tu-pronoun'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'tu') return null;
    const after = next(ctx, i);
    if ((after && TU_NEXT.has(after)) || atClauseEnd(ctx, i)) return { replacement: keepCase(ctx.tokens[i]!.text, 'tú') };
    return null;
  },
  'el-pronoun'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'el') return null;
    const before = prev(ctx, i);
    const after = next(ctx, i);
    // «por él mismo.», but «por el mismo medio»: after «mismo» or «solo», a noun makes «el» the article.
    const article = after && EMPHATIC.has(after) && !atClauseEnd(ctx, i + 1) && !CONJUNCTIONS.has(ctx.folded[i + 2] ?? '');
    if (before && PREPOSITIONS_PRONOUN.has(before) && !article && (atClauseEnd(ctx, i) || (after && CONJUNCTIONS.has(after)))) return { replacement: keepCase(ctx.tokens[i]!.text, 'él') };
    // «El te verde»: the tea, not «él te…».
    if (after === 'te' && (TEA_NEXT.has(ctx.folded[i + 2] ?? '') || atClauseEnd(ctx, i + 1))) return null;
    if (after && EL_NEXT.has(after) && ctx.tokens[i + 1]!.text.toLowerCase() === after && (ctx.tokens[i]!.sentenceStart || before === 'y' || before === 'pero' || before === 'que')) {
      return { replacement: keepCase(ctx.tokens[i]!.text, 'él') };
    }
    return null;
  },
  'mi-pronoun'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'mi') return null;
    const before = prev(ctx, i);
    const after = next(ctx, i);
    if (!before || !PREPOSITIONS_PRONOUN.has(before)) return null;
    if (atClauseEnd(ctx, i) || after === 'me' || after === 'mismo' || after === 'misma' || after === 'tambien' || after === 'tampoco') return { replacement: keepCase(ctx.tokens[i]!.text, 'mí') };
    return null;
  },
  'si-affirmative'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'si') return null;
    const before = prev(ctx, i);
    const after = next(ctx, i);
    const g = gap(ctx, i).trimStart();
    if (after === 'mismo' || after === 'misma' || after === 'mismos' || after === 'mismas') return { replacement: keepCase(ctx.tokens[i]!.text, 'sí') };
    // «Sí, claro», «creo que sí.», «eso sí», «claro que sí»: an answer, where a condition could not stop.
    if (/^[.!?]/.test(g) || (g === '' && i === ctx.tokens.length - 1)) return { replacement: keepCase(ctx.tokens[i]!.text, 'sí') };
    if (g.startsWith(',') && (ctx.tokens[i]!.sentenceStart || before === 'que' || before === 'eso')) return { replacement: keepCase(ctx.tokens[i]!.text, 'sí') };
    if (before === 'eso' && after && ['que', 'es', 'lo', 'le'].includes(after)) return { replacement: keepCase(ctx.tokens[i]!.text, 'sí') };
    return null;
  },
  'mas-quantity'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'mas') return null;
    // The old adversative «mas» («but») follows a comma or semicolon: leave it. Anywhere else it is «más».
    if (/[,;]\s*$/.test(gapBefore(ctx, i))) return null;
    return { replacement: keepCase(ctx.tokens[i]!.text, 'más') };
  },
  'aun-todavia'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'aun') return null;
    const after = next(ctx, i);
    if ((after && AUN_NEXT.has(after)) || atClauseEnd(ctx, i)) return { replacement: keepCase(ctx.tokens[i]!.text, 'aún') };
    return null;
  },
  'te-tea'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'te') return null;
    const before = prev(ctx, i);
    const after = next(ctx, i);
    // «un te» is always the drink; after «el» it may be «él te…» missing its own accent: only before a clause end or a
    // word that goes with tea.
    if (before === 'un' || (before === 'de' && ctx.folded[i - 2] === 'taza')) return { replacement: 'té' };
    if (before && TE_ARTICLES.has(before) && (atClauseEnd(ctx, i) || (after !== undefined && TEA_NEXT.has(after)))) return { replacement: 'té' };
    return null;
  },
  'se-saber'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'se') return null;
    const before = prev(ctx, i);
    const after = next(ctx, i);
    if (!before || !SE_BEFORE.has(before)) return null;
    if (atClauseEnd(ctx, i) || (after && SE_NEXT.has(after))) return { replacement: 'sé' };
    return null;
  },
  'de-dar'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'de') return null;
    const pronoun = prev(ctx, i);
    if (!pronoun || !DE_PRONOUNS.has(pronoun)) return null;
    const trigger = i >= 2 && gapBefore(ctx, i - 1).trim() === '' ? ctx.folded[i - 2] : undefined;
    if (trigger && DE_TRIGGERS.has(trigger)) return { replacement: 'dé' };
    return null;
  },
  'esta-verb'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'esta') return null;
    const after = next(ctx, i);
    if (after && (ESTA_NEXT.has(after) || ESTA_PARTICIPLE.test(after))) return { replacement: keepCase(ctx.tokens[i]!.text, 'está') };
    if (/^\s*[?!]/.test(gap(ctx, i))) return { replacement: keepCase(ctx.tokens[i]!.text, 'está') };
    return null;
  },
  'esta-demonstrative'(ctx, i) {
    if (ctx.tokens[i]!.text.toLowerCase() !== 'está') return null;
    const after = next(ctx, i);
    if (after && NOUNS_AFTER_THIS.has(after) && ctx.tokens[i + 1]!.text.toLowerCase() === ctx.tokens[i + 1]!.text) return { replacement: keepCase(ctx.tokens[i]!.text, 'esta') };
    return null;
  },
  'noun-after-determiner'(ctx, i) {
    const written = ctx.tokens[i]!.text;
    const w = written.toLowerCase();
    if (!ctx.lexicon || w !== ctx.folded[i] || (written !== w && !ctx.tokens[i]!.sentenceStart)) return null;
    const form = nounForm(w);
    if (!form) return null;
    const det = prev(ctx, i);
    const agreement = det ? DETERMINERS.get(det) : undefined;
    const raw = i > 0 ? ctx.tokens[i - 1]!.text.toLowerCase() : '';
    // «él pagina el libro»: the pronoun (folded to «el») is not the article.
    if (!det || !agreement || (raw !== det && raw !== 'algún' && raw !== 'ningún')) return null;
    if (agreement.number !== form.number || (agreement.gender && form.gender && agreement.gender !== form.gender)) return null;
    // «la», «lo», «los», «las» are also object pronouns («la practica a diario»): an article only after a preposition
    // («en la pagina») or «todo» («toda la pagina»), where a pronoun before a verb cannot stand.
    if (CLITIC_ARTICLES.has(det)) {
      const before = prev(ctx, i - 1);
      if (!before || !(AFTER_PREPOSITION.has(before) || /^tod[oa]s?$/.test(before))) return null;
    }
    // «que el limite» may be «que él limite» (a subjunctive after the pronoun without its accent).
    if (det === 'el' && form.gender === undefined && prev(ctx, i - 1) === 'que') return null;
    const twin = accentedNoun(w, ctx.lexicon);
    return twin ? { replacement: keepCase(written, twin) } : null;
  },
};

/**
 * Determiners, with what they agree with (no gender: «su», «mi», «cada» go with both). Only words that cannot be a
 * verb's subject: «él» is not here, and «el» + a verb form is never right (the pronoun needs its accent).
 */
interface Agreement {
  number: 'sg' | 'pl';
  gender?: 'f' | 'm';
}
const DETERMINERS = new Map<string, Agreement>();
for (const [words, agreement] of [
  ['la una esta esa aquella otra toda nuestra vuestra alguna ninguna cierta dicha', { number: 'sg', gender: 'f' }],
  ['el un este ese aquel del al otro todo nuestro vuestro algun ningun cierto dicho lo', { number: 'sg', gender: 'm' }],
  ['su mi tu cada', { number: 'sg' }],
  ['las unas estas esas aquellas otras todas nuestras vuestras algunas ciertas dichas', { number: 'pl', gender: 'f' }],
  ['los unos estos esos aquellos otros todos nuestros vuestros algunos ciertos dichos', { number: 'pl', gender: 'm' }],
  ['sus mis tus', { number: 'pl' }],
] as Array<[string, Agreement]>) {
  for (const w of words.split(' ')) DETERMINERS.set(w, agreement);
}
const CLITIC_ARTICLES = new Set(['la', 'las', 'lo', 'los']);
/** Prepositions that are never followed by a conjugated verb («según» is: «según lo calculo»). */
const AFTER_PREPOSITION = new Set(['a', 'ante', 'bajo', 'con', 'contra', 'de', 'desde', 'durante', 'en', 'entre', 'hacia', 'hasta', 'mediante', 'para', 'por', 'sin', 'sobre', 'tras']);

/** Gender and number a noun or adjective with this ending usually has (-a feminine, -o masculine, -e either). */
function nounForm(w: string): Agreement | null {
  if (w.length < 5 || /[áéíóúü]/.test(w)) return null;
  const m = /(a|o|e)(s?)$/.exec(w);
  if (!m) return null;
  return { number: m[2] ? 'pl' : 'sg', gender: m[1] === 'a' ? 'f' : m[1] === 'o' ? 'm' : undefined };
}

const STRONG = 'aeo';
const ACUTE: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };
/**
 * The word with an accent on its third-to-last syllable («pagina» → «página», «lineas» → «líneas»), or undefined
 * when it has fewer syllables. Two strong vowels are two syllables (hiatus: «li-ne-as»); a weak vowel joins its
 * neighbour (diphthong: «trian-gu-lo»), which takes the accent on its strong vowel; the u of «qu», «gu» before e/i is
 * silent.
 */
export function antepenultAccent(w: string): string | undefined {
  const nuclei: Array<[number, number]> = [];
  for (let i = 0; i < w.length; ) {
    if (!'aeiou'.includes(w[i]!) || (w[i] === 'u' && i > 0 && 'qg'.includes(w[i - 1]!) && 'ei'.includes(w[i + 1] ?? '-'))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < w.length && 'aeiou'.includes(w[j]!) && !(STRONG.includes(w[j]!) && STRONG.includes(w[j - 1]!))) j++;
    nuclei.push([i, j]);
    i = j;
  }
  if (nuclei.length < 3) return undefined;
  const [from, to] = nuclei[nuclei.length - 3]!;
  let at = to - 1;
  for (let k = from; k < to; k++) if (STRONG.includes(w[k]!)) at = k;
  return w.slice(0, at) + ACUTE[w[at]!]! + w.slice(at + 1);
}

const CLITIC_END = /(?:me|te|se|nos|le|les|lo|la|los|las)$/;
/**
 * For an accentless word that is (also) a conjugated verb form, its twin with an accent on the third-to-last
 * syllable when the dictionary has it: «pagina» (paginar) → «página», «calculo» → «cálculo», «indice» (indizar) →
 * «índice». Spanish verb forms never stress that syllable (apart from -mos/-is endings and pronouns joined to the
 * verb, both left out), so the twin is a noun or an adjective: after a determiner the verb reading is impossible.
 * Pairs the RAE accepts both ways («periodo», «medula») are left out.
 */
export function accentedNoun(w: string, lexicon: Lexicon): string | undefined {
  if (RAE_ACCENT_DOUBLETS.has(w) || !presentInfinitives(w).some(lexicon) || !lexicon(w)) return undefined;
  const twin = antepenultAccent(w);
  if (!twin || !lexicon(twin)) return undefined;
  // «tómate», «dímelo»: a verb with a pronoun joined, not a noun.
  const clitic = CLITIC_END.exec(twin);
  if (clitic && lexicon(w.slice(0, clitic.index))) return undefined;
  return twin;
}

/**
 * The accent findings of a Spanish draft's tokens (all of them, skipped ones included, for context). Without a
 * `lexicon` the rule that needs the dictionary (`noun-after-determiner`) stays quiet.
 */
export function findHomographs(text: string, tokens: readonly WordToken[], lexicon?: Lexicon): HomographFinding[] {
  const ctx: Context = { tokens, text, folded: tokens.map((t) => foldWord(t.text)), lexicon };
  const findings: HomographFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const id of HOMOGRAPH_RULES) {
      const hit = RULES[id](ctx, i);
      if (hit) {
        findings.push({ index: i, count: hit.count ?? 1, replacement: hit.replacement, rule: id });
        if (hit.count) i += hit.count - 1;
        break;
      }
    }
  }
  return findings;
}
