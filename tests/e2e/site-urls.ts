/**
 * Real addresses of every supported site, by adapter id: the e2e spec opens each of them (served locally at the real
 * hostname) and the meta-test checks every adapter has at least one. The first address is the one the full test
 * (insert a reply) runs on; the others check detection and the sidebar. Ids, accounts and thread numbers are invented.
 * Plain data, no imports: both Playwright and Vitest load this file.
 */
export const SITE_URLS: Readonly<Record<string, readonly string[]>> = {
  gmail: ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbQxKdVnPmlTrsLqBcdZvXk'],
  outlook: [
    'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAE',
    'https://outlook.live.com/mail/0/inbox',
    'https://outlook.office365.com/mail/inbox',
    'https://outlook.cloud.microsoft/mail/inbox',
  ],
  'yahoo-mail': ['https://mail.yahoo.com/d/folders/1/messages/18034'],
  'proton-mail': ['https://mail.proton.me/u/0/inbox/Xq3vT0aRZ8sLk1Jm'],
  whatsapp: ['https://web.whatsapp.com/'],
  messenger: ['https://www.messenger.com/t/100012345678901', 'https://www.facebook.com/messages/t/100012345678901'],
  'meta-business-suite': ['https://business.facebook.com/latest/inbox/all?asset_id=104512345678901&selected_item_id=100012345678901'],
  instagram: ['https://www.instagram.com/direct/t/340282366841710300949128123456789/', 'https://www.instagram.com/direct/inbox/'],
  x: ['https://x.com/messages/1234567890-9876543210', 'https://twitter.com/messages/1234567890-9876543210', 'https://x.com/i/chat/1234567890-9876543210'],
  linkedin: ['https://www.linkedin.com/messaging/thread/2-YTk0ZDFhMjMtZmFrZS10aHJlYWQ=/'],
  zendesk: ['https://acme.zendesk.com/agent/tickets/102'],
  intercom: ['https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/4567'],
  freshdesk: ['https://acme.freshdesk.com/a/tickets/42'],
  freshchat: ['https://web.freshchat.com/a/884923720950713/inbox/open/0/conversation/6543210', 'https://acme.freshchat.com/a/884923720950713/inbox/open/0'],
  front: ['https://app.frontapp.com/inboxes/teammates/1234567/inbox/open/0/cnv_abc123'],
  'help-scout': ['https://secure.helpscout.net/conversation/2345678901/4321/'],
  livechat: ['https://my.livechatinc.com/chats/all/SQ3K2PQ8ZB'],
  crisp: ['https://app.crisp.chat/website/6b1e0f2a-0000-4000-8000-000000000000/inbox/session_7c2d/'],
  'tawk-to': ['https://dashboard.tawk.to/#/messaging/5f0c0000a0b0c0d0e0f00000'],
  'zoho-desk': ['https://desk.zoho.com/agent/acme/soporte/tickets/details/1234000000056789', 'https://desk.zoho.eu/agent/acme/soporte/tickets/details/1234000000056789'],
  hubspot: ['https://app.hubspot.com/live-messages/1234567/inbox/8901234567', 'https://app.hubspot.com/help-desk/1234567/view/all'],
};
