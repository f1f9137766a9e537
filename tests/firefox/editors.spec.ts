// The real editor libraries (tests/fixtures/editors, as in tests/e2e/editors.spec.ts) in Firefox: each keeps its own
// model, and Firefox's input events differ from Chromium's, so insertion and shortcut expansion are checked in each
// editor's OWN model (`window.editorTest.read()`), once per Firefox build.
import type { Page } from 'puppeteer-core';
import type { Reply } from '../../protocols/types';
import { es, textFor } from '../e2e/fixtures';
import { attributes, expect, sidebar, test } from './fixtures';

/** Puppeteer's `>>>` pierces open shadow roots. */
const EDITORS: Array<{ name: string; editable: string; frame?: string }> = [
  { name: 'lexical', editable: '[data-lexical-editor="true"]' },
  { name: 'draftjs', editable: '.public-DraftEditor-content' },
  { name: 'prosemirror', editable: '.ProseMirror' },
  { name: 'ckeditor5', editable: '.ck-editor__editable' },
  { name: 'quill2', editable: '.ql-editor' },
  { name: 'quill1', editable: '.ql-editor' },
  { name: 'plain-contenteditable', editable: '#editor[contenteditable="true"]' },
  { name: 'slate', editable: '[data-slate-editor="true"]' },
  { name: 'react-textarea', editable: 'textarea' },
  { name: 'shadow-root', editable: 'cordial-test-composer >>> [contenteditable="true"]' },
  // Pages whose Content-Security-Policy forbids inline code and requires Trusted Types: nothing Cordial does may need either.
  { name: 'strict-csp', editable: '#editor[contenteditable="true"]' },
  { name: 'trusted-types', editable: '[data-lexical-editor="true"]' },
  // The reply box in an iframe of its own, as in some helpdesks: Cordial's content script runs in that frame too.
  { name: 'iframe-contenteditable', frame: '#editor-frame', editable: 'body' },
];

const chatText = (reply: Reply) => textFor(reply, 'chat');
const insertable = es.replies.filter((r) => r.channels.includes('chat') && !chatText(r).includes('{{') && !chatText(r).includes('\n'));
const INSERTED = insertable[0]!;
const EXPANDED = insertable.find((r) => r.shortcut && r.id !== INSERTED.id)!;

const read = (tab: Page) => tab.evaluate(() => (window as unknown as { editorTest: { read(): string } }).editorTest.read());

for (const editor of EDITORS) {
  test(`${editor.name}: a reply from the sidebar and a typed shortcut both land in the editor's own model`, async ({ tab, demo }) => {
    // Served on the demo chat's host, where the demo-chat adapter runs Cordial.
    await tab.goto(`${new URL(demo.url('chat')).origin}/editors/${editor.name}.html`);
    // CKEditor's page publishes its API once the editor is created (asynchronously).
    await expect.poll(() => tab.evaluate(() => (window as unknown as { editorTest?: { kind: string } }).editorTest?.kind)).toBe(editor.name);
    const frame = await sidebar(tab);
    await frame.waitForSelector('[data-testid=reply]', { visible: true, timeout: 10_000 });

    if (editor.frame) {
      const inner = await (await tab.waitForSelector(editor.frame))!.contentFrame();
      await inner!.click(editor.editable);
    } else {
      await tab.click(editor.editable);
    }
    await tab.keyboard.type('Hola. ');
    await frame.type('[data-testid=reply-search]', INSERTED.title);
    await expect.poll(async () => (await attributes(frame, '[data-testid=reply]', ['data-reply-id']))[0]?.['data-reply-id']).toBe(INSERTED.id);
    await frame.click(`[data-testid=reply][data-reply-id="${INSERTED.id}"] [data-testid=insert]`);
    const inserted = `Hola. ${chatText(INSERTED)}`;
    await expect.poll(() => read(tab)).toBe(inserted);

    // The caret is where the insert left it, after the reply: the agent types on.
    await tab.keyboard.type(` ;${EXPANDED.shortcut}`);
    await tab.keyboard.press(' ');
    await expect.poll(() => read(tab)).toBe(`${inserted} ${chatText(EXPANDED)}`);
  });
}
