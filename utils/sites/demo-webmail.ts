import { queryVisible, readText } from '../dom/editable';
import { defineSite } from './define-site';

/** The bundled webmail demo (`npm start`); Chromium resolves every *.localhost name to this machine. */
export default defineSite({
  id: 'demo-webmail',
  name: 'Demo webmail',
  channel: 'email',
  matches: ['http://mail.demo.localhost/*'],
  findComposers: (root) => queryVisible(root, 'div[contenteditable="true"][role="textbox"]'),
  customerName: (doc) => readText(doc, '[data-demo-customer]'),
});
