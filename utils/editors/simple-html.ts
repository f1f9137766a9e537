/**
 * Simple rich text for email editors: the reply's own lines and its links, nothing else. Built through the DOM from
 * plain text, so every character of the reply is escaped and no HTML from a pack ever reaches the page.
 */
const LINK_SOURCE = String.raw`\b(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`;
// A fresh expression per use: a shared global one carries `lastIndex` from one call into the next.
const linkPattern = (flags: string) => new RegExp(LINK_SOURCE, flags);

export function hasLink(text: string): boolean {
  return linkPattern('u').test(text);
}

function appendLinked(doc: Document, parent: Node, line: string): void {
  let last = 0;
  for (const match of line.matchAll(linkPattern('gu'))) {
    const at = match.index ?? 0;
    if (at > last) parent.appendChild(doc.createTextNode(line.slice(last, at)));
    const a = doc.createElement('a');
    a.href = match[0].includes('@') && !match[0].startsWith('http') ? `mailto:${match[0]}` : match[0];
    a.textContent = match[0];
    parent.appendChild(a);
    last = at + match[0].length;
  }
  if (last < line.length) parent.appendChild(doc.createTextNode(line.slice(last)));
}

/** Lines joined with `<br>` (as a person typing into a plain editor makes them), links as `<a>`. */
export function linesHtml(doc: Document, text: string): string {
  const holder = doc.createElement('div');
  text.split('\n').forEach((line, i) => {
    if (i > 0) holder.appendChild(doc.createElement('br'));
    appendLinked(doc, holder, line);
  });
  return holder.innerHTML;
}

/** One `<p>` per line (blank lines kept), links as `<a>`: what rich editors turn into their own paragraphs. */
export function paragraphsHtml(doc: Document, text: string, links = false): string {
  const holder = doc.createElement('div');
  for (const line of text.split('\n')) {
    const p = doc.createElement('p');
    if (links) appendLinked(doc, p, line);
    else p.textContent = line;
    holder.append(p);
  }
  return Array.from(holder.children, (p) => p.outerHTML).join('');
}
