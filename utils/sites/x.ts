import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'x',
  name: 'X (Twitter)',
  channel: 'social',
  // Legacy direct messages (/messages, /messages/<a>-<b>) on both hosts, and the 2025 "Chat" (/i/chat/…).
  matches: ['https://x.com/messages*', 'https://twitter.com/messages*', 'https://x.com/i/chat*', 'https://twitter.com/i/chat*'],
  // A single-page app: the inbox is reached without a page load (see SiteAdapter.injectOn).
  injectOn: ['https://x.com/*', 'https://twitter.com/*'],
  findComposers: (root) =>
    visibleComposers(root, [
      // Legacy DMs: a Draft.js editor; the test id sits on the editing root (.public-DraftEditor-content)…
      '[data-testid="dmComposerTextInput"][contenteditable="true"]',
      // …or, in some builds, on a wrapper around it.
      '[data-testid="dmComposerTextInput"] [contenteditable="true"]',
      // 2025 Chat: the composer is a plain <textarea>, with or without the old test id.
      'textarea[data-testid="dmComposerTextInput"]',
      '[data-testid="dm-composer-form"] textarea',
      'textarea[data-testid="dm-composer-textarea"]',
    ]),
  // Enter sends, Shift+Enter is a new line, in legacy DMs and the 2025 Chat.
  sendButtons: [
    // Legacy DMs: the send button's test id.
    'button[data-testid="dmComposerSendButton"]',
    // 2025 Chat: the composer form's send button (localised label).
    '[data-testid="dm-composer-form"] button[aria-label="Enviar"]',
    '[data-testid="dm-composer-form"] button[aria-label="Send"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Legacy DMs: the conversation header's display name (first line; the second is the @handle).
      '[data-testid="DmActivityContainer"] [data-testid="conversation-header"] [dir="ltr"] span',
      '[data-testid="conversation-header"] [dir="ltr"] span',
      // 2025 Chat: the header heading.
      '[data-testid="dm-conversation-header"] [role="heading"]',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/(?:messages|i\/chat)\/([\d-]+)/),
});
