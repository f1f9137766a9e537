import { keyFromUrl } from './lib/conversation';
import { defineSite } from './define-site';
import { visibleComposers, visibleName } from './lib/query';

/** Microsoft's own Outlook on the web hosts; the manifest can only list these. */
const OUTLOOK_HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']);

function hostOf(doc: Document): string {
  try {
    return new URL(doc.URL).hostname;
  } catch {
    return '';
  }
}

/**
 * Outlook on the web by its DOM rather than its host: Exchange on-premises and hosted OWA live on the company's own
 * domain (webmail.example.com/owa/). NOTE: the manifest can only match known hosts, so on a custom domain the content
 * script is not injected by the manifest at all; custom-domain Outlook needs the generic opt-in path (the agent
 * grants the host at run time, utils/custom-sites). This fingerprint is what lets that path, through the registry's
 * `detectSiteByFingerprint`, recognise Outlook there instead of falling back to the generic adapter.
 */
export function looksLikeOutlook(doc: Document): boolean {
  return (
    // One Outlook / OWA bundles: /owamail/ on Microsoft's CDN (cloud and hybrid), /owa/ on Exchange on-premises.
    doc.querySelector('script[src*="/owamail/"], link[href*="/owamail/"], script[src*="/owa/"], link[href*="/owa/"]') !== null ||
    // One Outlook app shell (2022+): its regions are tagged data-app-section.
    doc.querySelector('[data-app-section="MessageList"], [data-app-section="ConversationContainer"], [data-app-section="MailReadCompose"]') !== null
  );
}

export default defineSite({
  id: 'outlook',
  name: 'Outlook',
  channel: 'email',
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'],
  // On Microsoft's hosts the URL is proof enough (and the app shell may not be rendered yet at document_idle);
  // elsewhere only the fingerprint says it is Outlook.
  detect: (doc) => OUTLOOK_HOSTS.has(hostOf(doc)) || looksLikeOutlook(doc),
  findComposers: (root) =>
    visibleComposers(root, [
      // One Outlook (2022+; also the new Outlook for Windows): the message body, reply in the reading pane or a new
      // message, is a multi-line contenteditable textbox. The To/Cc wells are contenteditable textboxes too, but
      // single-line, so aria-multiline keeps them out.
      'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
      // Older OWA (2019 "Monarch" builds): the body sits in #editorParent_N without the multi-line flag.
      'div[id^="editorParent"] > div[contenteditable="true"]',
    ]),
  // Ctrl+Enter (Cmd+Enter on a Mac) sends in every Outlook on the web shortcut set; Enter is a new line.
  sendKey: 'mod-enter',
  sendButtons: [
    // One Outlook (2022+), reply in the reading pane and new message: the primary Send button, labelled (localised).
    'button[aria-label="Enviar"]',
    'button[aria-label="Send"]',
    // Builds that label it by title with the shortcut ("Enviar (Ctrl+Entrar)").
    'button[title^="Enviar ("]',
    'button[title^="Send ("]',
  ],
  customerName: (doc) =>
    visibleName(doc, [
      // Reading pane header, 2023+ builds: the sender persona.
      '[role="main"] [data-testid="SenderPersona"] span',
      // Reading pane header, all One Outlook builds: the sender's name whose title is the address.
      '[role="main"] span[title*="@"]',
    ]),
  // Reading pane deep link: /mail/<folder>/id/<item id>.
  conversation: (_doc, url) => keyFromUrl(url, /\/id\/([^/?#]+)/),
});
