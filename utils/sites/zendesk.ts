import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

export default defineSite({
  id: 'zendesk',
  name: 'Zendesk',
  channel: 'chat',
  matches: ['https://*.zendesk.com/agent/*'],
  // Agent Workspace keeps every open ticket tab mounted and hides all but one: only the visible ticket's composer
  // counts, and the customer is the visible ticket's requester.
  findComposers: (root) =>
    visibleComposers(root, [
      // Agent Workspace (2021+): the omnichannel composer is CKEditor 5.
      '[data-test-id="omnicomposer-rich-text-ckeditor"] .ck-editor__editable[contenteditable="true"]',
      '[data-test-id="omnicomposer-rich-text-ckeditor"] [contenteditable="true"]',
      // Standard (non-workspace) ticket view and the side conversations: CKEditor 5 as well.
      '.ck-editor__editable[contenteditable="true"]',
    ]),
  // No key: the same composer writes email and messaging replies, and Enter means a new line in one and send in the
  // other; agents submit with the Submit button, which counts.
  sendKey: 'none',
  sendButtons: [
    // Agent Workspace: the "Submit as …" split button's main part.
    'button[data-test-id="submit_button-button"]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Ticket header breadcrumb (organisation › requester › ticket): the requester tab.
      '[data-test-id="tabs-nav-item-users"]',
      // Ticket properties panel: the Requester field's selected value (avatar + name).
      '[data-test-id="ticket-system-field-requester-select"] [data-garden-id="tags.avatar"] + span',
    ]),
  conversation: (_doc, url) => keyFromUrl(url, /\/agent\/tickets\/(\d+)/),
  // Ticket replies take Enter as a new line; Ctrl/Cmd+Enter submits.
});
