import type { Lang } from '../lang';
import { defineDetector, findPresent, presenceResult, say } from './shared';

/*
 * A stated deadline: the pack's phrases plus built-in patterns for dates and time frames, matched on the accent-folded
 * text («días» is «dias» here) and negation-aware («no nos ha dado una fecha» is no deadline; «si no lo recibe el
 * lunes…» still is one). Each pattern passes the same safety check as pack patterns (see safe-regex.ts).
 */

const ES_NUM = '(?:\\d{1,3}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|veinticuatro|cuarenta y ocho|setenta y dos)';
const ES_UNIT = '(?:horas?|dias?|semanas?|minutos?|mes|meses)(?:\\s(?:habiles|laborables|naturales))?';
const ES_MONTH = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const ES_DAY = '(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)';
const EN_NUM = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty|twenty-four|forty-eight|seventy-two|a couple of|a few)';
const EN_UNIT = '(?:hours?|days?|weeks?|minutes?|months?)';
const EN_MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const EN_DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const NUMERIC_DATE = '\\b(?!24/7\\b)(?:0?[1-9]|[12]\\d|3[01])[/.](?:0?[1-9]|1[0-2])(?:[/.]\\d{2,4})?\\b';
const ISO_DATE = '\\b\\d{4}-\\d{2}-\\d{2}\\b';

export const DEADLINE_PATTERNS: Record<Exclude<Lang, 'other'>, readonly string[]> = {
  es: [
    `\\b(?:en|dentro de|durante|antes de|en un plazo de|en un maximo de|en menos de)\\s(?:los\\s|las\\s)?(?:proximos\\s|proximas\\s)?${ES_NUM}(?:\\s?(?:-|a|o|y)\\s?(?:\\d{1,3}|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince))?\\s${ES_UNIT}\\b`,
    `\\b(?:entre|de)\\s${ES_NUM}\\s(?:y|a)\\s${ES_NUM}\\s${ES_UNIT}\\b`,
    `\\b\\d{1,3}(?:\\s?[-–]\\s?\\d{1,3})?\\s(?:dias|horas)\\s(?:habiles|laborables|naturales)\\b`,
    `\\b(?:el|este|esta|proximo|hasta el|antes del|para el|a partir del)\\s${ES_DAY}\\b`,
    `\\b\\d{1,2}\\sde\\s${ES_MONTH}\\b`,
    `\\b(?:antes del|hasta el|para el|el)\\sdia\\s\\d{1,2}\\b`,
    NUMERIC_DATE,
    ISO_DATE,
    '\\b(?:hoy mismo|pasado manana|esta semana|este mes|la semana que viene|la proxima semana|el proximo mes|el mes que viene|este fin de semana|a lo largo del dia|a primera hora)\\b',
    '(?<!esta\\s)(?<!la\\s)\\bmanana\\b',
    '\\b(?:antes de las|a las|hasta las|sobre las|entre las)\\s\\d{1,2}(?:[:.]\\d{2})?\\b',
  ],
  en: [
    `\\b(?:within|in|in the next|over the next|inside)\\s(?:the\\s)?(?:next\\s)?${EN_NUM}(?:\\s?(?:-|–|to|or)\\s?${EN_NUM})?\\s(?:business\\s|working\\s)?${EN_UNIT}\\b`,
    '\\b\\d{1,3}(?:\\s?(?:-|–|to)\\s?\\d{1,3})?\\s(?:business|working)\\sdays\\b',
    `\\b(?:on|by|before|this|next|until|till|this coming)\\s${EN_DAY}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${EN_MONTH}\\b`,
    `\\b${EN_MONTH.replace('may|', '')}\\s\\d{1,2}(?:st|nd|rd|th)?\\b`,
    NUMERIC_DATE,
    ISO_DATE,
    '\\b(?:tomorrow|tonight|later today|this week|this month|this weekend|this afternoon|this evening|next week|next month|by the end of|end of the day|end of the week|first thing)\\b',
    '(?<!you\\s)(?<!us\\s)\\btoday\\b',
    '\\b(?:by|before|at|until|around)\\s\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)\\b',
  ],
};

export default defineDetector('deadline', (ctx) => {
  const builtinPatterns = ctx.lang === 'other' ? [...DEADLINE_PATTERNS.es, ...DEADLINE_PATTERNS.en] : DEADLINE_PATTERNS[ctx.lang];
  return presenceResult(
    ctx,
    findPresent(ctx, { builtinPatterns }),
    say(ctx.lang, 'Si no puede resolverlo ahora, indique cuándo: «antes del 12 de mayo», «en 48 horas».', 'If it is not solved now, say when: "by May 12", "within 48 hours".'),
  );
});
