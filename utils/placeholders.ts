/**
 * Reply templates: `{{name}}` or `{{name|fallback}}`. A tiny scanner, no `eval` or `new Function` (MV3 CSP).
 * Spanish and English names are aliases of the same value.
 */
const ALIASES: Record<string, string> = {
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

const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_-]{1,40})\s*(?:\|([^{}]{0,200}))?\}\}/gu;

export type TemplateValues = Partial<Record<string, string>>;

export function canonicalName(name: string): string {
  const lower = name.toLowerCase();
  return ALIASES[lower] ?? lower;
}

export interface Rendered {
  text: string;
  /** Placeholders with neither a value nor a fallback, by the name written in the reply, in order of appearance. */
  missing: string[];
}

/** Fills placeholders; unknown ones without a fallback stay visible as `{{name}}` so the agent sees what to fill. */
export function renderTemplate(template: string, values: TemplateValues): Rendered {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string, fallback: string | undefined) => {
    const value = values[canonicalName(name)]?.trim();
    if (value) return value;
    if (fallback !== undefined && fallback.trim() !== '') return fallback.trim();
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text, missing };
}

export function placeholdersIn(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) if (!names.includes(match[1]!)) names.push(match[1]!);
  return names;
}
