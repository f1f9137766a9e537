import type { BusinessCalendar } from '@/protocols/types';
import { addBusinessDays, formatLongDate } from './business-days';

/**
 * Reply templates: `{{name}}`, `{{name|fallback}}`, and for dates `{{name:param}}` (see README, "Placeholders").
 * A tiny scanner, no `eval` or `new Function` (MV3 CSP). Spanish and English names are aliases of the same value.
 */
const ALIASES: Readonly<Record<string, string>> = {
  cliente: 'customer',
  customer: 'customer',
  agente: 'agent',
  agent: 'agent',
  empresa: 'company',
  company: 'company',
  fecha: 'date',
  date: 'date',
  plazo: 'deadline',
  deadline: 'deadline',
  pedido: 'order',
  order: 'order',
};

/** Names whose `:param` form is a date Cordial works out: `:hoy`/`:today`, or a number of business days from today. */
const DATE_NAMES = new Set(['date', 'deadline']);
const TODAY_PARAMS = new Set(['hoy', 'today']);

// Every quantifier is bounded, so each `{{` costs at most a few hundred steps: linear on any input, however hostile.
const PLACEHOLDER = /\{\{\s{0,8}([\p{L}\p{N}_-]{1,40})\s{0,8}(?::\s{0,8}([\p{L}\p{N}]{1,12})\s{0,8})?(?:\|([^{}]{0,200}))?\}\}/gu;

export type TemplateValues = Partial<Record<string, string>>;

export interface RenderOptions {
  /** The day dates count from; the caller's clock, so a preview and a test see the same date. Default: now. */
  today?: Date;
  /** The pack's locale, for the names of days and months. */
  locale?: string;
  /** The pack's working days and holidays; Monday to Friday without one. */
  calendar?: BusinessCalendar;
}

export function canonicalName(name: string): string {
  const lower = name.toLowerCase();
  return Object.hasOwn(ALIASES, lower) ? ALIASES[lower]! : lower;
}

export interface Rendered {
  text: string;
  /** Placeholders with neither a value nor a fallback, by the name written in the reply, in order of appearance. */
  missing: string[];
}

/** The date a `{{fecha:…}}`/`{{plazo:…}}` parameter stands for, formatted; undefined for anything else. */
function computedDate(name: string, param: string, options: RenderOptions): string | undefined {
  if (!DATE_NAMES.has(name)) return undefined;
  const today = options.today ?? new Date();
  const lower = param.toLowerCase();
  const date = TODAY_PARAMS.has(lower) ? today : /^\d{1,3}$/.test(lower) ? addBusinessDays(today, Number(lower), options.calendar) : undefined;
  return date && formatLongDate(date, options.locale);
}

/**
 * Fills placeholders. The agent's values win, then a computed date, then the fallback; a placeholder with none of them
 * stays visible as written (`{{plazo}}`) and is listed in `missing`, so the agent is asked for it.
 */
export function renderTemplate(template: string, values: TemplateValues, options: RenderOptions = {}): Rendered {
  const missing = new Set<string>();
  // One formatted date per parameter: a long template repeating `{{plazo:3}}` formats it once.
  const computed = new Map<string, string | undefined>();
  const text = template.replace(PLACEHOLDER, (whole, name: string, param: string | undefined, fallback: string | undefined) => {
    const key = canonicalName(name);
    const given = Object.hasOwn(values, key) ? values[key] : undefined;
    const value = typeof given === 'string' ? given.trim() : '';
    if (value) return value;
    if (param !== undefined) {
      const cacheKey = `${key}:${param}`;
      if (!computed.has(cacheKey)) computed.set(cacheKey, computedDate(key, param, options));
      const date = computed.get(cacheKey);
      if (date) return date;
    }
    if (fallback !== undefined && fallback.trim() !== '') return fallback.trim();
    missing.add(name);
    return whole;
  });
  return { text, missing: [...missing] };
}

export function placeholdersIn(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) names.add(match[1]!);
  return [...names];
}

export type TextRun = string | { placeholder: string };

/**
 * A rendered text cut into plain runs and the placeholders still in it (by the name written), so a preview can show
 * «agente» as a blank to fill instead of the template's braces.
 */
export function placeholderRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) runs.push(text.slice(last, match.index));
    runs.push({ placeholder: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push(text.slice(last));
  return runs;
}
