import { conversationFromData } from './lib/conversation';
import { queryVisible, readText } from '../dom/editable';
import { defineSite } from './define-site';

/** The bundled webmail demo (`npm start`); Chromium resolves every *.localhost name to this machine. */
export default defineSite({
  id: 'demo-webmail',
  name: 'Demo webmail',
  channel: 'email',
  matches: ['http://mail.demo.localhost/*'],
  findComposers: (root) => queryVisible(root, 'div[contenteditable="true"][role="textbox"]'),
  // Ctrl/Cmd+Enter sends, like Gmail (the channel's default).
  sendButtons: ['button[aria-label="Enviar"]'],
  customerName: (doc) => readText(doc, '[data-demo-customer]'),
  // The demo marks its open conversation in data-* (thread id, last author, ISO time of the last message).
  conversation: (doc) => conversationFromData(doc),
});
