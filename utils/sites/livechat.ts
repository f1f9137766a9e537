import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'livechat',
  name: 'LiveChat',
  channel: 'chat',
  // The agent app (my.livechatinc.com/chats/…, /archives/…, /engage/…).
  matches: ['https://my.livechatinc.com/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // Agent app (2019+): the message box is a <textarea data-testid="message-input"> (React-controlled).
        'textarea[data-testid="message-input"]',
        // Builds where the test id sits on a wrapper, and the rich "message editor" variant.
        '[data-testid="message-input"] textarea',
        '[data-testid="message-input"] [contenteditable="true"]',
      ],
      // The chat-list search and the canned-response search are not the reply box.
      { notWithin: '[role="search"]' },
    ),
  // Enter sends, Shift+Enter is a new line.
  sendButtons: [
    // Agent app: the send button next to the message input.
    'button[data-testid="send-button"]',
    'button[aria-label="Enviar mensaje"]',
    'button[aria-label="Send message"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Chat header: the customer's name.
      '[data-testid="chat-header-name"]',
      // Customer details side panel.
      '[data-testid="customer-details-name"]',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/chats\/[^/]+\/([^/?#]+)/),
});
