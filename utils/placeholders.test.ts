import { describe, expect, it } from 'vitest';
import { placeholderRuns, placeholdersIn, renderTemplate, type RenderOptions } from './placeholders';

/** Friday 27 November 2026, mid-morning, local time. */
const FRIDAY = new Date(2026, 10, 27, 10);
const es: RenderOptions = { today: FRIDAY, locale: 'es', calendar: { workingDays: [1, 2, 3, 4, 5], holidays: ['2026-12-01'] } };
const en: RenderOptions = { today: FRIDAY, locale: 'en' };

describe('renderTemplate', () => {
  it('fills Spanish and English names from the same values', () => {
    expect(renderTemplate('Hola {{cliente}}, soy {{agente}} de {{ empresa }}.', { customer: 'Lucía', agent: 'Pablo', company: 'Acme' }).text).toBe('Hola Lucía, soy Pablo de Acme.');
    expect(renderTemplate('Hi {{customer}}', { customer: 'Ann' }).text).toBe('Hi Ann');
  });

  it('uses the fallback when there is no value, and reports what is still missing', () => {
    expect(renderTemplate('Hola {{cliente|estimado cliente}}, en {{plazo}}.', {})).toEqual({ text: 'Hola estimado cliente, en {{plazo}}.', missing: ['plazo'] });
    expect(renderTemplate('{{cliente|x}}', { customer: '  ' }).text).toBe('x');
  });

  it('never evaluates anything and leaves odd braces alone', () => {
    expect(renderTemplate('{{constructor}} {{__proto__}} {{ 1+1 }} {single}', {}).missing).toEqual(['constructor', '__proto__']);
    expect(renderTemplate('{{1+1}}', {}).text).toBe('{{1+1}}');
    // Names that exist on every object are not values.
    expect(renderTemplate('{{toString}}{{hasOwnProperty|x}}', {}).text).toBe('{{toString}}x');
  });

  it('lists placeholders once each', () => {
    expect(placeholdersIn('{{cliente}} {{plazo|pronto}} {{cliente}}')).toEqual(['cliente', 'plazo']);
  });
});

describe('placeholderRuns', () => {
  it('cuts a preview into text and the blanks still to fill, in order', () => {
    expect(placeholderRuns('Soy {{agente}}, de {{ empresa | la tienda }}. {{plazo:3}}')).toEqual(['Soy ', { placeholder: 'agente' }, ', de ', { placeholder: 'empresa' }, '. ', { placeholder: 'plazo' }]);
    expect(placeholderRuns('Sin huecos: {llaves} y {{ }}')).toEqual(['Sin huecos: {llaves} y {{ }}']);
    expect(placeholderRuns('')).toEqual([]);
  });
});

describe('date placeholders', () => {
  it('`{{plazo:N}}` / `{{deadline:N}}` is N business days from today, in the pack’s language and calendar', () => {
    // Friday + 3 business days: Monday, (Tuesday is a holiday), Wednesday, Thursday.
    expect(renderTemplate('A más tardar el {{plazo:3}}.', {}, es)).toEqual({ text: 'A más tardar el jueves, 3 de diciembre.', missing: [] });
    expect(renderTemplate('No later than {{deadline:3}}.', {}, en).text).toBe('No later than Wednesday, December 2.');
    expect(renderTemplate('{{ plazo : 1 }}', {}, es).text).toBe('lunes, 30 de noviembre');
  });

  it('`{{fecha:hoy}}` / `{{date:today}}` is today', () => {
    expect(renderTemplate('Hoy, {{fecha:hoy}}', {}, es).text).toBe('Hoy, viernes, 27 de noviembre');
    expect(renderTemplate('{{date:today}} {{DATE:Today}}', {}, en).text).toBe('Friday, November 27 Friday, November 27');
  });

  it('bare `{{fecha}}` and `{{plazo}}` stay for the agent: the packs use them for dates and durations only the agent knows', () => {
    expect(renderTemplate('La nueva fecha de entrega es el {{fecha}}, en un plazo de {{plazo}}.', {}, es).missing).toEqual(['fecha', 'plazo']);
    expect(renderTemplate('{{plazo|3 días hábiles}}', {}, es).text).toBe('3 días hábiles');
  });

  it('the agent’s value wins over the computed date', () => {
    expect(renderTemplate('antes del {{plazo:3}}', { deadline: 'lunes, 14 de diciembre' }, es).text).toBe('antes del lunes, 14 de diciembre');
  });

  it('a parameter that is not a date falls back, then asks the agent; other names ignore it', () => {
    expect(renderTemplate('{{plazo:pronto|en breve}}', {}, es).text).toBe('en breve');
    expect(renderTemplate('{{plazo:999}}', {}, es)).toEqual({ text: '{{plazo:999}}', missing: ['plazo'] });
    expect(renderTemplate('{{plazo:2}}', {}, { ...es, calendar: { workingDays: [], holidays: [] } }).missing).toEqual(['plazo']);
    expect(renderTemplate('{{cliente:3}}', { customer: 'Ana' }, es).text).toBe('Ana');
  });

  it('without options it counts from the real today, in Spanish', () => {
    expect(renderTemplate('{{fecha:hoy}}', {}).text).toBe(new Intl.DateTimeFormat('es', { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date()));
  });
});

describe('hostile and unusual input', () => {
  const elapsedMs = (run: () => void) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  /** `unit` repeated up to `size` characters, so one shape can be built at 50 KB and at 200 KB. */
  const repeatTo = (unit: string | ((i: number) => string), size: number) => {
    let out = '';
    for (let i = 0; out.length < size; i++) out += typeof unit === 'string' ? unit : unit(i);
    return out;
  };

  // A backtracking or quadratic scanner needs seconds on 200 KB of these; a linear one, milliseconds. The bound is
  // generous for a busy machine and still an order of magnitude below a quadratic scan.
  it.each<[string, string | ((i: number) => string)]>([
    ['unclosed placeholders', '{{a|'],
    ['unclosed fallbacks with spaces', `{{plazo:3|${' '.repeat(190)}`],
    ['thousands of braces', '{{{{{{{{}}}}'],
    ['nested braces', '{{{{{{cliente}}}}}}'],
    ['a different placeholder every few characters', (i) => `{{x${i}}}{{plazo:3}}{{cliente|a}}`],
  ])('%s: 50 KB render without throwing, 200 KB in linear time', (_label, unit) => {
    const rendered = renderTemplate(repeatTo(unit, 50_000), { customer: 'Ana' }, es);
    expect(rendered.text.length).toBeGreaterThan(0);
    const big = repeatTo(unit, 200_000);
    expect(elapsedMs(() => renderTemplate(big, { customer: 'Ana' }, es))).toBeLessThan(1_000);
    expect(elapsedMs(() => placeholdersIn(big))).toBeLessThan(1_000);
  });

  it('fills nested braces from the inside and keeps the rest verbatim', () => {
    expect(renderTemplate('{{{{cliente}}}}', { customer: 'Ana' }).text).toBe('{{Ana}}');
    expect(renderTemplate('{{cliente', { customer: 'Ana' }).text).toBe('{{cliente');
  });

  it('keeps a 50 KB reply, emoji, right-to-left text and HTML exactly as written', () => {
    const long = 'Gracias por su paciencia. '.repeat(2_000);
    expect(long.length).toBeGreaterThanOrEqual(50_000);
    expect(renderTemplate(long, {})).toEqual({ text: long, missing: [] });

    const emoji = 'Hola {{cliente}} 👋🏽 👩🏾‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 ❤️';
    expect(renderTemplate(emoji, { customer: 'Zoë 🧑🏿‍🚀' }).text).toBe('Hola Zoë 🧑🏿‍🚀 👋🏽 👩🏾‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 ❤️');

    expect(renderTemplate('مرحبا {{cliente}}، شكرا لتواصلك.', { customer: 'ليلى' }).text).toBe('مرحبا ليلى، شكرا لتواصلك.');
    expect(renderTemplate('שלום {{customer}}, תודה שפנית אלינו.', { customer: 'נועה' }).text).toBe('שלום נועה, תודה שפנית אלינו.');
    // Arabic and Hebrew letters are letters: a placeholder may be named in them (and then asked for).
    expect(renderTemplate('{{اسم}}', {}).missing).toEqual(['اسم']);

    const html = '<script>alert(1)</script><img src=x onerror="alert({{cliente}})">';
    expect(renderTemplate(html, { customer: '<b>Ana</b>' }).text).toBe('<script>alert(1)</script><img src=x onerror="alert(<b>Ana</b>)">');
  });
});
