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
  // Enter sends, Shift+Enter is a new line, like Messenger (the channel's default).
  sendButtons: ['button[aria-label="Enviar"]'],
  customerName: (doc) => readText(doc, '[data-demo-customer]'),
  // The demo marks its open conversation in data-* (thread id, last author, ISO time of the last message).
  conversation: (doc) => conversationFromData(doc),
});
