import { describe, expect, it } from 'vitest';
import { placeholdersIn, renderTemplate } from './placeholders';

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
  });

  it('lists placeholders once each', () => {
    expect(placeholdersIn('{{cliente}} {{plazo|pronto}} {{cliente}}')).toEqual(['cliente', 'plazo']);
  });
});
