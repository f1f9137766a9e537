import { isTextField, type EditableElement } from '@/utils/dom/editable';

/** What the editor shows, as text: the field's value, or the rendered text of a contenteditable. */
export function readEditorText(el: EditableElement): string {
  if (isTextField(el)) return (el as HTMLTextAreaElement).value;
  return el.innerText;
}

/** Editors disagree on whitespace (nbsp, paragraph gaps); comparisons ignore it. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, '');
}

export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}
