import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'tawk-to',
  name: 'tawk.to',
  channel: 'chat',
  // The agent dashboard is a hash-routed app (dashboard.tawk.to/#/messaging/…).
  matches: ['https://dashboard.tawk.to/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // Messaging / monitoring chat window: the reply box is a <textarea>.
        'textarea#chat-message-input',
        '.tawk-chat-panel textarea[name="message"]',
        '[data-testid="chat-input"] textarea',
      ],
      { notWithin: '[role="search"]' },
    ),
  // Enter sends, Shift+Enter is a new line.
  sendButtons: [
    // Messaging chat window: the send button beside the reply box.
    'button#chat-message-send',
    '.tawk-chat-panel button[type="submit"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Chat header: the visitor's name (or "Visitor 123" when they did not give one).
      '.tawk-chat-header [data-visitor-name]',
      ['[data-visitor-name]', 'data-visitor-name'],
      '.tawk-visitor-name',
    ]),
  // Hash routes: an open chat is #/inbox/<property id>/all/chat/<chat id> (the link tawk.to integrations build from a
  // webhook's chatId; also …/all/chats/chat/<chat id>); the lists are #/inbox/<property id>/all or /chats. The older
  // #/messaging/<property id> route carries no chat id we have seen, so there the timer has no key.
  conversation: (_doc, url) => keyFromUrl(url, /\/chat\/([^/?#]+)/, 'hash'),
});
