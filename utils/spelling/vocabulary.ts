/**
 * Words of customer service that the stock dictionaries lack (checked in `vocabulary.test.ts`: every entry here is
 * missing from the shipped dictionary, so none is dead weight). Lower-case entries accept any case; brands keep theirs.
 */
import type { SpellLang } from './types';

const ES = `
fidelizar fideliza fidelizan fidelizamos fidelizado fidelizada fidelizados fidelizadas fidelizando fidelización fidelizaciones
fidelice fidelicen fidelizar
multicanal multicanales omnicanal omnicanales omnicanalidad multicanalidad
videollamadas
chatbot chatbots bot bots webchat livechat
ticket tickets
feedback
email emails e-mail e-mails mail mails
online offline
app apps
login logout
link links linkear
hashtag hashtags
retuit retuitear
influencer influencers
backoffice
call-center callcenter
postventa preventa
newsletter newsletters
smartphone smartphones
router routers
onboarding checkout
reembolsos
post posts
gerencial gerenciales
desactualizados desactualizadas
republicar republicado republicada republicando
emoji emojis
reintenta reintentan reintentamos reintentará reintentarán reintentaremos reintentado reintentando reintente reintenten
whatsapp WhatsApp Zendesk Intercom Freshdesk Gmail Outlook Facebook Instagram Twitter LinkedIn YouTube TikTok Google Amazon
`;

const EN = `
chatbot chatbots webchat livechat omnichannel helpdesk backoffice
onboarding upsell upselling cross-sell
ecommerce e-commerce
WhatsApp Zendesk Intercom Freshdesk Gmail Outlook
`;

const words = (list: string) => [...new Set(list.split(/\s+/).filter(Boolean))];
const VOCABULARY: Record<SpellLang, readonly string[]> = { es: words(ES), en: words(EN) };

export const serviceVocabulary = (lang: SpellLang): readonly string[] => VOCABULARY[lang];
