import { queryVisible, readText } from '../dom/editable';
import { defineSite } from './define-site';

export default defineSite({
  id: 'intercom',
  name: 'Intercom',
  channel: 'chat',
  matches: ['https://app.intercom.com/*'],
  // The inbox composer is ProseMirror; the note and reply tabs share it, both are replies to the customer's eyes.
  findComposers: (root) => queryVisible(root, '.ProseMirror[contenteditable="true"]'),
  customerName: (doc) => readText(doc, '[data-conversation-header] [data-testid="user-name"]') ?? readText(doc, '.inbox2__conversation-header h2'),
});
