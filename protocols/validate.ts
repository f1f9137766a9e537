/**
 * Pack validation by interpreting the pack's JSON Schema (a small subset of draft 2020-12): the schema file stays
 * the one contract, messages are path-precise and human, and nothing is compiled or evaluated (MV3 forbids `eval`).
 * Unknown keys are reported as warnings and dropped from the result, so a pack from a newer minor release still
 * loads and stray keys such as `__proto__` never reach storage.
 */
import { checkPattern } from '../utils/tone/safe-regex';
import schemaJson from './schema/pack.v1.schema.json';
import type { Pack } from './types';
import { migrateToCurrent } from './migrations';

export const CURRENT_SCHEMA_VERSION = 1;

type Schema = {
  $ref?: string;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
};

type Lang = 'es' | 'en';

export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; pack: Pack; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

/** Spanish for the reasons `checkPattern` gives (digits stand as N so the limits can change). */
const SAFETY_ES: Record<string, string> = {
  'empty pattern': 'está vacía',
  'longer than N characters': 'es demasiado larga',
  'flags other than i, m, s, u': 'solo se admiten las marcas i, m, s y u',
  'not a valid regular expression': 'no es válida',
  'back-references': 'usa referencias hacia atrás',
  'a repeated group with alternatives, such as (a|aa)*': 'repite un grupo con alternativas, como (a|aa)*',
  'nested quantifiers, such as (a+)+': 'tiene cuantificadores anidados, como (a+)+',
  'two quantifiers that can match the same text one after the other, such as a*a* or .*x.*':
    'tiene dos cuantificadores seguidos que pueden encajar con el mismo texto, como a*a* o .*x.*',
  'alternatives that can match the same text, one after another, such as (?:a|\\w)(?:a|\\w)(?:a|\\w)…':
    'tiene demasiadas alternativas seguidas que pueden encajar con el mismo texto, como (?:a|\\w)(?:a|\\w)(?:a|\\w)…',
  'quantifiers that can share out the same text in too many ways, such as a?a?a?…aaa or \\w{m,n}\\w{m,n}\\w{m,n}':
    'tiene cuantificadores que pueden repartirse el mismo texto de demasiadas maneras, como a?a?a?…aaa o \\w{m,n}\\w{m,n}\\w{m,n}',
  'more than N quantifiers': 'tiene demasiados cuantificadores',
  'more than N unbounded quantifiers': 'tiene demasiados cuantificadores sin límite',
};

const ROOT = schemaJson as Schema & { $defs: Record<string, Schema> };
const MAX_ERRORS = 50;

const MESSAGES = {
  es: {
    notJson: 'el archivo no es JSON válido',
    missingText: 'falta el texto',
    missingList: 'falta la lista',
    missingField: 'falta el campo obligatorio',
    type: (t: string) => `debería ser ${({ string: 'un texto', integer: 'un número entero', number: 'un número', boolean: 'verdadero o falso', object: 'un objeto', array: 'una lista' } as Record<string, string>)[t] ?? t}`,
    enum: (v: unknown[]) => `debe ser uno de: ${v.join(', ')}`,
    emptyText: 'falta el texto',
    tooShort: (n: number) => `es demasiado corto (mínimo ${n} caracteres)`,
    tooLong: (n: number) => `es demasiado largo (máximo ${n} caracteres)`,
    pattern: (p: string) => `no tiene el formato esperado (${p})`,
    fewItems: (n: number) => `necesita al menos ${n} ${n === 1 ? 'elemento' : 'elementos'}`,
    manyItems: (n: number) => `tiene demasiados elementos (máximo ${n})`,
    min: (n: number) => `debe ser como mínimo ${n}`,
    max: (n: number) => `debe ser como máximo ${n}`,
    unknownKey: 'campo desconocido: se ignora',
    duplicateId: (id: string) => `el id «${id}» está repetido`,
    badRegex: 'no es una expresión regular válida',
    unsafeRegex: (why: string) => `no es una expresión regular segura (${SAFETY_ES[why.replace(/\d+/g, 'N')] ?? why}): podría bloquear el navegador`,
    tooManyPatterns: (n: number) => `el paquete tiene demasiadas expresiones regulares distintas (máximo ${n})`,
    patternsUnchecked: 'no se pudo comprobar a tiempo: el paquete tiene demasiadas expresiones regulares complejas',
    tooDeep: (n: number) => `está anidado a demasiada profundidad (máximo ${n} niveles)`,
    notJsonData: 'solo puede contener datos JSON (textos, números, listas y objetos)',
    newerSchema: (v: number) => `este paquete usa el formato ${v}, más nuevo que el que entiende esta versión de Cordial (${CURRENT_SCHEMA_VERSION}); actualice Cordial para importarlo`,
    tooManyErrors: 'hay más errores; corrija estos primero',
  },
  en: {
    notJson: 'the file is not valid JSON',
    missingText: 'the text is missing',
    missingList: 'the list is missing',
    missingField: 'required field is missing',
    type: (t: string) => `should be ${({ string: 'a text', integer: 'a whole number', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list' } as Record<string, string>)[t] ?? t}`,
    enum: (v: unknown[]) => `must be one of: ${v.join(', ')}`,
    emptyText: 'the text is missing',
    tooShort: (n: number) => `is too short (at least ${n} characters)`,
    tooLong: (n: number) => `is too long (at most ${n} characters)`,
    pattern: (p: string) => `does not have the expected format (${p})`,
    fewItems: (n: number) => `needs at least ${n} ${n === 1 ? 'item' : 'items'}`,
    manyItems: (n: number) => `has too many items (at most ${n})`,
    min: (n: number) => `must be at least ${n}`,
    max: (n: number) => `must be at most ${n}`,
    unknownKey: 'unknown field: ignored',
    duplicateId: (id: string) => `the id “${id}” is used twice`,
    badRegex: 'is not a valid regular expression',
    unsafeRegex: (why: string) => `is not a safe regular expression (${why}): it could freeze the browser`,
    tooManyPatterns: (n: number) => `the pack has too many different regular expressions (at most ${n})`,
    patternsUnchecked: 'could not be checked in time: the pack has too many complex regular expressions',
    tooDeep: (n: number) => `is nested too deeply (at most ${n} levels)`,
    notJsonData: 'may only hold JSON data (texts, numbers, lists and objects)',
    newerSchema: (v: number) => `this pack uses format ${v}, newer than this version of Cordial understands (${CURRENT_SCHEMA_VERSION}); update Cordial to import it`,
    tooManyErrors: 'there are more errors; fix these first',
  },
} as const;

class Collector {
  errors: ValidationIssue[] = [];
  warnings: ValidationIssue[] = [];
  constructor(readonly text: (typeof MESSAGES)[Lang]) {}
  error(path: string, message: string) {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, message });
  }
  warn(path: string, message: string) {
    if (this.warnings.length < MAX_ERRORS) this.warnings.push({ path, message });
  }
  get full() {
    return this.errors.length >= MAX_ERRORS;
  }
}

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/$defs/', '');
  const target = ROOT.$defs[name];
  if (!target) throw new Error(`schema: unknown $ref ${schema.$ref}`);
  return resolve(target);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const patternCache = new Map<string, RegExp>();

/** Checks `value` against `schema` and returns a clean copy holding only the keys the schema knows. */
function check(value: unknown, rawSchema: Schema, path: string, out: Collector): unknown {
  if (out.full) return undefined;
  const schema = resolve(rawSchema);
  const t = out.text;
  const actual = typeOf(value);
  if (schema.type && !typeMatches(schema.type, actual)) {
    out.error(path, t.type(schema.type));
    return undefined;
  }
  if (schema.const !== undefined && value !== schema.const) out.error(path, t.enum([schema.const]));
  if (schema.enum && !schema.enum.includes(value)) out.error(path, t.enum(schema.enum));

  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      out.error(path, value.trim() === '' ? t.emptyText : t.tooShort(schema.minLength));
    } else if (schema.minLength && value.trim() === '') {
      out.error(path, t.emptyText);
    }
    if (schema.maxLength !== undefined && value.length > schema.maxLength) out.error(path, t.tooLong(schema.maxLength));
    if (schema.pattern && value.length <= (schema.maxLength ?? Infinity)) {
      let re = patternCache.get(schema.pattern);
      if (!re) patternCache.set(schema.pattern, (re = new RegExp(schema.pattern, 'u')));
      if (!re.test(value)) out.error(path, t.pattern(schema.pattern));
    }
    return value;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.error(path, t.min(schema.minimum));
    if (schema.maximum !== undefined && value > schema.maximum) out.error(path, t.max(schema.maximum));
    return value;
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.error(path, t.fewItems(schema.minItems));
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      out.error(path, t.manyItems(schema.maxItems));
      return undefined;
    }
    const items = schema.items;
    if (!items) return [];
    // An index loop, not `map`: `map` skips the holes of a sparse array, which would pass unchecked.
    const result: unknown[] = [];
    for (let i = 0; i < value.length && !out.full; i++) result.push(check(value[i], items, `${path}[${i}]`, out));
    return result;
  }
  if (actual === 'object') {
    const input = value as Record<string, unknown>;
    // A null-prototype result: no key of a stranger's pack can reach Object.prototype.
    const result: Record<string, unknown> = Object.create(null);
    const props = schema.properties ?? {};
    for (const key of schema.required ?? []) {
      if (!Object.prototype.hasOwnProperty.call(input, key)) {
        const expected = props[key] ? resolve(props[key]).type : undefined;
        out.error(join(path, key), expected === 'string' ? t.missingText : expected === 'array' ? t.missingList : t.missingField);
      }
    }
    for (const key of Object.keys(input)) {
      const propSchema = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
      if (propSchema) {
        const cleaned = check(input[key], propSchema, join(path, key), out);
        if (cleaned !== undefined) result[key] = cleaned;
      } else if (schema.additionalProperties === false || PROTOTYPE_KEYS.has(key)) {
        out.warn(join(path, key), t.unknownKey);
      } else {
        // Free-form objects (tone-rule detector parameters) keep plain JSON data only.
        result[key] = copyJsonData(input[key], join(path, key), out);
      }
    }
    return { ...result };
  }
  return value;
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Limits of free-form parameters, which the schema leaves open: the tone engine reads short lists of phrases. */
export const MAX_PARAM_DEPTH = 8;
export const MAX_PARAM_ITEMS = 1000;
export const MAX_PARAM_TEXT = 10_000;

/**
 * Copies free-form JSON data without prototype-bearing keys. Anything beyond the limits is an error, never silently
 * cut (a rule that lost half its phrases would pass validation and then misbehave). Bounded depth: iterating a
 * hostile 10,000-level nesting stops at level 9, so the stack is never at risk.
 */
function copyJsonData(value: unknown, path: string, out: Collector, depth = 1): unknown {
  const t = out.text;
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.error(path, t.type('number'));
    return value;
  }
  if (typeof value === 'string') {
    if (value.length > MAX_PARAM_TEXT) out.error(path, t.tooLong(MAX_PARAM_TEXT));
    return value;
  }
  if (typeof value !== 'object') {
    out.error(path, t.notJsonData);
    return undefined;
  }
  if (depth > MAX_PARAM_DEPTH) {
    out.error(path, t.tooDeep(MAX_PARAM_DEPTH));
    return undefined;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_PARAM_ITEMS) {
      out.error(path, t.manyItems(MAX_PARAM_ITEMS));
      return undefined;
    }
    const copy: unknown[] = [];
    for (let i = 0; i < value.length && !out.full; i++) copy.push(copyJsonData(value[i], `${path}[${i}]`, out, depth + 1));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(value);
  if (keys.length > MAX_PARAM_ITEMS) {
    out.error(path, t.manyItems(MAX_PARAM_ITEMS));
    return undefined;
  }
  for (const key of keys) {
    if (out.full) break;
    if (PROTOTYPE_KEYS.has(key)) {
      out.warn(join(path, key), t.unknownKey);
      continue;
    }
    copy[key] = copyJsonData((value as Record<string, unknown>)[key], join(path, key), out, depth + 1);
  }
  return copy;
}

function checkUniqueIds(items: unknown, path: string, out: Collector) {
  if (!Array.isArray(items)) return;
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    // An id over the limit is reported by the schema check; the message quotes only its start.
    if (seen.has(id)) out.error(`${path}[${i}].id`, out.text.duplicateId(id.length > 80 ? `${id.slice(0, 80)}…` : id));
    seen.add(id);
  });
}

/** Different regular expressions a pack may hold: real packs have a few dozen; each costs a safety analysis. */
export const MAX_PACK_PATTERNS = 200;
/** Wall-clock budget for the safety analysis of one pack's expressions; a last resort against hostile packs. */
const PATTERN_BUDGET_MS = 1000;
const safetyCache = new Map<string, ReturnType<typeof checkPattern>>();

function checkSafety(source: string, flags: string): ReturnType<typeof checkPattern> {
  const key = `${flags}/${source}`;
  let result = safetyCache.get(key);
  if (!result) {
    result = checkPattern(source, flags);
    if (safetyCache.size >= 1000) safetyCache.clear();
    safetyCache.set(key, result);
  }
  return result;
}

/**
 * Every regular expression in the pack — step `pattern` detectors and tone-rule `patterns` — must compile and pass the
 * tone engine's safety analysis (`utils/tone/safe-regex.ts`): the engine would refuse an unsafe one at run time and
 * the step or rule would silently stop working, so the lead hears about it here, with its path, instead.
 */
function checkPatterns(pack: Record<string, unknown>, out: Collector) {
  const found: { path: string; source: string; flags: string }[] = [];
  const protocols = Array.isArray(pack.protocols) ? pack.protocols : [];
  protocols.forEach((protocol: { steps?: unknown }, p) => {
    const steps = Array.isArray(protocol?.steps) ? protocol.steps : [];
    steps.forEach((step: { detectors?: unknown }, s) => {
      const detectors = Array.isArray(step?.detectors) ? step.detectors : [];
      detectors.forEach((d: { kind?: unknown; pattern?: unknown; phrases?: unknown; flags?: unknown }, i) => {
        // The schema's if/then: a detector needs the field of its kind (a pattern detector without its pattern never
        // matches, so its step could never be ticked). A field of the wrong type was reported, and dropped, already.
        const needed = d?.kind === 'pattern' ? 'pattern' : d?.kind === 'phrase' ? 'phrases' : undefined;
        const at = `protocols[${p}].steps[${s}].detectors[${i}]`;
        if (needed && d[needed] === undefined && !out.errors.some((e) => e.path === `${at}.${needed}`)) {
          out.error(`${at}.${needed}`, needed === 'pattern' ? out.text.missingText : out.text.missingList);
        }
        if (d?.kind !== 'pattern' || typeof d.pattern !== 'string') return;
        found.push({ path: `protocols[${p}].steps[${s}].detectors[${i}].pattern`, source: d.pattern, flags: typeof d.flags === 'string' ? d.flags : '' });
      });
    });
  });
  const rules = Array.isArray(pack.toneRules) ? pack.toneRules : [];
  rules.forEach((rule: { detector?: { patterns?: unknown; flags?: unknown } }, r) => {
    const params = rule?.detector;
    if (!params || !Array.isArray(params.patterns)) return;
    // The tone engine's default for rule patterns is case-insensitive (see findPresent in utils/tone/detectors).
    const flags = typeof params.flags === 'string' ? params.flags : 'i';
    if (!/^[imsu]*$/.test(flags)) out.error(`toneRules[${r}].detector.flags`, out.text.pattern('^[imsu]*$'));
    params.patterns.forEach((source, i) => {
      if (typeof source !== 'string') out.error(`toneRules[${r}].detector.patterns[${i}]`, out.text.type('string'));
      else found.push({ path: `toneRules[${r}].detector.patterns[${i}]`, source, flags });
    });
  });

  const distinct = new Set<string>();
  const started = performance.now();
  for (const { path, source, flags } of found) {
    if (out.full) return;
    // Bad flags or an over-long pattern were reported by the schema check already: one message per field.
    if (!/^[imsu]*$/.test(flags) || out.errors.some((e) => e.path === path)) continue;
    const key = `${flags}/${source}`;
    if (!distinct.has(key) && distinct.size >= MAX_PACK_PATTERNS) {
      out.error(path, out.text.tooManyPatterns(MAX_PACK_PATTERNS));
      return;
    }
    distinct.add(key);
    try {
      new RegExp(source, flags);
    } catch {
      out.error(path, out.text.badRegex);
      continue;
    }
    if (!safetyCache.has(key) && performance.now() - started > PATTERN_BUDGET_MS) {
      out.error(path, out.text.patternsUnchecked);
      return;
    }
    const safety = checkSafety(source, flags);
    if (!safety.ok) out.error(path, out.text.unsafeRegex(safety.reason));
  }
}

/** Validates a parsed pack. Returns the cleaned pack, or every error with its path. */
export function validatePack(raw: unknown, lang: Lang = 'es'): ValidationResult {
  const input = migrateToCurrent(raw, CURRENT_SCHEMA_VERSION);
  const out = new Collector(MESSAGES[lang]);
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: out.text.newerSchema(version) }], warnings: [] };
  }
  const cleaned = check(input, ROOT, '', out) as Record<string, unknown> | undefined;
  if (cleaned) {
    for (const key of ['protocols', 'replies', 'toneRules'] as const) checkUniqueIds(cleaned[key], key, out);
    const protocols = Array.isArray(cleaned.protocols) ? cleaned.protocols : [];
    protocols.forEach((protocol: { steps?: unknown }, i) => checkUniqueIds(protocol?.steps, `protocols[${i}].steps`, out));
    checkPatterns(cleaned, out);
  }
  if (out.full) out.errors.push({ path: '', message: out.text.tooManyErrors });
  if (out.errors.length > 0 || !cleaned) return { ok: false, errors: out.errors, warnings: out.warnings };
  return { ok: true, pack: cleaned as unknown as Pack, warnings: out.warnings };
}

/** Parses and validates pack text, turning a JSON syntax error into a validation error. */
export function parsePack(text: string, lang: Lang = 'es'): ValidationResult {
  let parsed: unknown;
  try {
    // A byte-order mark (Windows editors add one) is not part of the JSON; TextDecoder drops it, readFileSync does not.
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `${MESSAGES[lang].notJson}: ${(error as Error).message}` }], warnings: [] };
  }
  return validatePack(parsed, lang);
}

export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
