/**
 * Pack validation by interpreting the pack's JSON Schema (a small subset of draft 2020-12): the schema file stays
 * the one contract, messages are path-precise and human, and nothing is compiled or evaluated (MV3 forbids `eval`).
 * Unknown keys are reported as warnings and dropped from the result, so a pack from a newer minor release still
 * loads and stray keys such as `__proto__` never reach storage.
 */
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
    return items ? value.map((item, i) => check(item, items, `${path}[${i}]`, out)) : [];
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
      } else if (schema.additionalProperties === false) {
        out.warn(join(path, key), t.unknownKey);
      } else {
        // Free-form objects (tone-rule detector parameters) keep plain JSON data only.
        result[key] = structuredCloneJson(input[key]);
      }
    }
    return { ...result };
  }
  return value;
}

/** Copies JSON data without prototype-bearing keys; bounded depth so a hostile nesting cannot blow the stack. */
function structuredCloneJson(value: unknown, depth = 0): unknown {
  if (depth > 8) return undefined;
  if (Array.isArray(value)) return value.slice(0, 1000).map((v) => structuredCloneJson(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      out[key] = structuredCloneJson((value as Record<string, unknown>)[key], depth + 1);
    }
    return out;
  }
  return value;
}

function checkUniqueIds(items: unknown, path: string, out: Collector) {
  if (!Array.isArray(items)) return;
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) out.error(`${path}[${i}].id`, out.text.duplicateId(id));
    seen.add(id);
  });
}

function checkDetectorPatterns(pack: Record<string, unknown>, out: Collector) {
  const protocols = Array.isArray(pack.protocols) ? pack.protocols : [];
  protocols.forEach((protocol: { steps?: unknown }, p) => {
    const steps = Array.isArray(protocol?.steps) ? protocol.steps : [];
    steps.forEach((step: { detectors?: unknown }, s) => {
      const detectors = Array.isArray(step?.detectors) ? step.detectors : [];
      detectors.forEach((d: { kind?: unknown; pattern?: unknown; flags?: unknown }, i) => {
        if (d?.kind !== 'pattern' || typeof d.pattern !== 'string') return;
        try {
          new RegExp(d.pattern, typeof d.flags === 'string' ? d.flags : '');
        } catch {
          out.error(`protocols[${p}].steps[${s}].detectors[${i}].pattern`, out.text.badRegex);
        }
      });
    });
  });
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
    checkDetectorPatterns(cleaned, out);
  }
  if (out.full) out.errors.push({ path: '', message: out.text.tooManyErrors });
  if (out.errors.length > 0 || !cleaned) return { ok: false, errors: out.errors, warnings: out.warnings };
  return { ok: true, pack: cleaned as unknown as Pack, warnings: out.warnings };
}

/** Parses and validates pack text, turning a JSON syntax error into a validation error. */
export function parsePack(text: string, lang: Lang = 'es'): ValidationResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `${MESSAGES[lang].notJson}: ${(error as Error).message}` }], warnings: [] };
  }
  return validatePack(parsed, lang);
}

export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
