import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'freshchat',
  name: 'Freshchat',
  channel: 'chat',
  // The agent inbox is /a/<app-id>/… on web.freshchat.com or the account's own subdomain (acme.freshchat.com);
  // `*.freshchat.com` covers both. The marketing pages have no /a/ path.
  matches: ['https://*.freshchat.com/a/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // Conversation view (2021+ Freshworks UI): the reply editor is a contenteditable textbox in the
        // conversation footer's editor container.
        '[data-testid="conversation-editor"] [contenteditable="true"][role="textbox"]',
        '#app-conversation-editor[contenteditable="true"]',
        // Builds with a plain textarea reply box.
        '[data-testid="conversation-editor"] textarea',
      ],
      { notWithin: '[role="search"]' },
    ),
  // Enter sends, Shift+Enter is a new line.
  sendButtons: [
    // Conversation footer: the editor container's send button.
    '[data-testid="conversation-editor"] button[data-testid="send-button"]',
    '[data-testid="conversation-editor"] button[aria-label="Enviar"]',
    '[data-testid="conversation-editor"] button[aria-label="Send"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Conversation header: the user's name.
      '[data-testid="conversation-header-user-name"]',
      // User-details side panel.
      '[data-testid="user-info-name"]',
    ]),
  // Open conversation: /a/<app id>/inbox/<view>/<page>/conversation/<id>, and /a/<app id>/open/conversation/<id> in
  // Freshchat's notification e-mails; the list is /a/<app id>/inbox/<view>/<page>.
  conversation: (_doc, url) => keyFromUrl(url, /\/conversation\/([\w-]+)/),
});
