import { queryVisible, readText } from '../dom/editable';
import { defineSite } from './define-site';

export default defineSite({
  id: 'zendesk',
  name: 'Zendesk',
  channel: 'chat',
  matches: ['https://*.zendesk.com/agent/*'],
  // Agent Workspace keeps several tickets mounted; only the visible one's CKEditor 5 body counts.
  findComposers: (root) => queryVisible(root, '.ck-editor__editable[contenteditable="true"], [data-test-id="omnicomposer-rich-text-ckeditor"] [contenteditable="true"]'),
  customerName: (doc) => readText(doc, '[data-test-id="ticket-system-field-requester-select"] [data-garden-id="tags.avatar"] + span') ?? readText(doc, '[data-test-id="tabs-nav-item-users"]'),
});
