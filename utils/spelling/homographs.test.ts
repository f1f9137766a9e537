import { describe, expect, it } from 'vitest';
import { HOMOGRAPH_RULES, findHomographs, type HomographRuleId } from './homographs';
import { tokenize } from './tokenize';

const accents = (text: string) => {
  const tokens = tokenize(text);
  return findHomographs(text, tokens).map((f) => {
    const first = tokens[f.index]!;
    const last = tokens[f.index + f.count - 1]!;
    return `${text.slice(first.start, last.end)} → ${f.replacement} (${f.rule})`;
  });
};

/** Each rule: drafts where it must fire (the error), and right drafts with the same words where it must not. */
const CASES: Record<HomographRuleId, { flag: Array<[string, string]>; keep: string[] }> = {
  interrogative: {
    flag: [
      ['¿Como puedo ayudarle?', 'Como → Cómo'],
      ['¿Que tal el envío?', 'Que → Qué'],
      ['¿Y donde lo dejo?', 'donde → dónde'],
      ['¿Desde cuando ocurre?', 'cuando → cuándo'],
      ['¿A quien se lo envío?', 'quien → quién'],
      ['¡Que bien que funcione!', 'Que → Qué'],
      ['¿Porque no le llega?', 'Porque → Por qué'],
      ['¿Por que no le llega?', 'Por que → Por qué'],
    ],
    keep: ['¡Que tenga un buen día!', 'Le escribo porque no le llega.', 'Como le comentaba, llegará mañana.', '¿Cómo está?', 'Donde usted indique.', '¡Que se mejore!'],
  },
  'indirect-question': {
    flag: [['No sé que hacer con el pedido.', 'que → qué'], ['Le explico como configurarlo.', 'como → cómo']],
    keep: ['Sé que llegará mañana.', 'Le explico que llegará mañana.', 'Le digo como amigo.'],
  },
  'tu-pronoun': {
    flag: [['Si tu quieres, lo cambiamos.', 'tu → tú'], ['Lo hiciste tu mismo.', 'tu → tú'], ['¿Y tu?', 'tu → tú']],
    keep: ['Tu pedido ha salido.', 'Revisa tu correo, por favor.', 'Tú decides.'],
  },
  'el-pronoun': {
    flag: [['Se lo di a el.', 'el → él'], ['El dijo que llegaría hoy.', 'El → Él'], ['Hablé con el y con su jefe.', 'el → él']],
    keep: ['El pedido llegó.', 'Hablé con el responsable.', 'El mismo día lo enviamos.', 'Con el que le escribió ayer.', 'El solo hecho de escribir ayuda.'],
  },
  'mi-pronoun': {
    flag: [['Para mi, es un placer.', 'mi → mí'], ['A mi me pasó igual.', 'mi → mí']],
    keep: ['Para mi equipo es un placer.', 'A mi compañera le pasó igual.', 'Por mi parte, todo listo.'],
  },
  'si-affirmative': {
    flag: [['Si, claro, se lo envío.', 'Si → Sí'], ['Creo que si.', 'si → sí'], ['Lo hizo por si mismo.', 'si → sí']],
    keep: ['Si le llega hoy, avíseme.', 'Dígame si le llega.', 'Sí, claro.'],
  },
  'mas-quantity': {
    flag: [['Necesitamos mas información.', 'mas → más'], ['Tardará mas de dos días.', 'mas → más'], ['Es lo mas rápido.', 'mas → más'], ['Mas allá de eso, nada.', 'Mas → Más']],
    keep: ['Lo intentamos, mas no fue posible.', 'Necesitamos más información.'],
  },
  'aun-todavia': {
    flag: [['Aun no ha llegado.', 'Aun → Aún'], ['El pago aun está pendiente.', 'aun → aún']],
    keep: ['Aun así, lo revisamos.', 'Aun cuando llueva, llegará.', 'Aún no ha llegado.'],
  },
  'te-tea': {
    flag: [['Le invitamos a un te.', 'te → té'], ['El te verde se agotó.', 'te → té'], ['Una taza de te.', 'te → té']],
    keep: ['Te lo envío hoy.', 'El técnico te llamará.', 'Quiero que te llegue hoy.'],
  },
  'se-saber': {
    flag: [['No se si llegará hoy.', 'se → sé'], ['Ya lo se.', 'se → sé'], ['Yo se que es urgente.', 'se → sé']],
    keep: ['No se preocupe.', 'Ya se lo envié.', 'Yo se lo explico.', 'Se lo enviamos hoy.'],
  },
  'de-dar': {
    flag: [['Le pedimos que nos de su número.', 'de → dé'], ['No le de más vueltas.', 'de → dé']],
    keep: ['Le escribo de parte de Ana.', 'El número de pedido.', 'Que le dé su número.'],
  },
  'esta-verb': {
    flag: [['Su pedido esta listo.', 'esta → está'], ['La incidencia esta resuelta.', 'esta → está'], ['El paquete esta enviado.', 'esta → está'], ['¿Dónde esta?', 'esta → está']],
    keep: ['Esta semana lo enviamos.', 'Esta llamada es grabada.', 'Esta entrada no es válida.', 'Su pedido está listo.'],
  },
  'esta-demonstrative': {
    flag: [['Le escribo está semana.', 'está → esta']],
    keep: ['Su pedido está listo.', 'Está en camino.'],
  },
};

describe('accent homographs in context', () => {
  it('has cases for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual([...HOMOGRAPH_RULES].sort());
  });

  for (const rule of HOMOGRAPH_RULES) {
    const { flag, keep } = CASES[rule];
    it(`${rule}: fires where the accent is missing`, () => {
      for (const [text, expected] of flag) expect(accents(text), text).toEqual([`${expected} (${rule})`]);
    });
    it(`${rule}: stays quiet on right Spanish`, () => {
      for (const text of keep) expect(accents(text).filter((a) => a.endsWith(`(${rule})`)), text).toEqual([]);
    });
  }
});
