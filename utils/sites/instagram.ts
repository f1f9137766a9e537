import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'instagram',
  name: 'Instagram',
  channel: 'social',
  // Direct messages only (inbox, a thread, requests): /direct/inbox/, /direct/t/<thread>/, /direct/requests/.
  matches: ['https://www.instagram.com/direct/*'],
  // A single-page app: the inbox is reached without a page load (see SiteAdapter.injectOn).
  injectOn: ['https://www.instagram.com/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // 2023+ web DMs: the message box is a Lexical textbox with a localised aria-label ("Mensaje…").
        'div[contenteditable="true"][role="textbox"][aria-label][data-lexical-editor="true"]',
        // 2022 builds: same box without the Lexical marker.
        '[role="main"] div[contenteditable="true"][role="textbox"][aria-label]',
        // 2020-2021 builds: a <textarea> with a placeholder in the thread footer.
        '[role="main"] textarea[placeholder]',
      ],
      // The left-rail search panel and the inbox's own search are not reply boxes.
      { notWithin: '[role="search"], [role="navigation"]' },
    ),
  // Enter sends, Shift+Enter is a new line.
  sendButtons: [
    // 2023+ web DMs: the "Send" button next to the message box (localised label).
    '[role="main"] div[role="button"][aria-label="Enviar"]',
    '[role="main"] div[role="button"][aria-label="Send"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Thread header (2023+): the other person's display name is the main region's level-2 heading.
      '[role="main"] [role="heading"][aria-level="2"] span[dir="auto"]',
      '[role="main"] h2 span[dir="auto"]',
      // Older thread header: the profile link's label.
      '[role="main"] header a[href^="/"] span[dir="auto"]',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/direct\/t\/([^/?#]+)/),
});
