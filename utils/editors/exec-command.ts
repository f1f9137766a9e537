/**
 * `execCommand('insertText')`: deprecated on paper, yet the only way to make the browser itself type text — a trusted
 * `input` event, the native undo stack. Returns false where it is missing or refused.
 */
export function execInsertText(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** `execCommand('insertHTML')` with markup Cordial built itself (see simple-html.ts); false where refused. */
export function execInsertHtml(doc: Document, html: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertHTML', false, html);
  } catch {
    // Trusted Types pages refuse a plain string here.
    return false;
  }
}
