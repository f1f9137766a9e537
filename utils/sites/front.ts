import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'front',
  name: 'Front',
  channel: 'chat',
  matches: ['https://app.frontapp.com/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // Reply / new message (2021+): the draft body is a ProseMirror editor in the composer.
        '[data-testid="composer"] .ProseMirror[contenteditable="true"]',
        // Builds without the test id: any ProseMirror editor…
        '.ProseMirror[contenteditable="true"]',
      ],
      // …except the internal comment box at the foot of a conversation: teammates read it, the customer does not.
      { notWithin: '[data-testid="comment-composer"], [role="search"]' },
    ),
  // Cmd/Ctrl+Enter sends a Front draft; Enter is a new line.
  sendKey: 'mod-enter',
  sendButtons: [
    // 2021+ composer: the Send button's test id (the comment box has its own, never matched).
    '[data-testid="composer"] button[data-testid="send-button"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Conversation header / message header: the contact's display name.
      '[data-testid="conversation-header"] [data-testid="contact-name"]',
      '[data-testid="message-header"] [data-testid="contact-name"]',
      // Contact side panel.
      '[data-testid="contact-details"] [role="heading"]',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/(cnv_[a-z0-9]+)/i),
  // Ticket replies take Enter as a new line; Ctrl/Cmd+Enter submits.
});
