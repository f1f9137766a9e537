import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from './builtin';
import schema from './schema/pack.v1.schema.json';
import type { Pack } from './types';
import { formatIssue, parsePack, validatePack } from './validate';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const ajvValidate = ajv.compile(schema);

function minimalPack(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'equipo-soporte',
    name: 'Equipo soporte',
    version: '1.2.0',
    locale: 'es',
    protocols: [{ id: 'chat-protocol', channel: 'chat', name: 'Chat', steps: [{ id: 'greet', label: 'Saluda', required: true }] }],
    replies: [
      { id: 'hola', title: 'Hola', body: 'Hola, ¿en qué puedo ayudarle?', situation: 'saludo', channels: ['chat'] },
      { id: 'gracias', title: 'Gracias', body: 'Gracias por escribirnos.', situation: 'agradecimiento', channels: ['chat', 'email'] },
    ],
    toneRules: [],
    dictionary: [],
    responseTargets: { email: 86400, social: 3600, chat: 120 },
  };
}

const messages = (input: unknown) => {
  const result = validatePack(input);
  return result.ok ? [] : result.errors.map(formatIssue);
};

describe('built-in packs', () => {
  it.each(BUILTIN_PACKS.map((p) => [(p as Pack).id, p]))('%s is valid for Cordial and for a standard JSON Schema validator', (_id, pack) => {
    const result = validatePack(pack);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
    expect(ajvValidate(pack), JSON.stringify(ajvValidate.errors)).toBe(true);
  });

  it.each(BUILTIN_PACKS.map((p) => [(p as Pack).id, p as Pack]))('%s covers the three channels, 40+ replies and the seed targets', (_id, pack) => {
    expect(pack.protocols.map((p) => p.channel).sort()).toEqual(['chat', 'email', 'social']);
    expect(pack.replies.length).toBeGreaterThanOrEqual(40);
    expect(pack.responseTargets).toEqual({ chat: 120, social: 3600, email: 86400 });
    const situations = new Set(pack.replies.map((r) => r.situation));
    for (const s of ['saludo', 'acuse-de-recibo', 'retraso', 'disculpa', 'queja', 'cliente-enfadado', 'reembolso', 'escalado', 'plazo', 'no-es-posible', 'seguimiento', 'cierre', 'agradecimiento']) {
      expect(situations, s).toContain(s);
    }
  });

  it('the English pack mirrors the Spanish one: same protocols, steps and reply ids', () => {
    const [es, en] = BUILTIN_PACKS as Pack[];
    const shape = (p: Pack) => p.protocols.map((pr) => `${pr.id}:${pr.steps.map((s) => s.id).join(',')}`);
    expect(shape(en!)).toEqual(shape(es!));
    expect(en!.replies.map((r) => r.id).sort()).toEqual(es!.replies.map((r) => r.id).sort());
  });
});

describe('validatePack', () => {
  it('accepts a minimal pack, and the standard validator agrees', () => {
    expect(messages(minimalPack())).toEqual([]);
    expect(ajvValidate(minimalPack())).toBe(true);
  });

  it('gives path-precise, human messages in Spanish', () => {
    const pack = minimalPack();
    delete (pack.replies as Record<string, unknown>[])[1]!.body;
    (pack.replies as Record<string, unknown>[])[0]!.channels = ['fax'];
    pack.version = 'uno';
    expect(messages(pack)).toEqual([
      'version: no tiene el formato esperado (^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$)',
      'replies[0].channels[0]: debe ser uno de: email, social, chat',
      'replies[1].body: falta el texto',
    ]);
    expect(ajvValidate(pack)).toBe(false);
  });

  it('speaks English when asked', () => {
    const pack = minimalPack();
    (pack.replies as Record<string, unknown>[])[0]!.body = '   ';
    const result = validatePack(pack, 'en');
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual(['replies[0].body: the text is missing']);
  });

  it('rejects a newer schemaVersion with a clear sentence', () => {
    const result = validatePack({ ...minimalPack(), schemaVersion: 2 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(/formato 2, más nuevo .* actualice Cordial/);
  });

  it('reports unknown keys, tolerates them and drops them, including __proto__', () => {
    const text = JSON.stringify(minimalPack()).replace('"schemaVersion":1', '"schemaVersion":1,"__proto__":{"polluted":true},"colour":"blue"');
    const result = parsePack(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatIssue)).toEqual(['__proto__: campo desconocido: se ignora', 'colour: campo desconocido: se ignora']);
    expect(Object.keys(result.pack)).not.toContain('colour');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((result.pack as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects duplicate ids and invalid detector patterns', () => {
    const pack = minimalPack();
    (pack.replies as Record<string, unknown>[])[1]!.id = 'hola';
    ((pack.protocols as Record<string, unknown>[])[0]!.steps as Record<string, unknown>[])[0]!.detectors = [{ kind: 'pattern', pattern: '(unclosed' }];
    expect(messages(pack)).toEqual(['replies[1].id: el id «hola» está repetido', 'protocols[0].steps[0].detectors[0].pattern: no es una expresión regular válida']);
  });

  it('accepts confirmBeforeSend on a step, keeps it, and rejects a non-boolean with its path', () => {
    const pack = minimalPack();
    const step = ((pack.protocols as Record<string, unknown>[])[0]!.steps as Record<string, unknown>[])[0]!;
    step.confirmBeforeSend = true;
    const result = validatePack(pack);
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.pack.protocols[0]!.steps[0]!.confirmBeforeSend).toBe(true);
    expect(ajvValidate(pack)).toBe(true);
    step.confirmBeforeSend = 'yes';
    expect(messages(pack)).toEqual(['protocols[0].steps[0].confirmBeforeSend: debería ser verdadero o falso']);
    expect(ajvValidate(pack)).toBe(false);
  });

  it('turns broken JSON and wrong root types into messages, never exceptions', () => {
    for (const text of ['{', 'null', '[]', '"pack"', '42']) {
      const result = parsePack(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.length).toBeGreaterThan(0);
    }
  });
});
