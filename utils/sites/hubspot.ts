import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'hubspot',
  name: 'HubSpot',
  channel: 'chat',
  // Conversations inbox (/live-messages/<portal>/inbox/<thread>) and the 2024 Help Desk (/help-desk/<portal>/…),
  // on the US and EU hosts.
  matches: [
    'https://app.hubspot.com/live-messages/*',
    'https://app.hubspot.com/help-desk/*',
    'https://app-eu1.hubspot.com/live-messages/*',
    'https://app-eu1.hubspot.com/help-desk/*',
  ],
  // A single-page app: the inbox is reached without a page load (see SiteAdapter.injectOn).
  injectOn: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // Conversations composer (2021+): a ProseMirror editor inside the thread's reply editor.
        '[data-test-id="reply-editor"] .ProseMirror[contenteditable="true"]',
        '[data-test-id="conversations-composer"] [contenteditable="true"]',
        // Builds without test ids: any ProseMirror editor outside the comment box.
        '.ProseMirror[contenteditable="true"]',
      ],
      // Internal comments are for teammates, the thread-list search is not a reply box.
      { notWithin: '[data-test-id="comment-editor"], [role="search"]' },
    ),
  // No key: the inbox mixes chat and email threads in one composer, where Enter means different things; the Send
  // button counts.
  sendKey: 'none',
  sendButtons: [
    // Conversations inbox and help desk: the reply editor's Send button by test id.
    'button[data-test-id="send-button"]',
    '[data-test-id="reply-editor"] button[type="submit"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Thread header: the visitor / contact's name.
      '[data-test-id="thread-header-contact-name"]',
      // Contact sidebar.
      '[data-test-id="contact-name"]',
    ]),
  // Inbox thread /live-messages/<portal>/inbox/<thread>; help desk /…/ticket/<id>.
  conversation: (_doc, url) => keyFromUrl(url, /\/(?:inbox|thread|ticket)\/(\d+)/),
  // Ticket replies take Enter as a new line; Ctrl/Cmd+Enter submits.
});
