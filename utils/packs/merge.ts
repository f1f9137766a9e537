import type { Pack, Protocol, ToneRule } from '@/protocols/types';
import type { PackRecord, ReplyRecord } from '@/utils/db/schema';

/** Two active packs define the same thing: the higher-priority one is used, and the agent is told. */
export interface PackConflict {
  kind: 'protocol' | 'reply' | 'toneRule';
  /** The channel for a protocol; the id for replies and tone rules. */
  id: string;
  /** What the agent knows it by: the used reply's title, the used rule's label (a protocol goes by its channel). */
  title?: string;
  kept: string;
  hidden: string;
}

export interface MergedPacks {
  /** One pack (without replies) as the sidebar uses it: protocols, tone rules, dictionary, targets… */
  pack: Omit<Pack, 'replies'>;
  replies: ReplyRecord[];
  conflicts: PackConflict[];
}

/**
 * Combines the active packs, highest priority first. Per channel, the first pack with a protocol for it wins; a
 * reply or tone rule id defined twice is taken from the first pack. Dictionaries and host rules add up. Nothing is
 * dropped silently: every shadowed item is listed in `conflicts`.
 */
export function mergePacks(packs: readonly { record: PackRecord; replies: readonly ReplyRecord[] }[]): MergedPacks {
  const [first] = packs;
  if (!first) throw new Error('no active pack');
  const conflicts: PackConflict[] = [];
  const protocols = new Map<string, { protocol: Protocol; from: string }>();
  const rules = new Map<string, { rule: ToneRule; from: string }>();
  const replies = new Map<string, { reply: ReplyRecord; from: string }>();
  const dictionary = new Set<string>();
  const hosts: NonNullable<Pack['hosts']> = [];
  for (const { record, replies: packReplies } of packs) {
    const from = record.id;
    for (const protocol of record.pack.protocols) {
      const taken = protocols.get(protocol.channel);
      if (taken) conflicts.push({ kind: 'protocol', id: protocol.channel, kept: taken.from, hidden: from });
      else protocols.set(protocol.channel, { protocol, from });
    }
    for (const rule of record.pack.toneRules) {
      const taken = rules.get(rule.id);
      if (taken) conflicts.push({ kind: 'toneRule', id: rule.id, title: taken.rule.label, kept: taken.from, hidden: from });
      else rules.set(rule.id, { rule, from });
    }
    for (const reply of packReplies) {
      const taken = replies.get(reply.id);
      if (taken) conflicts.push({ kind: 'reply', id: reply.id, title: taken.reply.title, kept: taken.from, hidden: from });
      else replies.set(reply.id, { reply, from });
    }
    for (const word of record.pack.dictionary) dictionary.add(word);
    hosts.push(...(record.pack.hosts ?? []));
  }
  const base = first.record.pack;
  return {
    pack: {
      ...base,
      protocols: [...protocols.values()].map((p) => p.protocol),
      toneRules: [...rules.values()].map((r) => r.rule),
      dictionary: [...dictionary],
      hosts,
      calendar: packs.find((p) => p.record.pack.calendar)?.record.pack.calendar,
    },
    replies: [...replies.values()].map((r, order) => ({ ...r.reply, order })),
    conflicts,
  };
}
