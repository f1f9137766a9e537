import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'yahoo-mail',
  name: 'Yahoo Mail',
  channel: 'email',
  matches: ['https://mail.yahoo.com/*'],
  findComposers: (root) =>
    visibleComposers(root, [
      // 2019+ "Yahoo Mail" web app (all regions now live on mail.yahoo.com): inline reply under the message and the
      // full compose share the rich-text editor tagged data-test-id="rte".
      'div[contenteditable="true"][data-test-id="rte"]',
      // Same app, builds where the test id sits on the editor's container.
      '[data-test-id="compose-editor-container"] div[contenteditable="true"]',
    ]),
  // Ctrl/Cmd+Enter sends from the compose body; Enter is a new line.
  sendKey: 'mod-enter',
  sendButtons: [
    // 2019+ web app, inline reply and full compose: the Send button's test id.
    'button[data-test-id="compose-send-button"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Open message header: the sender pill ("email-pill") inside the from line; the pill's text is the name.
      '[data-test-id="message-from"] [data-test-id="email-pill"] span',
      // Compose / reply: the first recipient pill of the To field.
      '[data-test-id="compose-header-field-to"] [data-test-id="pill-text"]',
    ]),
  // Open message: /d/folders/<folder>/messages/<id>, the id numeric on older mailboxes (…/messages/49227) and an opaque
  // 27-character token on newer ones, as seen in public bookmarks and test scripts; the list is /d/folders/<folder>.
  // Search results (/d/search/keyword=…) are assumed to end in the same /messages/<id> (not seen).
  conversation: (_doc, url) => keyFromUrl(url, /^\/d\/(?:[^/]+\/)+messages\/([^/]+)/),
});
