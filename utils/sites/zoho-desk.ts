import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'zoho-desk',
  name: 'Zoho Desk',
  channel: 'chat',
  // One host per Zoho data centre.
  matches: [
    'https://desk.zoho.com/*',
    'https://desk.zoho.eu/*',
    'https://desk.zoho.in/*',
    'https://desk.zoho.com.au/*',
    'https://desk.zoho.jp/*',
  ],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // Ticket reply (2021+ "new UI"): the Zoho editor's contenteditable area.
        'div.ze_area[contenteditable="true"]',
        '[data-id="replyEditor"] [contenteditable="true"]',
        // Older builds put the editor in a same-origin iframe (iframe.ze_area) whose body is editable: this matches
        // inside that frame, where the content script also runs; on the top document it finds nothing.
        'body.ze_body[contenteditable="true"]',
      ],
      { notWithin: '[role="search"]' },
    ),
  // Ticket replies are email: Ctrl/Cmd+Enter sends, Enter is a new line.
  sendKey: 'mod-enter',
  sendButtons: [
    // Ticket reply (new UI): Zoho's data-id on the Send button, as on its other controls.
    'button[data-id="sendButton"]',
    '[data-id="replyEditor"] ~ * button[data-id="send"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Ticket detail header: the contact's name.
      '[data-id="ticketContactName"]',
      '[data-id="contactName"]',
      // Contact card in the right panel.
      '[data-title="Contact Name"]',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/tickets\/details\/(\d+)/),
  // Ticket replies take Enter as a new line; Ctrl/Cmd+Enter submits.
});
