import { describe, expect, it } from 'vitest';
import { detectSite } from '@/utils/sites';
import { genericAdapter } from './generic-adapter';

describe('generic adapter', () => {
  const adapter = genericAdapter({ origin: 'https://ayuda.example.com', channel: 'email' });

  it('takes its channel from the agent and its name from the host', () => {
    expect(adapter).toMatchObject({ id: 'generic', channel: 'email', name: 'ayuda.example.com', matches: ['https://ayuda.example.com/*'] });
    // The registry itself does not know the site: only the agent's opt-in does.
    expect(detectSite('https://ayuda.example.com/tickets/1', document)).toBeUndefined();
  });

  it('offers the largest visible text box first, never an editor nested in another', () => {
    document.body.innerHTML = `
      <input id="search" type="search">
      <textarea id="small"></textarea>
      <div id="big" contenteditable="true"><p contenteditable="true" id="nested">x</p></div>`;
    const size = (id: string, w: number, h: number) =>
      (document.getElementById(id)!.getBoundingClientRect = () => ({ width: w, height: h, x: 0, y: 0, top: 0, left: 0, right: w, bottom: h, toJSON() {} }) as DOMRect);
    size('small', 200, 40);
    size('big', 600, 200);
    size('nested', 600, 20);
    expect(adapter.findComposers(document).map((el) => el.id)).toEqual(['big', 'small']);
  });
});
