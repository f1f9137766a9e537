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

describe('validatePack on hostile input (found by protocols/fuzz.test.ts)', () => {
  const steps = (pack: Record<string, unknown>) => (pack.protocols as { steps: Record<string, unknown>[] }[])[0]!.steps;

  it('checks the holes of a sparse array instead of skipping them', () => {
    expect(messages({ ...minimalPack(), replies: new Array(2) })).toEqual(['replies[0]: debería ser un objeto', 'replies[1]: debería ser un objeto']);
  });

  it('rejects step patterns the tone engine would refuse, with the reason, in both languages', () => {
    const pack = minimalPack();
    steps(pack)[0]!.detectors = [
      { kind: 'pattern', pattern: '(a+)+$' },
      { kind: 'pattern', pattern: '\\b[Gg]racias\\b', flags: 'u' },
      { kind: 'pattern', pattern: '(x)\\1' },
    ];
    expect(messages(pack)).toEqual([
      'protocols[0].steps[0].detectors[0].pattern: no es una expresión regular segura (tiene cuantificadores anidados, como (a+)+): podría bloquear el navegador',
      'protocols[0].steps[0].detectors[2].pattern: no es una expresión regular segura (usa referencias hacia atrás): podría bloquear el navegador',
    ]);
    const en = validatePack(pack, 'en');
    expect(!en.ok && en.errors[0]!.message).toBe('is not a safe regular expression (nested quantifiers, such as (a+)+): it could freeze the browser');
  });

  it('rejects patterns that would backtrack for seconds on a long word, with the reason in Spanish', () => {
    const pack = minimalPack();
    steps(pack)[0]!.detectors = [
      { kind: 'pattern', pattern: `${'\\w{0,20}'.repeat(6)}!` },
      { kind: 'pattern', pattern: `${'(?:\\w|a)'.repeat(40)}!` },
    ];
    expect(messages(pack)).toEqual([
      'protocols[0].steps[0].detectors[0].pattern: no es una expresión regular segura (tiene cuantificadores que pueden repartirse el mismo texto de demasiadas maneras, como a?a?a?…aaa o \\w{m,n}\\w{m,n}\\w{m,n}): podría bloquear el navegador',
      'protocols[0].steps[0].detectors[1].pattern: no es una expresión regular segura (tiene demasiadas alternativas seguidas que pueden encajar con el mismo texto, como (?:a|\\w)(?:a|\\w)(?:a|\\w)…): podría bloquear el navegador',
    ]);
  });

  it('checks tone-rule patterns and flags, which the schema leaves free-form', () => {
    const pack = minimalPack();
    pack.toneRules = [
      { id: 'a', label: 'A', explanation: 'A', detector: { kind: 'lexicon-present', patterns: ['(a|aa)*b', '(unclosed', 7] } },
      { id: 'b', label: 'B', explanation: 'B', detector: { kind: 'lexicon-present', patterns: ['hola'], flags: 'g' } },
    ];
    expect(messages(pack)).toEqual([
      'toneRules[0].detector.patterns[2]: debería ser un texto',
      'toneRules[1].detector.flags: no tiene el formato esperado (^[imsu]*$)',
      'toneRules[0].detector.patterns[0]: no es una expresión regular segura (repite un grupo con alternativas, como (a|aa)*): podría bloquear el navegador',
      'toneRules[0].detector.patterns[1]: no es una expresión regular válida',
    ]);
  });

  it('caps the number of different regular expressions, so a hostile pack cannot keep the analysis busy', () => {
    const pack = minimalPack();
    pack.toneRules = [{ id: 'many', label: 'M', explanation: 'M', detector: { kind: 'lexicon-present', patterns: Array.from({ length: 250 }, (_, i) => `palabra${i}`) } }];
    expect(messages(pack)).toEqual(['toneRules[0].detector.patterns[200]: el paquete tiene demasiadas expresiones regulares distintas (máximo 200)']);
    // The same expression repeated counts once.
    (pack.toneRules as { detector: { patterns: string[] } }[])[0]!.detector.patterns = Array.from({ length: 250 }, () => 'hola');
    expect(messages(pack)).toEqual([]);
  });

  it('drops __proto__, constructor and prototype from detector parameters at every level', () => {
    const text = JSON.stringify({ ...minimalPack(), toneRules: [{ id: 'r', label: 'R', explanation: 'R', detector: { kind: 'x', list: [{ ok: 1 }] } }] })
      .replace('"kind":"x"', '"kind":"x","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}')
      .replace('{"ok":1}', '{"ok":1,"__proto__":{"polluted":1}}');
    const result = parsePack(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const detector = result.pack.toneRules[0]!.detector;
    expect(Object.getOwnPropertyNames(detector)).toEqual(['kind', 'list']);
    expect((Object.assign({}, detector) as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames((detector.list as object[])[0])).toEqual(['ok']);
    expect(result.warnings.map(formatIssue)).toEqual([
      'toneRules[0].detector.__proto__: campo desconocido: se ignora',
      'toneRules[0].detector.constructor: campo desconocido: se ignora',
      'toneRules[0].detector.list[0].__proto__: campo desconocido: se ignora',
    ]);
  });

  it('reports detector parameters over the limits instead of cutting them silently', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10; i++) deep = { d: deep };
    const pack = minimalPack();
    pack.toneRules = [
      {
        id: 'r',
        label: 'R',
        explanation: 'R',
        detector: { kind: 'jargon', phrases: Array.from({ length: 1001 }, (_, i) => `p${i}`), note: 'x'.repeat(10_001), deep, huge: 1e400, fn: () => 1 },
      },
    ];
    expect(messages(pack)).toEqual([
      'toneRules[0].detector.phrases: tiene demasiados elementos (máximo 1000)',
      'toneRules[0].detector.note: es demasiado largo (máximo 10000 caracteres)',
      'toneRules[0].detector.deep.d.d.d.d.d.d.d.d: está anidado a demasiada profundidad (máximo 8 niveles)',
      'toneRules[0].detector.huge: debería ser un número',
      'toneRules[0].detector.fn: solo puede contener datos JSON (textos, números, listas y objetos)',
    ]);
  });

  it('requires the field of a detector’s kind, as the schema’s if/then does', () => {
    const pack = minimalPack();
    steps(pack)[0]!.detectors = [{ kind: 'pattern', flags: 'u' }, { kind: 'phrase' }, { kind: 'phrase', phrases: 'hola' }, { kind: 'pattern', pattern: 'hola' }];
    expect(messages(pack)).toEqual([
      'protocols[0].steps[0].detectors[2].phrases: debería ser una lista',
      'protocols[0].steps[0].detectors[0].pattern: falta el texto',
      'protocols[0].steps[0].detectors[1].phrases: falta la lista',
    ]);
    expect(ajvValidate(pack)).toBe(false);
    steps(pack)[0]!.detectors = [{ kind: 'pattern', pattern: 'hola' }, { kind: 'phrase', phrases: ['hola'] }];
    expect(messages(pack)).toEqual([]);
    expect(ajvValidate(pack)).toBe(true);
  });

  it('accepts text that starts with a byte-order mark', () => {
    const result = parsePack(`\uFEFF${JSON.stringify(minimalPack())}`);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
  });

  it('quotes at most 80 characters of a duplicate id', () => {
    const pack = minimalPack();
    const long = 'a'.repeat(100_000);
    (pack.replies as Record<string, unknown>[])[0]!.id = long;
    (pack.replies as Record<string, unknown>[])[1]!.id = long;
    const all = messages(pack);
    expect(all.find((m) => m.startsWith('replies[1].id: el id'))).toBe(`replies[1].id: el id «${'a'.repeat(80)}…» está repetido`);
    expect(Math.max(...all.map((m) => m.length))).toBeLessThan(300);
  });
});
