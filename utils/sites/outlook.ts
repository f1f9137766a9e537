import { queryVisible, readText } from '../dom/editable';
import { defineSite } from './define-site';

export default defineSite({
  id: 'outlook',
  name: 'Outlook',
  channel: 'email',
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  findComposers: (root) =>
    // The 2023 "One Outlook" editor: the message body is a contenteditable textbox with an aria-label.
    queryVisible(root, 'div[contenteditable="true"][role="textbox"][aria-multiline="true"], div[contenteditable="true"][aria-label][dir]'),
  // Reading pane header: the sender button shows the display name; its title holds the address.
  customerName: (doc) => readText(doc, '[role="main"] [data-testid="SenderPersona"] span') ?? readText(doc, '[role="main"] span[title*="@"]'),
});
