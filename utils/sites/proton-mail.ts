import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'proton-mail',
  name: 'Proton Mail',
  channel: 'email',
  matches: ['https://mail.proton.me/*'],
  findComposers: (root) =>
    visibleComposers(root, [
      // Rich-text composer (2022+, roosterjs): the body is #rooster-editor inside the composer's same-origin
      // iframe[data-testid="rooster-iframe"]. On the top document this finds nothing, by design: the content script
      // also runs inside that frame (all frames, match_about_blank) and finds the editor there.
      'div#rooster-editor[contenteditable="true"]',
      // Plain-text composer mode (Settings › Composer › plain text): a textarea in the top document.
      'textarea[data-testid="editor-textarea"]',
    ]),
  // Ctrl/Cmd+Enter sends (Proton's composer shortcut); Enter is a new line.
  sendKey: 'mod-enter',
  sendButtons: [
    // 2022+ composer: the Send button in the top document (the editor itself is in an iframe).
    'button[data-testid="composer:send-button"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Expanded message header (2022+ web app): the sender's label; its title attribute holds the address.
      '[data-testid="message-header-expanded:sender"] [data-testid="recipient-label"]',
      // Any recipient item in a message header (collapsed header, older builds).
      '[data-testid^="recipients:item-"] [data-testid="recipient-label"]',
    ]),
  // The mail app's route is /:labelID/:elementID/:messageID (MAIN_ROUTE_PATH in ProtonMail/WebClients), under the
  // session prefix /u/<n>: /u/0/inbox/<conversation id>[/<message id>]. The conversation is the element, not the
  // message, so expanding another message keeps the timer. Proton ids are URL-safe base64 of 60-90 characters ("=="
  // padded); the length keeps a short route word in that place (a settings page's slug) from passing for one.
  conversation: (_doc, url) => keyFromUrl(url, /^(?:\/u\/\d+)?\/[^/]+\/([\w-]{32,}={0,2})(?:\/|$)/),
});
