import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'intercom',
  name: 'Intercom',
  channel: 'chat',
  matches: ['https://app.intercom.com/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // Inbox (2023+ "Inbox 2"): the conversation composer is ProseMirror; reply and note tabs share it.
        '[data-conversation-composer] .ProseMirror[contenteditable="true"]',
        // Older inbox and the Messenger-style composer: any ProseMirror editor on the page.
        '.ProseMirror[contenteditable="true"]',
      ],
      // The inbox search and the Copilot side panel's question box are not replies to the customer.
      { notWithin: '[role="search"], [data-copilot-panel]' },
    ),
  // Cmd/Ctrl+Enter sends from the inbox composer (chat and email conversations alike); Enter is a new line.
  sendKey: 'mod-enter',
  sendButtons: [
    // Inbox 2 (2023+): the composer's Send button.
    '[data-conversation-composer] button[data-test-send-button]',
    '[data-conversation-composer] button[type="submit"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Inbox 2 conversation header.
      '[data-conversation-header] [data-testid="user-name"]',
      // Classic inbox header.
      '.inbox2__conversation-header h2',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/conversations?\/(\d+)/),
  // Ticket replies take Enter as a new line; Ctrl/Cmd+Enter submits.
});
