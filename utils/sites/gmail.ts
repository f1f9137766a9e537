import { queryVisible, readText } from '../dom/editable';
import { defineSite } from './define-site';

export default defineSite({
  id: 'gmail',
  name: 'Gmail',
  channel: 'email',
  matches: ['https://mail.google.com/mail/*'],
  // The basic-HTML mobile view has no rich composer and a different page structure.
  excludeMatches: ['https://mail.google.com/mail/mu/*'],
  findComposers: (root) =>
    // Inline reply and pop-up compose both mark the body `g_editable`; role/aria-label cover the 2024 redesign.
    queryVisible(root, 'div[contenteditable="true"][g_editable="true"], div[contenteditable="true"][role="textbox"][aria-multiline="true"]'),
  // The open thread's sender carries `email` and `name` attributes (stable across redesigns).
  customerName: (doc) => readText(doc, 'h3 span[email][name]', 'name') ?? readText(doc, 'span[email][name]', 'name'),
});
