import { conversationFromData } from './lib/conversation';
import { queryVisible, readText } from '../dom/editable';
import { defineSite } from './define-site';

/** The bundled social-inbox demo, with a real Lexical composer like Messenger and WhatsApp Web. */
export default defineSite({
  id: 'demo-social',
  name: 'Demo social inbox',
  channel: 'social',
  matches: ['http://social.demo.localhost/*'],
  findComposers: (root) => queryVisible(root, 'div[contenteditable="true"][role="textbox"]'),
  customerName: (doc) => readText(doc, '[data-demo-customer]'),
  // The demo marks its open conversation in data-* (thread id, last author, ISO time of the last message).
  conversation: (doc) => conversationFromData(doc),
  sendSelector: 'button[aria-label="Enviar"]',
  // Enter writes a new line in the demos; Ctrl/Cmd+Enter sends.
  sendKey: 'ctrl-enter',
});
