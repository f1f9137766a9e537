import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  channel: 'social',
  // The messaging page (inbox and a thread). The chat overlay on other pages is out of scope for now.
  matches: ['https://www.linkedin.com/messaging/*'],
  // A single-page app: the inbox is reached without a page load (see SiteAdapter.injectOn).
  injectOn: ['https://www.linkedin.com/*'],
  findComposers: (root) =>
    visibleComposers(root, [
      // 2020+ messaging: the message box is a contenteditable textbox with LinkedIn's BEM class (their
      // "msg-form" component names are semantic and have been stable for years, unlike generated classes).
      'div.msg-form__contenteditable[contenteditable="true"]',
      // Same component in builds that move the BEM class to a wrapper.
      '.msg-form__msg-content-container div[contenteditable="true"][role="textbox"]',
    ]),
  // Enter sends: "Press Enter to send" is on by default in the message box's options (agents who turn it off send
  // with the button, which still counts).
  sendButtons: [
    // 2020+ messaging and the chat overlay: the msg-form component's Send button (semantic BEM, like the box).
    'button.msg-form__send-button',
    'button.msg-form__send-btn',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Thread header: the other participant's name.
      'h2.msg-entity-lockup__entity-title',
      // Older thread header (2020-2022).
      '.msg-thread__link-to-profile .msg-entity-lockup__entity-title',
      '#thread-detail-jump-target',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/messaging\/thread\/([^/?#]+)/),
});
