import { describe, expect, it } from 'vitest';
import { paragraphsHtml } from './paste-event';

describe('paragraphsHtml', () => {
  it('makes one escaped paragraph per line, blank lines included', () => {
    expect(paragraphsHtml(document, 'Hola <b>Ana</b> & co\n\nAdiós')).toBe('<p>Hola &lt;b&gt;Ana&lt;/b&gt; &amp; co</p><p></p><p>Adiós</p>');
  });
});
