import { defineDetector, perChannel, say, toEvidence } from './shared';

/**
 * Emoji policy per channel: `max: { email: 0, chat: 1, social: 2 }` (a number applies to every channel). A ZWJ
 * sequence, a flag or a skin-toned emoji counts once; «:)» and friends count too. ©, ® and ™ are not emoji.
 */
const EMOJI =
  /(?:[\u{1F1E6}-\u{1F1FF}]{2}|[#*0-9]\uFE0F?\u20E3|(?![©®™])\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*|[©®™]\uFE0F)/gu;
const EMOTICON = /(?<![\p{L}\p{N}:/])(?:[:;=][-']?[)(DPp3*]|<3|xD|XD)(?![\p{L}\p{N}])/gu;
const DEFAULT_MAX = { email: 0, chat: 1, social: 2 };

export default defineDetector('emoji', (ctx) => {
  const { draft, lang, channel } = ctx;
  const max = perChannel(ctx.params.max ?? DEFAULT_MAX, channel) ?? DEFAULT_MAX[channel];
  const found: { start: number; end: number }[] = [];
  for (const re of [EMOJI, EMOTICON]) {
    re.lastIndex = 0;
    for (let m = re.exec(draft.masked); m && found.length < 200; m = re.exec(draft.masked)) found.push({ start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  if (found.length <= max) return { state: 'pass', evidence: toEvidence(draft, found) };
  const message =
    max === 0
      ? say(lang, `Sin emojis en ${channel === 'email' ? 'el correo' : 'este canal'}.`, `No emoji on ${channel === 'email' ? 'email' : 'this channel'}.`)
      : say(lang, `Como máximo ${max === 1 ? '1 emoji' : `${max} emojis`} en este canal.`, `At most ${max === 1 ? '1 emoji' : `${max} emojis`} on this channel.`);
  return { state: 'fail', evidence: toEvidence(draft, found), message };
});
