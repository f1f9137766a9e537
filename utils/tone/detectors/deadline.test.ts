import { describe, expect, it } from 'vitest';
import { runRule, texts } from '../testing';

const es = { kind: 'deadline', phrases: ['a más tardar', 'plazo máximo'] };
const en = { kind: 'deadline', phrases: ['at the latest'] };
const delay = { situation: 'retraso' as const, situations: ['retraso' as const] };
const found = (rule: typeof es, text: string, locale = 'es') => texts(runRule(rule, text, { ...delay, locale }));

describe('deadline (Spanish)', () => {
  it.each([
    ['Lo tendrá en 24 horas.', 'en 24 horas'],
    ['Lo recibirá el lunes.', 'el lunes'],
    ['Llega mañana por la tarde.', 'mañana'],
    ['Se lo enviamos antes del 12 de mayo.', '12 de mayo'],
    ['La factura estará el 12/06.', '12/06'],
    ['Verá el abono en 3-5 días hábiles.', 'en 3-5 días hábiles'],
    ['Tardará entre 3 y 5 días hábiles.', 'entre 3 y 5 días hábiles'],
    ['Le respondemos en un plazo de dos semanas.', 'en un plazo de dos semanas'],
    ['Lo revisamos esta semana, a más tardar.', 'esta semana'],
    ['Pasará el técnico antes de las 14:00.', 'antes de las 14:00'],
    ['Le llamaremos el viernes 16, sin falta.', 'el viernes'],
  ])('«%s» states a deadline', (text, evidence) => {
    expect(found(es, text)).toContain(evidence);
  });

  it.each([
    'Le llegará en breve.',
    'El proveedor no nos ha dado una fecha de entrega.',
    'No llegará mañana, lo siento.',
    'Esta mañana hemos revisado su caso.',
    'Abrimos 24/7.',
  ])('«%s» does not', (text) => {
    expect(runRule(es, text, delay).state).toBe('fail');
  });

  it('a condition is still a deadline: «si no lo recibe el lunes, escríbanos»', () => {
    expect(runRule(es, 'Si no lo recibe el lunes, escríbanos.', delay).state).toBe('pass');
  });
});

describe('deadline (English)', () => {
  it.each([
    ['It will arrive within 5 business days.', 'within 5 business days'],
    ['Expect it by Friday.', 'by Friday'],
    ['Delivered no later than 20 May.', '20 May'],
    ['You will get a bill by 5pm tomorrow.', 'by 5pm'],
    ['We will ship it today.', 'today'],
    ['Ready by the end of the week.', 'by the end of'],
  ])('«%s» states a deadline', (text, evidence) => {
    expect(found(en, text, 'en')).toContain(evidence);
  });

  it('«How can I help you today?» and «shortly» do not', () => {
    expect(runRule(en, 'How can I help you today?', { ...delay, locale: 'en' }).state).toBe('fail');
    expect(runRule(en, 'It should ship shortly.', { ...delay, locale: 'en' }).state).toBe('fail');
  });
});
