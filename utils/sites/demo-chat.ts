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
  customerName: (doc) => readText(doc, '[data-demo-customer]'),
  // The demo marks its open conversation in data-* (thread id, last author, ISO time of the last message).
  conversation: (doc) => conversationFromData(doc),
  sendSelector: 'button[aria-label="Enviar"]',
  // Enter writes a new line in the demos; Ctrl/Cmd+Enter sends.
  sendKey: 'ctrl-enter',
});
