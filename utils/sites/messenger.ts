import { queryVisible, readText } from '../dom/editable';
import { defineSite } from './define-site';

export default defineSite({
  id: 'messenger',
  name: 'Messenger',
  channel: 'social',
  matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages/*'],
  // Messenger's composer is Lexical; the aria-label ("Mensaje", "Message") is localised, so match its shape.
  findComposers: (root) => queryVisible(root, '[role="main"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"], div[contenteditable="true"][role="textbox"][aria-label][data-lexical-editor="true"]'),
  // Conversation header: the contact's name is the first link heading in the main region.
  customerName: (doc) => readText(doc, '[role="main"] h2 span[dir="auto"]') ?? readText(doc, '[role="main"] a[role="link"] h2'),
});
