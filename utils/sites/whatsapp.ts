import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'whatsapp',
  name: 'WhatsApp Web',
  channel: 'social',
  matches: ['https://web.whatsapp.com/*'],
  findComposers: (root) =>
    visibleComposers(
      root,
      [
        // 2024+ builds: the message box is a Lexical editor in the open chat's footer (#main footer).
        '#main footer div[contenteditable="true"][role="textbox"]',
        // Same editor where #main is not there (2025 layout experiments): any Lexical editor in a footer.
        'footer div[contenteditable="true"][data-lexical-editor="true"]',
      ],
      // The chat-list search box (#side) is a Lexical textbox too: never a reply box.
      { notWithin: '#side' },
    ),
  // Enter sends, Shift+Enter is a new line (the default of the "Enter is send" setting).
  sendButtons: [
    // 2024+ builds: the footer's send button, labelled (localised); its icon names itself too.
    '#main footer button[aria-label="Enviar"]',
    '#main footer button[aria-label="Send"]',
    'span[data-icon="send"]',
    // 2025 design-system icon.
    'span[data-icon="wds-ic-send-filled"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Open chat header: the contact's name; older builds put it in title too (long names are truncated).
      ['#main header span[dir="auto"][title]', 'title'],
      '#main header span[dir="auto"]',
    ]),
  conversation: (doc) => {
    // No thread in the address: the open chat's messages carry data-id="<fromMe>_<chat jid>_<message id>"; the last
    // one says who wrote last (its time is not machine-readable, so the timer counts from opening).
    const messages = doc.querySelectorAll('#main [data-id]');
    const last = messages[messages.length - 1]?.getAttribute('data-id')?.split('_');
    return last?.[1] ? { key: last[1], lastFromCustomer: last[0] === 'false' } : undefined;
  },
});
