import { describe, expect, it } from 'vitest';
import { hasLink, linesHtml, paragraphsHtml } from './simple-html';

describe('paragraphsHtml', () => {
  it('makes one escaped paragraph per line, blank lines included', () => {
    expect(paragraphsHtml(document, 'Hola <b>Ana</b> & co\n\nAdiós')).toBe('<p>Hola &lt;b&gt;Ana&lt;/b&gt; &amp; co</p><p></p><p>Adiós</p>');
  });
});

describe('simple rich text for email', () => {
  it('turns web addresses and emails into links and keeps every line', () => {
    const text = 'Siga su pedido en https://tienda.example.com/pedidos/42.\n\nO escriba a ayuda@example.com';
    expect(hasLink(text)).toBe(true);
    expect(hasLink('Sin enlaces. Gracias.')).toBe(false);
    expect(linesHtml(document, text)).toBe(
      'Siga su pedido en <a href="https://tienda.example.com/pedidos/42">https://tienda.example.com/pedidos/42</a>.<br><br>O escriba a <a href="mailto:ayuda@example.com">ayuda@example.com</a>',
    );
    expect(paragraphsHtml(document, 'Ver https://a.example/x\n<b>', true)).toBe('<p>Ver <a href="https://a.example/x">https://a.example/x</a></p><p>&lt;b&gt;</p>');
  });
  it('finds the links after a check on the same text (no state carried between calls)', () => {
    const text = 'Mire https://x.example/a y listo';
    expect(hasLink(text)).toBe(true);
    expect(linesHtml(document, text)).toBe('Mire <a href="https://x.example/a">https://x.example/a</a> y listo');
  });

  it('never makes a link of anything but http(s) and email addresses', () => {
    expect(linesHtml(document, 'javascript:alert(1) data:text/html,x')).toBe('javascript:alert(1) data:text/html,x');
  });
});
