/**
 * A small, valid pack for a team lead to start from (`cordial pack new`): one protocol per channel, a few replies, two
 * tone rules, the seed response targets and a Monday–Friday calendar. Relative imports only: the CLI uses it.
 */
import type { Pack } from './types';

export interface StarterOptions {
  id?: string;
  name?: string;
}

const TARGETS = { email: 86_400, social: 3_600, chat: 120 };

function starterEs({ id = 'mi-equipo', name = 'Paquete de mi equipo' }: StarterOptions): Pack {
  const greet = { kind: 'phrase' as const, phrases: ['hola', 'buenos días', 'buenas tardes', 'estimado', 'estimada'] };
  const close = { kind: 'phrase' as const, phrases: ['un saludo', 'saludos', 'que tenga un buen día', 'atentamente'] };
  return {
    schemaVersion: 1,
    id,
    name,
    version: '0.1.0',
    locale: 'es',
    description: 'Punto de partida: cambie los pasos, las respuestas y las reglas por las de su equipo.',
    protocols: [
      {
        id: 'email-protocol',
        channel: 'email',
        name: 'Correo electrónico',
        steps: [
          { id: 'greet', label: 'Saludar con cordialidad', required: true, position: 'start', detectors: [greet] },
          { id: 'solve-or-deadline', label: 'Resolver o dar un plazo', required: true, position: 'any' },
          { id: 'close-cordially', label: 'Despedirse con cordialidad', required: true, position: 'end', detectors: [close] },
        ],
      },
      {
        id: 'chat-protocol',
        channel: 'chat',
        name: 'Chat en vivo',
        steps: [
          { id: 'greet', label: 'Saludar y presentarse', required: true, position: 'start', detectors: [greet] },
          { id: 'offer-more-help', label: 'Ofrecer más ayuda', required: false, position: 'end', detectors: [{ kind: 'phrase', phrases: ['algo más en lo que', 'hay algo más'] }] },
        ],
      },
      {
        id: 'social-protocol',
        channel: 'social',
        name: 'Redes sociales',
        steps: [
          { id: 'greet', label: 'Saludar con cordialidad', required: true, position: 'start', detectors: [greet] },
          {
            id: 'move-to-private',
            label: 'Ofrecer seguir por privado',
            description: 'Nunca pida datos personales en un comentario público.',
            required: false,
            position: 'any',
            detectors: [{ kind: 'phrase', phrases: ['mensaje privado', 'por privado'] }],
          },
        ],
      },
    ],
    replies: [
      {
        id: 'saludo-inicial',
        title: 'Saludo inicial',
        body: 'Hola, {{cliente|buenos días}}. Soy {{agente}}, de {{empresa}}. ¿En qué puedo ayudarle?',
        situation: 'saludo',
        channels: ['chat', 'social'],
        shortcut: 'hola',
        variants: { email: { body: 'Hola, {{cliente}}:\n\nGracias por escribirnos. Soy {{agente}}, de {{empresa}}.' } },
      },
      {
        id: 'retraso-pedido',
        title: 'Retraso en el pedido',
        body: 'Lamento mucho el retraso de su pedido {{pedido}}. Lo recibirá el {{plazo:3}} como muy tarde.',
        situation: 'retraso',
        channels: ['email', 'chat', 'social'],
        tags: ['pedido'],
      },
      {
        id: 'cierre',
        title: 'Despedida',
        body: '¿Hay algo más en lo que pueda ayudarle? Un saludo,\n{{agente}}',
        situation: 'cierre',
        channels: ['email', 'chat', 'social'],
        shortcut: 'adios',
      },
    ],
    toneRules: [
      {
        id: 'courteous',
        label: 'Amable',
        explanation: 'Fórmulas como «por favor», «gracias» o «con gusto» hacen visible la amabilidad.',
        detector: { kind: 'lexicon-present', phrases: ['por favor', 'gracias', 'con gusto'] },
      },
      {
        id: 'no-shouting',
        label: 'Sin gritos por escrito',
        explanation: 'Las mayúsculas y los signos de exclamación acumulados equivalen a levantar la voz.',
        detector: { kind: 'shouting' },
      },
    ],
    dictionary: [],
    responseTargets: { ...TARGETS },
    calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [] },
  };
}

function starterEn({ id = 'my-team', name = 'My team’s pack' }: StarterOptions): Pack {
  const greet = { kind: 'phrase' as const, phrases: ['hello', 'hi', 'good morning', 'good afternoon', 'dear'] };
  const close = { kind: 'phrase' as const, phrases: ['kind regards', 'best regards', 'have a great day', 'sincerely'] };
  return {
    schemaVersion: 1,
    id,
    name,
    version: '0.1.0',
    locale: 'en',
    description: 'A starting point: replace the steps, replies and rules with your team’s.',
    protocols: [
      {
        id: 'email-protocol',
        channel: 'email',
        name: 'Email',
        steps: [
          { id: 'greet', label: 'Greet warmly', required: true, position: 'start', detectors: [greet] },
          { id: 'solve-or-deadline', label: 'Solve it or give a deadline', required: true, position: 'any' },
          { id: 'close-cordially', label: 'Close politely', required: true, position: 'end', detectors: [close] },
        ],
      },
      {
        id: 'chat-protocol',
        channel: 'chat',
        name: 'Live chat',
        steps: [
          { id: 'greet', label: 'Greet and introduce yourself', required: true, position: 'start', detectors: [greet] },
          { id: 'offer-more-help', label: 'Offer more help', required: false, position: 'end', detectors: [{ kind: 'phrase', phrases: ['anything else', 'something else i can'] }] },
        ],
      },
      {
        id: 'social-protocol',
        channel: 'social',
        name: 'Social media',
        steps: [
          { id: 'greet', label: 'Greet warmly', required: true, position: 'start', detectors: [greet] },
          {
            id: 'move-to-private',
            label: 'Offer to continue in private',
            description: 'Never ask for personal details in a public comment.',
            required: false,
            position: 'any',
            detectors: [{ kind: 'phrase', phrases: ['direct message', 'private message', 'dm'] }],
          },
        ],
      },
    ],
    replies: [
      {
        id: 'saludo-inicial',
        title: 'First greeting',
        body: 'Hi {{customer|there}}, I’m {{agent}} from {{company}}. How can I help?',
        situation: 'saludo',
        channels: ['chat', 'social'],
        shortcut: 'hello',
        variants: { email: { body: 'Dear {{customer}},\n\nThank you for writing to us. I’m {{agent}} from {{company}}.' } },
      },
      {
        id: 'retraso-pedido',
        title: 'Delayed order',
        body: 'I’m very sorry your order {{order}} is late. It will reach you by {{deadline:3}} at the latest.',
        situation: 'retraso',
        channels: ['email', 'chat', 'social'],
        tags: ['order'],
      },
      {
        id: 'cierre',
        title: 'Goodbye',
        body: 'Is there anything else I can help you with? Kind regards,\n{{agent}}',
        situation: 'cierre',
        channels: ['email', 'chat', 'social'],
        shortcut: 'bye',
      },
    ],
    toneRules: [
      {
        id: 'courteous',
        label: 'Courteous',
        explanation: 'Words such as “please”, “thank you” or “happy to help” make courtesy visible.',
        detector: { kind: 'lexicon-present', phrases: ['please', 'thank you', 'happy to help'] },
      },
      {
        id: 'no-shouting',
        label: 'No shouting in writing',
        explanation: 'Capitals and piled-up exclamation marks read as raising your voice.',
        detector: { kind: 'shouting' },
      },
    ],
    dictionary: [],
    responseTargets: { ...TARGETS },
    calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [] },
  };
}

/** A fresh starter pack (a new object each call: the caller may edit it). */
export function starterPack(lang: 'es' | 'en', options: StarterOptions = {}): Pack {
  return lang === 'en' ? starterEn(options) : starterEs(options);
}
