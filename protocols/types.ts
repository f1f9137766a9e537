/**
 * Protocol pack format, schema version 1. The JSON Schema in `schema/pack.v1.schema.json` is the public contract;
 * these types mirror it for the code. Every id is stable kebab-case so re-imports update in place and usage
 * statistics survive pack updates.
 */

export const CHANNELS = ['email', 'social', 'chat'] as const;
export type Channel = (typeof CHANNELS)[number];

export const SITUATIONS = [
  'saludo',
  'acuse-de-recibo',
  'retraso',
  'disculpa',
  'queja',
  'cliente-enfadado',
  'reembolso',
  'escalado',
  'plazo',
  'no-es-posible',
  'seguimiento',
  'cierre',
  'agradecimiento',
  'informacion',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Finds a step's or rule's phrases in a draft. Phrases match case- and accent-insensitively on word boundaries. */
export type Detector =
  | { kind: 'phrase'; phrases: string[] }
  | { kind: 'pattern'; pattern: string; flags?: string };

export interface ProtocolStep {
  id: string;
  label: string;
  description?: string;
  required: boolean;
  /**
   * A required step the agent must not forget: when it is missing at send time, the send is held and the agent is
   * asked «¿Enviar sin …?» (other missing required steps only give a warning after the send). Ignored when the step
   * is not required.
   */
  confirmBeforeSend?: boolean;
  /** Where the step tends to sit in a written reply; lets the checker look at the start or the end only. */
  position?: 'start' | 'end' | 'any';
  detectors?: Detector[];
}

export interface Protocol {
  id: string;
  channel: Channel;
  name: string;
  description?: string;
  steps: ProtocolStep[];
}

export interface ReplyVariant {
  body: string;
  /** Simple rich text (paragraphs, line breaks, links) for channels that accept it; `body` is the plain fallback. */
  html?: string;
}

export interface Reply {
  id: string;
  title: string;
  body: string;
  situation: Situation;
  channels: Channel[];
  tags?: string[];
  shortcut?: string;
  /** The reply's language when it differs from the pack's locale. */
  language?: string;
  variants?: Partial<Record<Channel, ReplyVariant>>;
}

export interface ToneRule {
  id: string;
  label: string;
  explanation: string;
  channels?: Channel[];
  situations?: Situation[];
  /** Detector kind and its parameters; kinds are interpreted by the tone engine, never executed. */
  detector: { kind: string } & Record<string, unknown>;
}

export interface HostRule {
  /** A match pattern such as `https://help.example.com/*`. */
  match: string;
  channel: Channel;
}

export interface BusinessCalendar {
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  workingDays: number[];
  /** ISO dates (YYYY-MM-DD) that are not working days. */
  holidays: string[];
}

export interface Pack {
  $schema?: string;
  schemaVersion: 1;
  id: string;
  name: string;
  version: string;
  locale: string;
  author?: string;
  description?: string;
  protocols: Protocol[];
  replies: Reply[];
  toneRules: ToneRule[];
  dictionary: string[];
  /** First-response targets in seconds, per channel. */
  responseTargets: Record<Channel, number>;
  hosts?: HostRule[];
  calendar?: BusinessCalendar;
}
