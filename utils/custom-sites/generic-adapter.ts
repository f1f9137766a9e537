import { defineSite, type SiteAdapter } from '../sites/define-site';
import type { CustomSite } from './store';

/** Any text box the agent can type a reply into, biggest first: on an unknown site that is the best guess. */
const ANY_COMPOSER = 'textarea, [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"][contenteditable]';

function area(el: Element): number {
  const rect = el.getBoundingClientRect();
  return rect.width * rect.height;
}

/**
 * The adapter for a site the agent turned Cordial on for. It knows nothing of the site's markup, so it relies on
 * what the agent focuses (the focus tracker) and only guesses the largest visible text box when nothing was focused.
 */
export function genericAdapter(site: CustomSite): SiteAdapter {
  return defineSite({
    id: 'generic',
    name: new URL(site.origin).host,
    channel: site.channel,
    matches: [`${site.origin}/*`],
    findComposers: (root) =>
      Array.from(root.querySelectorAll<HTMLElement>(ANY_COMPOSER))
        .filter((el) => area(el) > 0 && !(el.parentElement?.closest('[contenteditable="true"]')))
        .sort((a, b) => area(b) - area(a)),
    // A guess, as for the composer: a button labelled "send" in Spanish or English; Enter follows the channel.
    sendButtons: ['button[aria-label*="enviar" i]', 'button[aria-label*="send" i]', '[role="button"][aria-label*="enviar" i]', '[role="button"][aria-label*="send" i]'],
  });
}
