import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { SITES, detectSite, detectSiteByFingerprint, findSite, siteMatchesUrl } from './index';
import { fixtureCustomer, fixtureFrame, fixturePath, isShown, mountFixture, readFixture, stubLayout } from './lib/fixtures';
import { looksLikeOutlook } from './outlook';
import { CHANNEL_SEND_KEY, findSendButton, sendKeyOf } from './lib/send';

const REAL_SITES = SITES.filter((site) => !site.id.startsWith('demo-'));

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = stubLayout();
});
afterAll(() => restoreLayout());
beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

/** The document the fixture's composer lives in: the page, or (Proton Mail) the editor frame's own document. */
function composerDocument(): Document {
  const frame = fixtureFrame(document);
  if (!frame) return document;
  return new DOMParser().parseFromString(frame.getAttribute('srcdoc') ?? '', 'text/html');
}

const expectedComposers = (doc: Document) => Array.from(doc.querySelectorAll<HTMLElement>('[data-fixture-composer]')).filter(isShown);

describe.each(REAL_SITES.map((site) => [site.id, site] as const))('%s fixture', (id, site) => {
  it('has a fixture page with a customer, a composer and a decoy', () => {
    expect(existsSync(fixturePath(id))).toBe(true);
    mountFixture(document, readFixture(id));
    expect(fixtureCustomer(document)).toBeTruthy();
    expect(expectedComposers(composerDocument()).length).toBeGreaterThan(0);
    expect(document.querySelector('[data-fixture-decoy]')).not.toBeNull();
  });

  it('finds exactly the fixture composer, never the decoy', () => {
    mountFixture(document, readFixture(id));
    const doc = composerDocument();
    const found = site.findComposers(doc);
    expect(found).toEqual(expectedComposers(doc));
    for (const el of found) expect(el.hasAttribute('data-fixture-decoy')).toBe(false);
    for (const decoy of document.querySelectorAll('[data-fixture-decoy]')) expect(site.findComposers(document)).not.toContain(decoy);
  });

  it('reads the customer’s name', () => {
    mountFixture(document, readFixture(id));
    expect(site.customerName?.(document)).toBe(fixtureCustomer(document));
  });

  it('knows the send buttons: each composer’s own, never a decoy', () => {
    mountFixture(document, readFixture(id));
    const matched = Array.from(document.querySelectorAll<HTMLElement>(site.sendButtons.join())).filter(isShown);
    const expected = Array.from(document.querySelectorAll<HTMLElement>('[data-fixture-send]')).filter(isShown);
    expect(expected.length, 'the fixture marks its send button').toBeGreaterThan(0);
    for (const el of expected) expect(matched.some((m) => el.contains(m)), el.outerHTML).toBe(true);
    for (const m of matched) expect(m.closest('[data-fixture-send]'), m.outerHTML).not.toBeNull();
    // The composer's own button, found from the composer (Proton Mail's editor is in a frame: its button is not).
    for (const composer of fixtureFrame(document) ? [] : expectedComposers(document)) {
      const button = findSendButton(site, composer);
      expect(button?.closest('[data-fixture-send]')?.getAttribute('data-fixture-send'), composer.dataset.fixtureComposer).toBe(composer.dataset.fixtureComposer);
    }
  });

  it('answers [] and no name on another site’s fixture page, without throwing', () => {
    const other = REAL_SITES.find((s) => s.channel !== site.channel)!;
    mountFixture(document, readFixture(other.id));
    expect(() => site.findComposers(document)).not.toThrow();
    expect(() => site.customerName?.(document)).not.toThrow();
  });
});

describe('send keys', () => {
  it('every adapter has a send-key rule; chat and social default to Enter, email to Ctrl/Cmd+Enter', () => {
    expect(CHANNEL_SEND_KEY).toEqual({ email: 'mod-enter', social: 'enter', chat: 'enter' });
    for (const site of SITES) expect(['enter', 'mod-enter', 'none'], site.id).toContain(sendKeyOf(site));
    const rules = Object.fromEntries(SITES.map((site) => [site.id, sendKeyOf(site)]));
    expect(rules).toMatchObject({ gmail: 'mod-enter', outlook: 'mod-enter', whatsapp: 'enter', messenger: 'enter', zendesk: 'none', 'demo-chat': 'enter', 'demo-social': 'enter', 'demo-webmail': 'mod-enter' });
  });
});

describe('site specifics', () => {
  it('gmail: finds the inline reply and the pop-up compose', () => {
    mountFixture(document, readFixture('gmail'));
    expect(findSite('gmail')!.findComposers(document).map((el) => el.dataset.fixtureComposer)).toEqual(['inline-reply', 'popup-compose']);
  });

  it('gmail: the composer the agent is typing in comes first', () => {
    mountFixture(document, readFixture('gmail'));
    const popup = document.querySelector<HTMLElement>('[data-fixture-composer="popup-compose"]')!;
    popup.focus();
    expect(document.activeElement).toBe(popup);
    expect(findSite('gmail')!.findComposers(document)[0]).toBe(popup);
  });

  it('gmail: each compose window sends with its own Send button', () => {
    mountFixture(document, readFixture('gmail'));
    const gmail = findSite('gmail')!;
    const [inline, popup] = ['inline-reply', 'popup-compose'].map((k) => document.querySelector<HTMLElement>(`[data-fixture-composer="${k}"]`)!);
    expect(findSendButton(gmail, inline!)?.dataset.fixtureSend).toBe('inline-reply');
    expect(findSendButton(gmail, popup!)?.dataset.fixtureSend).toBe('popup-compose');
  });

  it('zendesk: only the visible ticket’s composer and requester count, whatever the tab order', () => {
    mountFixture(document, readFixture('zendesk'));
    const zendesk = findSite('zendesk')!;
    const hidden = document.querySelector<HTMLElement>('[data-hidden-ticket-composer]')!;
    expect(zendesk.findComposers(document)).not.toContain(hidden);
    expect(zendesk.customerName!(document)).toBe('Rocío Abad');
    // The agent switches tabs: #101 shows, #102 hides.
    document.querySelector('[data-ticket-id="101"]')!.removeAttribute('hidden');
    document.querySelector('[data-ticket-id="102"]')!.setAttribute('hidden', '');
    expect(zendesk.findComposers(document)).toEqual([hidden]);
    expect(zendesk.customerName!(document)).toBe('Óscar Benítez');
    // Two tickets side by side (split view): both count, the focused one first.
    document.querySelector('[data-ticket-id="102"]')!.removeAttribute('hidden');
    const visible = document.querySelector<HTMLElement>('[data-fixture-composer]')!;
    visible.focus();
    expect(zendesk.findComposers(document)).toEqual([visible, hidden]);
  });

  it('x: the legacy Draft.js composer and the 2025 textarea composer', () => {
    mountFixture(document, readFixture('x'));
    const x = findSite('x')!;
    expect(x.findComposers(document).map((el) => el.dataset.fixtureComposer)).toEqual(['draftjs']);
    document.querySelector('[data-x-variant="draftjs"]')!.setAttribute('hidden', '');
    document.querySelector('[data-x-variant="textarea"]')!.removeAttribute('hidden');
    const found = x.findComposers(document);
    expect(found.map((el) => el.dataset.fixtureComposer)).toEqual(['textarea']);
    expect(found[0]).toBeInstanceOf(HTMLTextAreaElement);
    expect(x.customerName!(document)).toBe('Jaime Urquijo');
  });

  it('proton-mail: nothing on the top document, the editor inside the composer frame', () => {
    mountFixture(document, readFixture('proton-mail'));
    const proton = findSite('proton-mail')!;
    expect(proton.findComposers(document)).toEqual([]);
    const inner = composerDocument();
    expect(proton.findComposers(inner).map((el) => el.id)).toEqual(['rooster-editor']);
  });

  it('outlook: recognised by its DOM on a custom domain (for the opt-in path), not other sites', () => {
    mountFixture(document, readFixture('outlook'));
    expect(looksLikeOutlook(document)).toBe(true);
    expect(detectSiteByFingerprint(document)?.id).toBe('outlook');
    const onPremises = new DOMParser().parseFromString('<html><head><script src="/owa/prem/15.2.1544.4/scripts/boot.worldwide.0.mouse.js"></script></head><body></body></html>', 'text/html');
    expect(looksLikeOutlook(onPremises)).toBe(true);
    mountFixture(document, readFixture('gmail'));
    expect(looksLikeOutlook(document)).toBe(false);
    expect(detectSiteByFingerprint(document)).toBeUndefined();
  });
});

/** Real addresses per site, and ones that must be left alone. */
const URLS: Record<string, { yes: string[]; no: string[] }> = {
  gmail: {
    yes: ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com/mail/u/1/#inbox/FMfcgz?compose=new', 'https://mail.google.com/mail/u/0/?ui=2&view=btop'],
    no: ['https://mail.google.com/mail/mu/mp/123/', 'https://mail.google.com/chat/u/0/', 'https://www.google.com/gmail/'],
  },
  outlook: {
    yes: ['https://outlook.live.com/mail/0/inbox', 'https://outlook.office.com/mail/deeplink/compose', 'https://outlook.office365.com/mail/inbox', 'https://outlook.cloud.microsoft/mail/'],
    no: ['https://www.microsoft.com/es-es/microsoft-365/outlook', 'https://outlook.com.example.com/mail/'],
  },
  'yahoo-mail': {
    yes: ['https://mail.yahoo.com/d/folders/1', 'https://mail.yahoo.com/d/compose/123'],
    no: ['https://www.yahoo.com/', 'https://es.yahoo.com/mail'],
  },
  'proton-mail': {
    yes: ['https://mail.proton.me/u/0/inbox', 'https://mail.proton.me/u/1/all-mail/abc'],
    no: ['https://proton.me/mail', 'https://account.proton.me/login'],
  },
  whatsapp: { yes: ['https://web.whatsapp.com/'], no: ['https://www.whatsapp.com/', 'https://faq.whatsapp.com/'] },
  messenger: {
    yes: ['https://www.messenger.com/t/123', 'https://www.messenger.com/e2ee/t/123', 'https://www.facebook.com/messages/t/123'],
    no: ['https://www.facebook.com/', 'https://www.facebook.com/marketplace/'],
  },
  'meta-business-suite': {
    yes: ['https://business.facebook.com/latest/inbox/all?asset_id=1', 'https://business.facebook.com/latest/inbox/instagram_direct?asset_id=1'],
    no: ['https://business.facebook.com/latest/home?asset_id=1', 'https://business.facebook.com/latest/posts'],
  },
  instagram: {
    yes: ['https://www.instagram.com/direct/inbox/', 'https://www.instagram.com/direct/t/340282366841710300949128/'],
    no: ['https://www.instagram.com/', 'https://www.instagram.com/acme/', 'https://www.instagram.com/p/Cabc123/'],
  },
  x: {
    yes: ['https://x.com/messages', 'https://x.com/messages/123-456', 'https://twitter.com/messages/123-456', 'https://x.com/i/chat/123-456'],
    no: ['https://x.com/home', 'https://x.com/acme/status/1', 'https://twitter.com/acme'],
  },
  linkedin: {
    yes: ['https://www.linkedin.com/messaging/thread/2-abc=/', 'https://www.linkedin.com/messaging/'],
    no: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/someone/'],
  },
  zendesk: {
    yes: ['https://acme.zendesk.com/agent/tickets/42', 'https://soporte-acme.zendesk.com/agent/filters/1'],
    no: ['https://acme.zendesk.com/hc/es', 'https://www.zendesk.com/'],
  },
  intercom: {
    yes: ['https://app.intercom.com/a/inbox/abc/inbox/conversation/1', 'https://app.intercom.com/a/apps/abc/inbox'],
    no: ['https://www.intercom.com/', 'https://app.eu.intercom.com.example.com/'],
  },
  freshdesk: {
    yes: ['https://acme.freshdesk.com/a/tickets/42', 'https://acme.freshdesk.com/a/tickets/filters/all_tickets'],
    no: ['https://acme.freshdesk.com/support/home', 'https://www.freshdesk.com/'],
  },
  freshchat: {
    yes: ['https://web.freshchat.com/a/884923720950713/inbox/open/0', 'https://acme.freshchat.com/a/884923720950713/inbox/open/0'],
    no: ['https://www.freshchat.com/', 'https://web.freshchat.com/'],
  },
  front: { yes: ['https://app.frontapp.com/inboxes/teammates/1/inbox/open/0', 'https://app.frontapp.com/open/cnv_abc'], no: ['https://front.com/'] },
  'help-scout': {
    yes: ['https://secure.helpscout.net/conversation/123/456/', 'https://secure.helpscout.net/mailbox/abc/'],
    no: ['https://www.helpscout.com/', 'https://docs.helpscout.com/'],
  },
  livechat: { yes: ['https://my.livechatinc.com/chats/all/ABC', 'https://my.livechatinc.com/archives'], no: ['https://www.livechat.com/', 'https://www.livechatinc.com/'] },
  crisp: { yes: ['https://app.crisp.chat/website/abc/inbox/session_1/', 'https://app.crisp.chat/website/abc/inbox/'], no: ['https://crisp.chat/es/', 'https://help.crisp.chat/'] },
  'tawk-to': { yes: ['https://dashboard.tawk.to/#/messaging/abc', 'https://dashboard.tawk.to/'], no: ['https://www.tawk.to/', 'https://help.tawk.to/'] },
  'zoho-desk': {
    yes: ['https://desk.zoho.com/agent/acme/soporte/tickets/details/1', 'https://desk.zoho.eu/agent/acme/soporte/tickets/details/1', 'https://desk.zoho.in/support/acme/ShowHomePage.do'],
    no: ['https://www.zoho.com/desk/', 'https://help.zoho.com/'],
  },
  hubspot: {
    yes: ['https://app.hubspot.com/live-messages/1234567/inbox/890', 'https://app.hubspot.com/help-desk/1234567/view/all', 'https://app-eu1.hubspot.com/live-messages/1/inbox/2'],
    no: ['https://app.hubspot.com/contacts/1234567/', 'https://www.hubspot.com/'],
  },
};

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

describe('URL detection', () => {
  it('every real site has real addresses to match and addresses to leave alone', () => {
    expect(Object.keys(URLS).sort()).toEqual(REAL_SITES.map((s) => s.id).sort());
    for (const { yes, no } of Object.values(URLS)) {
      expect(yes.length).toBeGreaterThanOrEqual(1);
      expect(no.length).toBeGreaterThanOrEqual(1);
    }
  });

  const cases = Object.entries(URLS).flatMap(([id, { yes, no }]) => [...yes.map((url) => [url, id] as const), ...no.map((url) => [url, undefined] as const)]);
  it.each(cases)('%s → %s', (url, id) => {
    // The content script always asks about its own document's address.
    setUrl(url);
    expect(detectSite(url, document)?.id).toBe(id);
    if (!id) for (const site of REAL_SITES) expect(siteMatchesUrl(site, url)).toBe(false);
  });
});
