import { keyFromQuery } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'meta-business-suite',
  name: 'Meta Business Suite',
  channel: 'social',
  // The unified inbox (Messenger, Instagram and WhatsApp Business conversations of a Page): /latest/inbox/all,
  // /latest/inbox/messenger, /latest/inbox/instagram_direct… Other Business Suite pages have no reply box.
  matches: ['https://business.facebook.com/latest/inbox*'],
  // A single-page app: the inbox is reached without a page load (see SiteAdapter.injectOn).
  injectOn: ['https://business.facebook.com/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // 2023+ inbox: the reply box is a Lexical textbox ("Responder en Messenger…"), like Messenger's.
        '[role="main"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
        // Same inbox, builds where the reply box is a plain contenteditable textbox.
        '[role="main"] div[contenteditable="true"][role="textbox"]',
        // 2021-2022 inbox: the reply box was a <textarea> with a placeholder.
        '[role="main"] textarea[placeholder]',
      ],
      // The contact-details column (notes, labels) and the thread list's search are not reply boxes.
      { notWithin: '[role="complementary"], [role="search"]' },
    ),
  // Enter sends, Shift+Enter is a new line, as in Messenger.
  sendButtons: [
    // 2023+ inbox: the reply box's Send button (localised label), in the conversation pane.
    '[role="main"] div[role="button"][aria-label="Enviar"]',
    '[role="main"] div[role="button"][aria-label="Send"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Conversation header: the contact's name is the main region's first level-2 heading.
      '[role="main"] [role="heading"][aria-level="2"]',
      '[role="main"] h2',
      // Contact-details column header.
      '[role="complementary"] [role="heading"]',
    ]),
  // The inbox route stays /latest/inbox/<channel>; the open thread is the query's selected_item_id (the customer's
  // page-scoped id), e.g. ?asset_id=…&mailbox_id=…&selected_item_id=…&thread_type=FB_MESSAGE|IG_MESSAGE, as in public
  // automation scripts that deep-link a thread. The list view has no selected_item_id.
  conversation: (_doc, url) => keyFromQuery(url, 'selected_item_id'),
});
