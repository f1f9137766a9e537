import { conversationFromData } from './lib/conversation';
import { queryVisible, readText } from '../dom/editable';
import { defineSite } from './define-site';

/** The bundled live-chat demo, with a React-controlled textarea like many chat consoles. */
export default defineSite({
  id: 'demo-chat',
  name: 'Demo live chat',
  channel: 'chat',
  matches: ['http://chat.demo.localhost/*'],
  findComposers: (root) => queryVisible(root, 'textarea'),
  // Enter sends, Shift+Enter is a new line (the channel's default).
  sendButtons: ['button[aria-label="Enviar"]'],
  customerName: (doc) => readText(doc, '[data-demo-customer]'),
  // The demo marks its open conversation in data-* (thread id, last author, ISO time of the last message).
  conversation: (doc) => conversationFromData(doc),
});
