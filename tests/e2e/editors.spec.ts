// Cordial against every kind of editor it claims to support, each built from the REAL editor library
// (tests/fixtures/editors, built by scripts/build-demo.mjs into .output/demo/editors). The pages are served on
// chat.demo.localhost, where the demo-chat site adapter runs Cordial's content script, so the sidebar docks beside them.
//
// Every page exposes `window.editorTest = { kind, read(), setText(text), selectText(substring) }`: the tests set up
// state with it and read the result from the editor's OWN model (Lexical's editor state, Draft.js' ContentState,
// ProseMirror's doc, CKEditor's model, Quill's getText, Slate's children, React's state; a rendered-lines DOM walk for
// plain contenteditable). Cordial itself never touches it.
import { readFileSync } from 'node:fs';
import type { FrameLocator, Locator, Page, Response } from '@playwright/test';
import type { Pack, Reply } from '../../protocols/types';
import { expect, sidebar, test, writeExtensionRow } from './fixtures';

interface EditorPage {
  /** Page name: tests/fixtures/editors/<name>.html. */
  name: string;
  /** The element a person clicks to type (through open shadow roots; in the iframe for iframe pages). */
  editable(page: Page): Locator;
}

const css = (selector: string) => (page: Page) => page.locator(selector).first();

const EDITORS: EditorPage[] = [
  { name: 'lexical', editable: css('[data-lexical-editor="true"]') },
  { name: 'draftjs', editable: css('.public-DraftEditor-content') },
  { name: 'prosemirror', editable: css('.ProseMirror') },
  { name: 'ckeditor5', editable: css('.ck-editor__editable') },
  { name: 'quill2', editable: css('.ql-editor') },
  { name: 'quill1', editable: css('.ql-editor') },
  { name: 'slate', editable: css('[data-slate-editor="true"]') },
  { name: 'react-textarea', editable: css('textarea') },
  { name: 'plain-contenteditable', editable: css('#editor[contenteditable="true"]') },
  { name: 'iframe-contenteditable', editable: (page) => page.frameLocator('#editor-frame').locator('body') },
  // Playwright's CSS engine pierces open shadow roots.
  { name: 'shadow-root', editable: css('cordial-test-composer [contenteditable="true"]') },
  { name: 'strict-csp', editable: css('#editor[contenteditable="true"]') },
  { name: 'trusted-types', editable: css('[data-lexical-editor="true"]') },
];

// --- Replies -----------------------------------------------------------------------------------------------------

const es: Pack = JSON.parse(readFileSync(new URL('../../protocols/builtin/es.json', import.meta.url), 'utf8'));
/** What Cordial inserts on the chat channel (these pages are on chat.demo.localhost). */
const chatText = (reply: Reply) => reply.variants?.chat?.body ?? reply.body;
const insertable = es.replies.filter((r) => r.channels.includes('chat') && !chatText(r).includes('{{'));

/** A single-line chat reply with no placeholder, from the built-in pack. */
const SINGLE = insertable.find((r) => !chatText(r).includes('\n'))!;

/**
 * A multi-line chat reply with no placeholder. The built-in pack has none today (every multi-line reply is an email
 * text with placeholders), so when it has none the tests add one to the extension's library for the run — with a blank
 * line, as replies written for chat often have — and remove it afterwards.
 */
const PACK_MULTI = insertable.find((r) => chatText(r).includes('\n'));
const TEST_MULTI: Reply = {
  id: 'e2e-editores-varias-lineas',
  title: 'Prueba de editores: varias líneas',
  situation: SINGLE.situation,
  channels: ['chat'],
  body: 'Gracias por esperar, ya tengo su pedido delante.\nLe cuento lo que vamos a hacer:\n\nUn saludo.',
  tags: [],
};
const MULTI = PACK_MULTI ?? TEST_MULTI;
const SINGLE_TEXT = chatText(SINGLE);
/** A single-line chat reply with no placeholder that has a shortcut, to type. */
const SHORTCUT = insertable.find((r) => r.shortcut && !chatText(r).includes('\n'))!;
const MULTI_TEXT = chatText(MULTI);

const PACK_ID = es.id;
const testReplyKey = `${PACK_ID}:${TEST_MULTI.id}`;

// --- Helpers -----------------------------------------------------------------------------------------------------

type EditorTestApi = { kind: string; read(): string; setText(text: string): void; selectText(substring: string): void };
type TestWindow = Window & { editorTest: EditorTestApi; cspViolations?: unknown[] };

function editorUrl(port: number, name: string): string {
  return `http://chat.demo.localhost:${port}/editors/${name}.html`;
}

async function gotoEditor(page: Page, port: number, editor: EditorPage): Promise<Response | null> {
  const response = await page.goto(editorUrl(port, editor.name));
  // CKEditor's page publishes its API only once the editor is created (asynchronously).
  await expect.poll(() => page.evaluate(() => (window as unknown as Partial<TestWindow>).editorTest?.kind), { intervals: [20, 50] }).toBe(editor.name);
  return response;
}

/** Opens the editor page and waits until Cordial's sidebar lists replies. */
async function openEditor(page: Page, port: number, editor: EditorPage): Promise<FrameLocator> {
  await gotoEditor(page, port, editor);
  const frame = sidebar(page);
  await expect(frame.locator('[data-testid=reply]').first()).toBeVisible({ timeout: 10_000 });
  return frame;
}

const read = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).editorTest.read());
const setText = (page: Page, text: string) => page.evaluate((t) => (window as unknown as TestWindow).editorTest.setText(t), text);
const selectText = (page: Page, text: string) => page.evaluate((t) => (window as unknown as TestWindow).editorTest.selectText(t), text);

/** Clicks into the editor and puts the caret at the very end of its text, as a person would. */
async function caretAtEnd(page: Page, editor: EditorPage): Promise<void> {
  await editor.editable(page).click();
  await page.keyboard.press('Control+End');
}

/** Finds the reply in the sidebar by its title and returns its insert button. */
async function insertButton(frame: FrameLocator, reply: Reply): Promise<Locator> {
  await frame.getByTestId('reply-search').fill(reply.title);
  const button = frame.locator(`[data-testid=reply][data-reply-id="${reply.id}"] [data-testid=insert]`);
  await expect(button).toBeVisible();
  return button;
}

function countOf(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/** Waits until the editor's model reads `expected`; on failure, says what the sidebar reported. */
async function expectEditorText(page: Page, frame: FrameLocator, expected: string, timeout = 5_000): Promise<void> {
  try {
    await expect.poll(() => read(page), { timeout }).toBe(expected);
  } catch (error) {
    const notice = await frame
      .getByTestId('notice')
      .evaluate((el) => `${el.getAttribute('data-kind')}: ${el.textContent}`, undefined, { timeout: 500 })
      .catch(() => 'none');
    (error as Error).message += `\nSidebar notice: ${notice}`;
    throw error;
  }
}

// --- Set-up: the multi-line reply ---------------------------------------------------------------------------------

test.beforeAll(async ({ extension, demo }) => {
  if (PACK_MULTI) return;
  // Wait until the extension has seeded its library (a sidebar that lists replies), then add the test reply.
  const page = await extension.context.newPage();
  try {
    await openEditor(page, demo.port, EDITORS[0]!);
  } finally {
    await page.close();
  }
  await writeExtensionRow(extension.worker, 'replies', testReplyKey, { ...TEST_MULTI, key: testReplyKey, packId: PACK_ID, order: 100_000 });
});

test.afterAll(async ({ extension }) => {
  if (!PACK_MULTI) await writeExtensionRow(extension.worker, 'replies', testReplyKey, null);
});

// --- The tests ----------------------------------------------------------------------------------------------------

for (const editor of EDITORS) {
  test.describe(`editor ${editor.name}`, () => {
    test('the test page works by keyboard alone (fixture check, no Cordial involved)', async ({ page, demo }) => {
      const errors: string[] = [];
      // Errors of the page's own scripts; not those of Cordial's sidebar frame or main-world code (chrome-extension://).
      page.on('pageerror', (error) => {
        if (!error.stack?.includes('chrome-extension://')) errors.push(error.message);
      });
      const response = await gotoEditor(page, demo.port, editor);
      expect(await read(page)).toBe('');
      await editor.editable(page).click();
      await page.keyboard.type('Hola');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('adiós');
      await expect.poll(() => read(page)).toBe('Hola\n\nadiós');

      await setText(page, 'Hola PALABRA adiós');
      expect(await read(page)).toBe('Hola PALABRA adiós');
      await selectText(page, 'PALABRA');
      await page.keyboard.type('X');
      await expect.poll(() => read(page)).toBe('Hola X adiós');
      await page.keyboard.press('Control+z');
      await expect.poll(() => read(page)).toBe('Hola PALABRA adiós');
      expect(errors).toEqual([]);

      if (editor.name === 'strict-csp') {
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
        // The policy is in force: an inline script does not run, and the page sees the violation.
        const inline = await page.evaluate(async () => {
          const script = document.createElement('script');
          script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
          document.head.append(script);
          await new Promise((resolve) => setTimeout(resolve, 50));
          const w = window as unknown as TestWindow;
          return { ran: document.documentElement.dataset.inlineRan ?? 'no', violations: (w.cspViolations ?? []).length };
        });
        expect(inline.ran).toBe('no');
        expect(inline.violations).toBeGreaterThan(0);
      }
      if (editor.name === 'trusted-types') {
        expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
        // Trusted Types are enforced: a plain string into an HTML sink throws.
        const result = await page.evaluate(() => {
          try {
            document.createElement('div').innerHTML = 'x';
            return 'assigned';
          } catch (e) {
            return (e as Error).name;
          }
        });
        expect(result).toBe('TypeError');
      }
    });

    test('inserts the exact multi-line reply at the caret, line breaks as paragraphs, caret after it', async ({ page, demo }) => {
      const frame = await openEditor(page, demo.port, editor);
      await setText(page, 'Hola.');
      await caretAtEnd(page, editor);
      await (await insertButton(frame, MULTI)).click();
      await expectEditorText(page, frame, `Hola.${MULTI_TEXT}`);
      await page.keyboard.type('Z');
      await expect.poll(() => read(page)).toBe(`Hola.${MULTI_TEXT}Z`);
    });

    test('one Control+Z undoes the whole insert', async ({ page, demo }) => {
      const frame = await openEditor(page, demo.port, editor);
      await setText(page, 'Hola.');
      await caretAtEnd(page, editor);
      await (await insertButton(frame, MULTI)).click();
      // The insert has landed (its first and last lines are there; its exact shape is the previous test's business).
      const lines = MULTI_TEXT.split('\n');
      await expect
        .poll(async () => {
          const text = await read(page);
          return text.startsWith(`Hola.${lines[0]}`) && text.endsWith(lines.at(-1)!);
        })
        .toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => read(page)).toBe('Hola.');
    });

    test('two inserts in a row give exactly two copies', async ({ page, demo }) => {
      const frame = await openEditor(page, demo.port, editor);
      await editor.editable(page).click();
      const insert = await insertButton(frame, SINGLE);
      await insert.click();
      await expectEditorText(page, frame, SINGLE_TEXT);
      await insert.click();
      await expectEditorText(page, frame, SINGLE_TEXT + SINGLE_TEXT);
    });

    test('inserts at a caret the agent moved with the keyboard, inside the text', async ({ page, demo }) => {
      const frame = await openEditor(page, demo.port, editor);
      await setText(page, 'Hola adiós');
      await selectText(page, 'adiós');
      await page.keyboard.press('ArrowLeft');
      await (await insertButton(frame, SINGLE)).click();
      await expectEditorText(page, frame, `Hola ${SINGLE_TEXT}adiós`);
    });

    test('replaces the selected text', async ({ page, demo }) => {
      const frame = await openEditor(page, demo.port, editor);
      await setText(page, 'Hola PALABRA adiós');
      await selectText(page, 'PALABRA');
      await (await insertButton(frame, SINGLE)).click();
      await expectEditorText(page, frame, `Hola ${SINGLE_TEXT} adiós`);
    });

    test('a spelling fix from the sidebar replaces only the word; the caret stays where the agent left it', async ({ page, demo }) => {
      const frame = await openEditor(page, demo.port, editor);
      await setText(page, 'Hola, su reembolzo llegará mañana.');
      await caretAtEnd(page, editor);
      const issue = frame.locator('[data-testid=spelling-issue][data-word="reembolzo"]');
      await issue.getByTestId('spelling-word').click({ timeout: 15_000 });
      await issue.locator('[data-testid=spelling-suggestion][data-value=reembolso]').click();
      await expectEditorText(page, frame, 'Hola, su reembolso llegará mañana.');
      await page.keyboard.type('Z');
      await expect.poll(() => read(page)).toBe('Hola, su reembolso llegará mañana.Z');
    });

    /** Types a shortcut at the start of a draft that goes on after the caret, with a slip corrected by Backspace. */
    const typeShortcut = async (page: Page) => {
      await setText(page, 'Un saludo.');
      await editor.editable(page).click();
      await page.keyboard.press('Control+Home');
      // Only what the agent really types counts (tests/e2e/security.spec.ts): every editor's own way of taking keys
      // (native, or cancelling beforeinput, or deleting on keydown) must still be seen as typing.
      await page.keyboard.type(`Hola ;${SHORTCUT.shortcut}x`);
      await page.keyboard.press('Backspace');
    };

    test('typing ;shortcut, a slip corrected with Backspace, then Space expands the reply in place, caret after it', async ({ page, demo }) => {
      const frame = await openEditor(page, demo.port, editor);
      await typeShortcut(page);
      await page.keyboard.press('Space');
      await expectEditorText(page, frame, `Hola ${chatText(SHORTCUT)}Un saludo.`);
      await page.keyboard.type('Z');
      await expect.poll(() => read(page)).toBe(`Hola ${chatText(SHORTCUT)}ZUn saludo.`);
    });

    test('one Control+Z after an expansion brings the typed shortcut back', async ({ page, demo }) => {
      const frame = await openEditor(page, demo.port, editor);
      await typeShortcut(page);
      // The agent pauses before Space for longer than editors group typing into one undo step (ProseMirror 500 ms,
      // Quill 1 s); otherwise the typing and the expansion rightly go back together.
      await page.waitForTimeout(1_100);
      await page.keyboard.press('Space');
      await expectEditorText(page, frame, `Hola ${chatText(SHORTCUT)}Un saludo.`);
      await page.keyboard.press('Control+z');
      // slate-history merges adjacent deletions into one step whatever the time: the Backspace's and the shortcut's.
      const typed = `Hola ;${SHORTCUT.shortcut}${editor.name === 'slate' ? 'x' : ''}`;
      await expect.poll(() => read(page)).toBe(`${typed}Un saludo.`);
    });

    test('100 inserts in a row: 100 exact copies, nothing garbled', async ({ page, demo }) => {
      test.setTimeout(60_000);
      const frame = await openEditor(page, demo.port, editor);
      await editor.editable(page).click();
      const insert = await insertButton(frame, SINGLE);
      for (let i = 1; i <= 100; i += 1) {
        // Real mouse clicks, each after Playwright's stability check: the sidebar rightly changes under the pointer
        // as the draft grows (a protocol step ticked shows its words), and a click at the button's previous place
        // would be lost (not a failure of the insert this test is about).
        await insert.click();
        try {
          await expect.poll(async () => countOf(await read(page), SINGLE_TEXT), { timeout: 3_000, intervals: [5, 10] }).toBe(i);
        } catch (error) {
          (error as Error).message += `\nInsert ${i} of 100 did not land as exactly one more copy.`;
          throw error;
        }
      }
      await expectEditorText(page, frame, SINGLE_TEXT.repeat(100));
    });
  });
}
