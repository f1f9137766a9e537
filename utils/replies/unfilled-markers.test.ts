import { describe, expect, it } from 'vitest';
import { MAX_MARKERS, findUnfilledMarkers } from './unfilled-markers';

const texts = (draft: string) => findUnfilledMarkers(draft).map((m) => m.text);

describe('findUnfilledMarkers', () => {
  it('finds placeholders and bracketed blanks with their offsets in the draft', () => {
    const draft = 'Hola {{cliente}}:\nSu pedido [número de pedido] llegará el [fecha].';
    const markers = findUnfilledMarkers(draft);
    expect(markers.map((m) => m.text)).toEqual(['{{cliente}}', '[número de pedido]', '[fecha]']);
    for (const m of markers) expect(draft.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the blanks canned replies use in both languages, whatever their spacing or case', () => {
    expect(texts('Dear [Customer Name], your order [ORDER NUMBER] ships on [ date ].')).toEqual(['[Customer Name]', '[ORDER NUMBER]', '[ date ]']);
    expect(texts('Hola, [nombre del cliente]: gracias.')).toEqual(['[nombre del cliente]']);
    expect(texts('{{ plazo:3 }} y {{plazo|pronto}} y {{x}}')).toEqual(['{{ plazo:3 }}', '{{plazo|pronto}}', '{{x}}']);
    expect(texts('[{{cliente}}]')).toEqual(['{{cliente}}']);
  });

  it('leaves ordinary brackets alone: links, footnotes, checkboxes, times, code, editorial marks', () => {
    expect(texts('Vea [la guía de envíos](https://example.com/envios) o [la ayuda][1].')).toEqual([]);
    expect(texts('[ayuda]: https://example.com/ayuda\n  [correo]: mailto:ayuda@example.com')).toEqual([]);
    expect(texts('Según el estudio [1] y [23], ver [a] y [x].')).toEqual([]);
    expect(texts('- [ ] pendiente\n- [x] hecho')).toEqual([]);
    expect(texts('[10:32] Cliente: hola\n[10:33 AM] Agente: buenas')).toEqual([]);
    expect(texts('Use items[index] o data[key].')).toEqual([]);
    expect(texts('Escribió «lo recibí [sic] ayer» […]')).toEqual([]);
    expect(texts('{{ }} {{}} {single} [] [ ]')).toEqual([]);
  });

  it('ignores quoted lines: the customer’s own words are not the agent’s to fill', () => {
    const draft = 'Gracias por el aviso.\n> Mi pedido [número de pedido] no llega\n  > {{cliente}}\nUn saludo, [agente].';
    expect(texts(draft)).toEqual(['[agente]']);
    expect(findUnfilledMarkers(draft)[0]!.start).toBe(draft.indexOf('[agente]'));
  });

  it('keeps offsets right after emoji, right-to-left text and Windows line ends', () => {
    const draft = '👩🏾‍💻 مرحبا [اسم العميل]\r\nשלום [שם הלקוח] 👨‍👩‍👧‍👦 [fecha]';
    const markers = findUnfilledMarkers(draft);
    expect(markers.map((m) => m.text)).toEqual(['[اسم العميل]', '[שם הלקוח]', '[fecha]']);
    for (const m of markers) expect(draft.slice(m.start, m.end)).toBe(m.text);
  });

  it('returns at most MAX_MARKERS, and scans 200 KB of hostile brackets in linear time', () => {
    expect(findUnfilledMarkers('[fecha] '.repeat(500))).toHaveLength(MAX_MARKERS);
    for (const hostile of ['['.repeat(200_000), '[ab'.repeat(70_000), '{{a'.repeat(70_000), '[ab]: https://x '.repeat(12_000), '[1]'.repeat(70_000)]) {
      const started = performance.now();
      expect(() => findUnfilledMarkers(hostile)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(1_000);
    }
    expect(findUnfilledMarkers('')).toEqual([]);
  });
});
