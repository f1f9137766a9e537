import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'messenger',
  name: 'Messenger',
  channel: 'social',
  matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages/*'],
  // A single-page app: the inbox is reached without a page load (see SiteAdapter.injectOn).
  injectOn: ['https://www.messenger.com/*', 'https://www.facebook.com/*'],
  findComposers: (root) =>
    visibleComposers(root, [
      // messenger.com and facebook.com/messages (2023+ Comet UI): the composer is a Lexical textbox; its aria-label
      // ("Mensaje", "Message") is localised, so match its shape, scoped to the conversation (role=main).
      '[role="main"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      // Chat pop-up ("chat head") windows and builds without role=main around the thread.
      'div[contenteditable="true"][role="textbox"][aria-label][data-lexical-editor="true"]',
    ]),
  // Enter sends, Shift+Enter is a new line.
  sendButtons: [
    // Comet UI (messenger.com and facebook.com/messages): the send arrow's label tells how it works (localised).
    'div[role="button"][aria-label="Pulsa Intro para enviar"]',
    'div[role="button"][aria-label="Press enter to send"]',
    'div[role="button"][aria-label="Press Enter to send"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Conversation header: the contact's name is the first heading in the main region.
      '[role="main"] h2 span[dir="auto"]',
      '[role="main"] a[role="link"] h2',
    ]),
  // /t/<thread> on messenger.com and facebook.com/messages (also /e2ee/t/<thread>).
  conversation: (_doc, url) => keyFromUrl(url, /\/t\/([^/?#]+)/),
});
