/**
 * Rich editors keep their own document model and ignore (or fight) direct DOM edits. Fingerprints are the editors'
 * own attributes and class names, which they keep stable across versions.
 */
export const RICH_EDITOR_SELECTORS = {
  lexical: '[data-lexical-editor="true"]', // Messenger, WhatsApp Web, Instagram, Meta Business Suite
  prosemirror: '.ProseMirror', // ProseMirror / Tiptap: Intercom, Front, HubSpot
  slate: '[data-slate-editor="true"]',
  draftjs: '.public-DraftEditor-content', // legacy X composer
  ckeditor5: '.ck-editor__editable', // Zendesk Agent Workspace
  quill: '.ql-editor',
} as const;

export const ANY_RICH_EDITOR = Object.values(RICH_EDITOR_SELECTORS).join(',');
