import type { Channel, Reply, ReplyVariant } from '@/protocols/types';

/**
 * The text a reply has for a channel: the pack's variant for it when there is one, else the reply's own body. Chat and
 * social composers take plain text only, so they never get `html`; email gets it only when it is simple rich text.
 */
export function variantFor(reply: Pick<Reply, 'body' | 'variants'>, channel: Channel | undefined): ReplyVariant {
  const variant = channel && Object.hasOwn(reply.variants ?? {}, channel) ? reply.variants![channel] : undefined;
  // A variant without text (a pack still being written) would insert nothing: the reply's body is the safer choice.
  if (!variant || typeof variant.body !== 'string' || variant.body.trim() === '') return { body: reply.body };
  if (channel === 'email' && typeof variant.html === 'string' && isSimpleRichText(variant.html)) return { body: variant.body, html: variant.html };
  return { body: variant.body };
}

/** Paragraphs, line breaks, emphasis and lists, without attributes. */
const PLAIN_TAG = /^<\/?(?:p|br|strong|b|em|i|u|ul|ol|li)\s*\/?>$/i;
/** A link to a web page or a mail address, and nothing else on it (no `onclick`, no `javascript:`). */
const LINK_TAG = /^<a\s+href="(?:https?:\/\/|mailto:)[^"<>\s]{1,2000}"\s*>$|^<\/a\s*>$/i;
const ANY_TAG = /<[^<>]{0,2100}>/g;

/**
 * Whether pack HTML is the simple rich text email composers accept as is: only the tags above, every `<` part of one.
 * Anything else (scripts, styles, images, event handlers, comments) means the plain `body` is used instead.
 */
export function isSimpleRichText(html: string): boolean {
  let allowed = true;
  const rest = html.replace(ANY_TAG, (tag) => {
    if (!PLAIN_TAG.test(tag) && !LINK_TAG.test(tag)) allowed = false;
    return '';
  });
  return allowed && !rest.includes('<');
}
