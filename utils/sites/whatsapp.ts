import { queryVisible, readText } from '../dom/editable';
import { defineSite } from './define-site';

export default defineSite({
  id: 'whatsapp',
  name: 'WhatsApp Web',
  channel: 'social',
  matches: ['https://web.whatsapp.com/*'],
  // Since 2024 the message box is a Lexical editor in the conversation footer; the search box is one too, so the
  // footer scope matters.
  findComposers: (root) => queryVisible(root, '#main footer div[contenteditable="true"][role="textbox"], footer div[contenteditable="true"][data-lexical-editor="true"]'),
  customerName: (doc) => readText(doc, '#main header span[dir="auto"][title]', 'title') ?? readText(doc, '#main header span[dir="auto"]'),
});
