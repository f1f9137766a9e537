import { contentScriptExcludes, contentScriptMatches } from '@/utils/sites';

/**
 * Runs in the page's own JavaScript world (no extension APIs here) so it can reach editor objects a content script
 * cannot see. It does one thing: on Cordial's request event, insert text through CKEditor 5's model or Quill's API.
 * No innerHTML and no eval, so it works under strict CSP and Trusted Types. Chrome only: Firefox MV2 has no main
 * world content scripts; there the paste strategies and the clipboard fallback apply.
 */
export default defineContentScript({
  matches: contentScriptMatches(),
  excludeMatches: contentScriptExcludes(),
  allFrames: true,
  matchAboutBlank: true,
  world: 'MAIN',
  exclude: ['firefox'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    const INSERT = 'cordial:bridge-insert';
    const RESULT = 'cordial:bridge-result';

    interface CkWriter {
      createDocumentFragment(): unknown;
      createElement(name: string): unknown;
      insertText(text: string, parent: unknown): void;
      append(item: unknown, parent: unknown): void;
    }
    interface CkEditor {
      model: { change(cb: (writer: CkWriter) => void): void; insertContent(content: unknown): void };
      editing: { view: { focus(): void } };
    }
    interface Quill {
      getSelection(focus?: boolean): { index: number; length: number } | null;
      deleteText(index: number, length: number, source: string): void;
      insertText(index: number, text: string, source: string): void;
      setSelection(index: number, length: number, source: string): void;
    }

    function viaCkeditor(target: Element, text: string): boolean {
      const root = target.closest('.ck-editor__editable') as (Element & { ckeditorInstance?: CkEditor }) | null;
      const editor = root?.ckeditorInstance;
      if (!editor) return false;
      editor.editing.view.focus();
      // One model change = one undo step; lines become paragraphs, as a paste would make them.
      editor.model.change((writer) => {
        const fragment = writer.createDocumentFragment();
        for (const line of text.split('\n')) {
          const paragraph = writer.createElement('paragraph');
          writer.insertText(line, paragraph);
          writer.append(paragraph, fragment);
        }
        editor.model.insertContent(fragment);
      });
      return true;
    }

    function viaQuill(target: Element, text: string): boolean {
      // Quill 1 and 2 keep their instance on the container element.
      const quill = (target.closest('.ql-container') as (Element & { __quill?: Quill }) | null)?.__quill;
      if (!quill) return false;
      const range = quill.getSelection(true) ?? { index: 0, length: 0 };
      if (range.length) quill.deleteText(range.index, range.length, 'user');
      quill.insertText(range.index, text, 'user');
      quill.setSelection(range.index + text.length, 0, 'user');
      return true;
    }

    document.addEventListener(
      INSERT,
      (event) => {
        const detail = (event as CustomEvent<unknown>).detail;
        const target = event.composedPath()[0];
        if (typeof detail !== 'string' || !(target instanceof Element)) return;
        let request: { id?: unknown; text?: unknown };
        try {
          request = JSON.parse(detail);
        } catch {
          return;
        }
        if (typeof request.id !== 'string' || typeof request.text !== 'string') return;
        let handled = false;
        try {
          handled = viaCkeditor(target, request.text) || viaQuill(target, request.text);
        } catch {
          handled = false;
        }
        document.dispatchEvent(new CustomEvent(RESULT, { detail: JSON.stringify({ id: request.id, handled }) }));
      },
      true,
    );
  },
});
