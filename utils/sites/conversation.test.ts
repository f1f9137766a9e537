import { describe, expect, it } from 'vitest';
import { findSite } from './index';

/** Per adapter: an address naming a conversation (→ its key) and one that names none. */
const CASES: Record<string, Array<[string, string | undefined]>> = {
  gmail: [
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWHrDwtTvKcLhCnBqfvZJrVc', 'FMfcgzQXJWHrDwtTvKcLhCnBqfvZJrVc'],
    ['https://mail.google.com/mail/u/0/#label/Pedidos/FMfcgzQXJWHrDwtTvKcLhCnBqfvZJrVc', 'FMfcgzQXJWHrDwtTvKcLhCnBqfvZJrVc'],
    ['https://mail.google.com/mail/u/0/#inbox', undefined],
  ],
  outlook: [
    ['https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNjQ3LWE%3D', 'AAQkADAwATM0MDAAMS1iNjQ3LWE%3D'],
    ['https://outlook.office.com/mail/inbox', undefined],
  ],
  zendesk: [
    ['https://acme.zendesk.com/agent/tickets/42', '42'],
    ['https://acme.zendesk.com/agent/filters/1', undefined],
  ],
  intercom: [
    ['https://app.intercom.com/a/inbox/abc/inbox/conversation/1234', '1234'],
    ['https://app.intercom.com/a/apps/abc/inbox', undefined],
  ],
  freshdesk: [
    ['https://acme.freshdesk.com/a/tickets/42', '42'],
    ['https://acme.freshdesk.com/a/tickets/filters/all_tickets', undefined],
  ],
  front: [
    ['https://app.frontapp.com/open/cnv_abc123', 'cnv_abc123'],
    ['https://app.frontapp.com/inboxes/teammates/1/inbox/open/0', undefined],
  ],
  'help-scout': [
    ['https://secure.helpscout.net/conversation/123/456/', '123'],
    ['https://secure.helpscout.net/mailbox/abc/', undefined],
  ],
  hubspot: [
    ['https://app.hubspot.com/live-messages/1234567/inbox/890', '890'],
    ['https://app.hubspot.com/help-desk/1234567/view/all', undefined],
  ],
  'zoho-desk': [
    ['https://desk.zoho.eu/agent/acme/soporte/tickets/details/987', '987'],
    ['https://desk.zoho.in/support/acme/ShowHomePage.do', undefined],
  ],
  messenger: [
    ['https://www.messenger.com/t/1000123', '1000123'],
    ['https://www.facebook.com/messages/e2ee/t/77', '77'],
  ],
  instagram: [
    ['https://www.instagram.com/direct/t/340282366841710300949128/', '340282366841710300949128'],
    ['https://www.instagram.com/direct/inbox/', undefined],
  ],
  x: [
    ['https://x.com/messages/123-456', '123-456'],
    ['https://x.com/messages', undefined],
  ],
  linkedin: [
    ['https://www.linkedin.com/messaging/thread/2-abc=/', '2-abc='],
    ['https://www.linkedin.com/messaging/', undefined],
  ],
  crisp: [['https://app.crisp.chat/website/abc/inbox/session_1a-2b/', 'session_1a-2b']],
  livechat: [['https://my.livechatinc.com/chats/all/ABC', 'ABC']],
  'yahoo-mail': [
    ['https://mail.yahoo.com/d/folders/1/messages/49227', '49227'],
    ['https://mail.yahoo.com/d/folders/1/messages/AJx7Tq0pLmN3bVc8RzW1yKd5HsE?reason=invalid_cred', 'AJx7Tq0pLmN3bVc8RzW1yKd5HsE'],
    ['https://mail.yahoo.com/d/search/keyword=pedido/messages/AJx7Tq0pLmN3bVc8RzW1yKd5HsE', 'AJx7Tq0pLmN3bVc8RzW1yKd5HsE'],
    ['https://mail.yahoo.com/d/folders/1', undefined],
    ['https://mail.yahoo.com/d/folders/1?reason=onboarded', undefined],
  ],
  'proton-mail': [
    ['https://mail.proton.me/u/0/inbox/sY1LHLrAfl0vL_mUE4meCEHQt3M5IRKUQRdQi_538-AZ-494hHfMs9RMpBw==', 'sY1LHLrAfl0vL_mUE4meCEHQt3M5IRKUQRdQi_538-AZ-494hHfMs9RMpBw=='],
    // A message expanded inside the conversation: still the conversation's key.
    ['https://mail.proton.me/u/1/all-mail/sY1LHLrAfl0vL_mUE4meCEHQt3M5IRKUQRdQi_538-AZ-494hHfMs9RMpBw==/yFB3cIZKN6v9Yi-U412pnXCihxjECML2y6AYQ9xlNw2cAoKJi03XoaK8-3kJBFqjkdWHyQ==', 'sY1LHLrAfl0vL_mUE4meCEHQt3M5IRKUQRdQi_538-AZ-494hHfMs9RMpBw=='],
    ['https://mail.proton.me/inbox/sY1LHLrAfl0vL_mUE4meCEHQt3M5IRKUQRdQi_538-AZ-494hHfMs9RMpBw==', 'sY1LHLrAfl0vL_mUE4meCEHQt3M5IRKUQRdQi_538-AZ-494hHfMs9RMpBw=='],
    ['https://mail.proton.me/u/0/inbox', undefined],
    ['https://mail.proton.me/u/0/all-mail#keyword=pedido', undefined],
    // A short route word where the id would be (a settings slug) is not an id.
    ['https://mail.proton.me/u/0/mail/identity-addresses', undefined],
  ],
  'meta-business-suite': [
    ['https://business.facebook.com/latest/inbox/all?asset_id=1000000000000001&mailbox_id=1000000000000001&selected_item_id=100012345678901&thread_type=FB_MESSAGE', '100012345678901'],
    ['https://business.facebook.com/latest/inbox/instagram_direct?asset_id=1000000000000001&selected_item_id=340282366841710300000000000000000001&thread_type=IG_MESSAGE', '340282366841710300000000000000000001'],
    ['https://business.facebook.com/latest/inbox/all?asset_id=1000000000000001&mailbox_id=1000000000000001', undefined],
    ['https://business.facebook.com/latest/inbox/all?asset_id=1000000000000001&selected_item_id=', undefined],
  ],
  freshchat: [
    ['https://acme.freshchat.com/a/111111111111111/inbox/2/0/conversation/720000000000001', '720000000000001'],
    ['https://web.freshchat.com/a/222222222222222/open/conversation/374000000000002', '374000000000002'],
    ['https://acme.freshchat.com/a/111111111111111/inbox/0/0', undefined],
  ],
  'tawk-to': [
    ['https://dashboard.tawk.to/#/inbox/600000000000000000000abc/all/chat/6a00000000000000000000c1', '6a00000000000000000000c1'],
    ['https://dashboard.tawk.to/#/inbox/600000000000000000000abc/all/chats/chat/6a00000000000000000000c1', '6a00000000000000000000c1'],
    ['https://dashboard.tawk.to/#/inbox/600000000000000000000abc/all', undefined],
    ['https://dashboard.tawk.to/#/inbox/600000000000000000000abc/chats', undefined],
    ['https://dashboard.tawk.to/#/messaging/57000000000000000000b020', undefined],
  ],
};

describe('conversation keys from the address', () => {
  it.each(Object.entries(CASES).flatMap(([id, cases]) => cases.map(([url, key]) => [id, url, key] as const)))('%s: %s → %s', (id, url, key) => {
    const site = findSite(id)!;
    expect(site.conversation?.(document, new URL(url))?.key).toBe(key);
  });
});

describe('conversation read from the page', () => {
  it('whatsapp: the chat id and who wrote last, from the messages’ data-id', () => {
    document.body.innerHTML = '<div id="main"><div data-id="false_34600000000@c.us_3EB0A1"></div><div data-id="true_34600000000@c.us_3EB0A2"></div></div>';
    expect(findSite('whatsapp')!.conversation!(document, new URL('https://web.whatsapp.com/'))).toEqual({ key: '34600000000@c.us', lastFromCustomer: false });
    document.body.innerHTML = '<div id="main"><div data-id="false_34600000000@c.us_3EB0A1"></div></div>';
    expect(findSite('whatsapp')!.conversation!(document, new URL('https://web.whatsapp.com/'))?.lastFromCustomer).toBe(true);
    document.body.innerHTML = '<div id="side"></div>';
    expect(findSite('whatsapp')!.conversation!(document, new URL('https://web.whatsapp.com/'))).toBeUndefined();
  });

  it('demos: key, last author and ISO time from data-*; missing parts stay unknown', () => {
    const demo = findSite('demo-chat')!;
    document.body.innerHTML = '<section data-conversation-id="48213" data-last-author="customer" data-last-at="2026-06-10T09:00:00.000Z"></section>';
    expect(demo.conversation!(document, new URL('http://chat.demo.localhost/'))).toEqual({ key: '48213', lastFromCustomer: true, lastCustomerAt: Date.UTC(2026, 5, 10, 9) });
    document.body.innerHTML = '<section data-conversation-id="48213" data-last-author="customer"></section>';
    expect(demo.conversation!(document, new URL('http://chat.demo.localhost/'))).toEqual({ key: '48213', lastFromCustomer: true });
    document.body.innerHTML = '<section></section>';
    expect(demo.conversation!(document, new URL('http://chat.demo.localhost/'))).toBeUndefined();
  });
});
