import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'help-scout',
  name: 'Help Scout',
  channel: 'chat',
  matches: ['https://secure.helpscout.net/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // Classic conversation view: the reply / note editor is Redactor's contenteditable root.
        '.redactor-editor[contenteditable="true"]',
        // 2023+ conversation view: a contenteditable textbox in the reply editor.
        '[data-cy="ReplyEditor"] [contenteditable="true"]',
        '[data-testid="reply-editor"] [contenteditable="true"]',
      ],
      { notWithin: '[role="search"]' },
    ),
  // Replies are email: Cmd/Ctrl+Enter sends, Enter is a new line.
  sendKey: 'mod-enter',
  sendButtons: [
    // 2023+ conversation view: the reply editor's Send button.
    '[data-cy="ReplyEditor"] button[data-cy="SendReplyButton"]',
    // Classic view: the Send Reply button.
    'button.js-send-reply',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Customer sidebar (right of the conversation): the customer's name.
      '[data-cy="Sidebar.CustomerName"]',
      '[data-testid="customer-name"]',
      // Classic view: thread header "from" name.
      '.c-conversation-header .c-customer-name',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/conversation\/(\d+)/),
  // Ticket replies take Enter as a new line; Ctrl/Cmd+Enter submits.
});
