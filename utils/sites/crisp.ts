import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'crisp',
  name: 'Crisp',
  channel: 'chat',
  matches: ['https://app.crisp.chat/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // Inbox conversation (2020+): the reply field is a contenteditable textbox in the conversation box; Crisp's
        // "c-" component classes are hand-written BEM, not generated.
        '.c-conversation-box-field [contenteditable="true"]',
        // Same field by role, for builds that rename the component.
        '[data-conversation-box] div[contenteditable="true"][role="textbox"]',
      ],
      { notWithin: '[role="search"]' },
    ),
  // Enter sends, Shift+Enter is a new line.
  sendButtons: [
    // Inbox conversation: the conversation box's send action (hand-written BEM, like the field).
    '.c-conversation-box-field__send',
    '[data-conversation-box] button[data-action="send"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Conversation header: the visitor's nickname.
      '.c-conversation-header__name',
      // Visitor profile side panel.
      '.c-conversation-profile__name',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/inbox\/(session_[\w-]+)/),
});
