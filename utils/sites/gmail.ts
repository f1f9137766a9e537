import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'gmail',
  name: 'Gmail',
  channel: 'email',
  matches: ['https://mail.google.com/mail/*'],
  // The basic-HTML mobile view has no rich composer and a different page structure.
  excludeMatches: ['https://mail.google.com/mail/mu/*'],
  findComposers: (root) =>
    visibleComposers(root, [
      // Inline reply / forward under a thread, pop-up compose, pop-out and full-screen compose: every message body
      // Gmail edits is marked `g_editable="true"` (stable since the 2011 compose; survives the 2022 Material redesign).
      'div[contenteditable="true"][g_editable="true"]',
      // 2024 Material 3 builds: the body is also an ARIA multi-line textbox; the search box is an <input>, the
      // recipient fields are <input>s, so a multi-line contenteditable textbox is always a message body.
      'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
    ]),
  // Ctrl/Cmd+Enter sends (Gmail's own shortcut, on whatever the keyboard-shortcut setting); Enter is a new line.
  sendKey: 'mod-enter',
  sendButtons: [
    // Every compose (inline reply, pop-up, full screen) since 2012: the blue Send button is a role=button div with the
    // class "aoO", which Gmail has kept for a decade (gmail.js and test suites key on it); its label is localised.
    'div[role="button"].aoO',
    // Material 3 builds without that class: the tooltip starts with the localised verb and names the shortcut.
    'div[role="button"][data-tooltip^="Enviar"]',
    'div[role="button"][data-tooltip^="Send"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Open thread: every message header names its sender as <span email="…" name="…"> (all layouts since 2013).
      ['h3 span[email][name]', 'name'],
      // Pop-up compose to a contact: 2023+ recipient chips carry the address and the display name as data-*.
      ['[role="dialog"] [data-hovercard-id*="@"][data-name]', 'data-name'],
      // Older recipient chips and any other hover-card person.
      ['span[email][name]', 'name'],
    ]),
  // Thread view: #inbox/<thread id> (also #label/…/<id>, #search/…/<id>).
  conversation: (_doc, url) => keyFromUrl(url, /^#[^/]+(?:\/[^/]+)*\/([A-Za-z0-9]{16,})$/, 'hash'),
});
