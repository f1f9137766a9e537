import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'freshdesk',
  name: 'Freshdesk',
  channel: 'chat',
  // The agent portal is /a/… on the account's own subdomain (acme.freshdesk.com/a/tickets/42); the customer
  // help-centre (/support/…) is left alone.
  matches: ['https://*.freshdesk.com/a/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // Ticket reply / forward / note (2020+ "mint" UI and the classic one): the Froala editor's editing root.
        '.fr-element[contenteditable="true"]',
        // Builds where the editor is wrapped in the reply box's test id.
        '[data-test-id="reply-editor"] [contenteditable="true"]',
      ],
      { notWithin: '[role="search"]' },
    ),
  // Ticket replies are email: Ctrl/Cmd+Enter sends, Enter is a new line.
  sendKey: 'mod-enter',
  sendButtons: [
    // Ticket reply (mint UI): the reply box's Send button by test id.
    '[data-test-id="reply-send-button"]',
    '[data-test-id="reply-editor"] ~ * button[type="submit"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Ticket details, contact card (mint UI): the requester's name.
      '[data-test-id="requester-info-name"]',
      // Ticket header: "Lucía Ferrán reported via email".
      '[data-test-id="ticket-requester-name"]',
      // Classic UI contact widget.
      '.contact-name a',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/a\/tickets\/(\d+)/),
  // Ticket replies take Enter as a new line; Ctrl/Cmd+Enter submits.
});
