/**
 * Spanish or English? A quick vote of very common words, enough to override the pack's locale when the agent writes
 * in the other language; null when the draft is too short or mixed to say.
 */
import type { SpellLang } from './types';

const ES = new Set('de la que el en y los se del las un por con no una su para es al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros usted ustedes gracias hola saludos pedido cliente señor señora buenos días favor disculpe'.split(' '));
const EN = new Set('the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or an will my one all would there their what so up out if about who get which go me when make can like time no just him know take people into year your good some could them see other than then now look only come its over think also back after use two how our work first well way even new want because any these give day most us is are was were has had been hello thanks thank please regards dear order customer sorry'.split(' '));

export function detectLanguage(text: string): SpellLang | null {
  let es = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    if (ES.has(word)) es++;
    if (EN.has(word)) en++;
  }
  if (es + en < 3) return null;
  if (es >= 2 * en) return 'es';
  if (en >= 2 * es) return 'en';
  return null;
}
