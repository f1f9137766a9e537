/**
 * The built-in replies pass the pack's own checks, judged by the same engine as the sidebar (utils/tone: tone rules
 * and protocol steps; `npm run -s cordial -- check` runs it from the shell):
 * - every reply that is a complete email (a greeting line and a signature) misses none of the email protocol's required
 *   steps and fails no tone rule for the email channel, in its own situation;
 * - every reply passes the writing rules (short sentences, no blame, no vague promises, plain language…) in each
 *   channel it is offered for, variants included.
 * Replies that are fragments by design are listed with the reason, so a new reply has to be classified.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/utils/tone';
import { renderTemplate } from '@/utils/placeholders';
import type { Channel, Pack, Reply } from '../types';
import enJson from './en.json';
import esJson from './es.json';

const PACKS = [esJson as unknown as Pack, enJson as unknown as Pack];

const PARAGRAPH = 'a paragraph also offered in chat or social media: in an email the agent adds it under their own greeting and above their signature';
/** Email replies that are not a whole email, on purpose. */
const FRAGMENTS: Record<string, string> = {
  'saludo-correo': 'the opening of an email (greeting and introduction): the agent writes the answer and signs',
  'saludo-breve': 'a one-line greeting shared by every channel',
  'acuse-documentacion': 'a two-sentence acknowledgement the agent adds to the email that answers the documents',
  'acuse-mensaje-recibido': PARAGRAPH,
  'retraso-respuesta': PARAGRAPH,
  'retraso-alta-demanda': PARAGRAPH,
  'disculpa-molestias': PARAGRAPH,
  'disculpa-informacion-incorrecta': `${PARAGRAPH}, with a [blank] for the correct details`,
  'queja-opinion-negativa': PARAGRAPH,
  'queja-entiendo-problema': PARAGRAPH,
  'enfadado-lo-siento': PARAGRAPH,
  'enfadado-tras-escuchar': PARAGRAPH,
  'enfadado-respuesta-no-esperada': PARAGRAPH,
  'reembolso-solicitud-recibida': PARAGRAPH,
  'reembolso-datos-necesarios': PARAGRAPH,
  'escalado-responsable': PARAGRAPH,
  'escalado-equipo-tecnico': PARAGRAPH,
  'plazo-dias-habiles': PARAGRAPH,
  'plazo-24-horas': PARAGRAPH,
  'plazo-manana': PARAGRAPH,
  'no-posible-devolucion-fuera-de-plazo': PARAGRAPH,
  'no-posible-alternativa': `${PARAGRAPH}, with a [blank] for the alternative`,
  'no-posible-datos-titular': PARAGRAPH,
  'seguimiento-comprobar-solucion': PARAGRAPH,
  'agradecimiento-confianza': PARAGRAPH,
  'agradecimiento-paciencia': PARAGRAPH,
  'agradecimiento-opinion-positiva': PARAGRAPH,
  'agradecimiento-sugerencia': PARAGRAPH,
  'informacion-estado-pedido': PARAGRAPH,
  'informacion-horario': `${PARAGRAPH}, with [blanks] for the hours`,
  'informacion-canales-contacto': PARAGRAPH,
  'informacion-preguntas-frecuentes': PARAGRAPH,
};

/** Rules about how a reply is written, which a fragment must pass as much as a whole email. */
const WRITING_RULES = ['clear-language', 'transparent', 'usted-register', 'short-sentences', 'no-blame-phrases', 'no-shouting', 'emoji-policy'];

const VALUES = {
  es: { customer: 'Lucía', agent: 'Daniel Ruiz', company: 'Alba Hogar', date: '15 de mayo', deadline: '5 días hábiles', order: '48213' },
  en: { customer: 'Lucía', agent: 'Daniel Ruiz', company: 'Alba Hogar', date: 'May 15', deadline: '5 business days', order: '48213' },
};

const textFor = (reply: Reply, channel: Channel) => reply.variants?.[channel]?.body ?? reply.body;

function render(pack: Pack, template: string) {
  const lang = pack.locale as 'es' | 'en';
  // A Friday, so {{plazo:3}} spans a weekend and renders as the longest kind of date.
  return renderTemplate(template, VALUES[lang], { locale: lang, today: new Date(2026, 4, 8), calendar: pack.calendar }).text;
}

function check(pack: Pack, reply: Reply, channel: Channel) {
  const text = render(pack, textFor(reply, channel));
  return checkDraft({ text, locale: pack.locale, channel, situation: reply.situation, customerName: VALUES.es.customer, pack });
}

const GREETING_LINE = /^(?:Hola|Hello|Hi|Dear)\b[^\n]*[:,]\n\n/;
const SIGNATURE = /\n\{\{(?:agente|agent)\}\}\n\{\{(?:empresa|company)\}\}$/;

for (const pack of PACKS) {
  const emailReplies = pack.replies.filter((r) => r.channels.includes('email'));
  const isComplete = (r: Reply) => GREETING_LINE.test(textFor(r, 'email')) && SIGNATURE.test(textFor(r, 'email'));
  const complete = emailReplies.filter(isComplete);
  const emailProtocol = pack.protocols.find((p) => p.channel === 'email')!;
  const required = new Set(emailProtocol.steps.filter((s) => s.required).map((s) => s.id));

  describe(`${pack.id}: replies`, () => {
    it('every email reply is a complete email or a fragment listed with its reason, never half of one', () => {
      expect(complete.length).toBeGreaterThanOrEqual(14);
      for (const reply of emailReplies) {
        expect(isComplete(reply), `${reply.id}: complete email, or listed in FRAGMENTS`).toBe(!(reply.id in FRAGMENTS));
      }
      const listed = new Set(emailReplies.map((r) => r.id));
      expect(Object.keys(FRAGMENTS).filter((id) => !listed.has(id)), 'FRAGMENTS naming no email reply').toEqual([]);
    });

    it.each(complete.map((r) => [r.id, r] as const))('%s, a complete email, passes the required steps and every tone rule', (_id, reply) => {
      const result = check(pack, reply, 'email');
      // A step without detectors («Resolver o dar un plazo») is `manual`: the agent ticks it, the draft cannot show it.
      const missing = result.steps.filter((s) => required.has(s.id) && s.state === 'fail').map((s) => s.id);
      expect(missing, 'required steps').toEqual([]);
      expect(result.steps.filter((s) => required.has(s.id) && s.state === 'pass').length, 'required steps the draft shows').toBeGreaterThanOrEqual(2);
      const failed = result.tone.filter((f) => f.state === 'fail').map((f) => `${f.id}: ${f.message ?? ''}`);
      expect(failed, 'tone rules').toEqual([]);
    });

    const offered = pack.replies.flatMap((r) => r.channels.map((channel) => [`${r.id} (${channel})`, r, channel] as const));
    it.each(offered)('%s passes the writing rules', (_name, reply, channel) => {
      const result = check(pack, reply, channel);
      const failed = result.tone.filter((f) => WRITING_RULES.includes(f.id) && f.state === 'fail').map((f) => `${f.id}: ${f.message ?? ''}`);
      expect(failed).toEqual([]);
      // «Estimado/a»: the agent's tool should not make the customer read a form.
      expect(textFor(reply, channel)).not.toMatch(/\p{L}o\/a\b/u);
    });
  });
}
