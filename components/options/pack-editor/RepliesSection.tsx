import { useEffect, useState } from 'preact/hooks';
import { CHANNELS, SITUATIONS, type Channel, type Pack, type Reply, type ReplyVariant, type Situation } from '@/protocols/types';
import { ChannelChecks, FieldIssues, ItemActions, ListField, Section, SelectField, TextField, useEditor } from './fields';
import { issuesAt, moveItem, newReply, removeAt, replaceAt } from './model';

/** Replies shown at once: a team pack may hold thousands, and each open reply is a dozen fields. */
export const REPLIES_PAGE = 25;

function VariantFields({ reply, path, onChange }: { reply: Reply; path: string; onChange: (reply: Reply) => void }) {
  const { t } = useEditor();
  const setVariant = (channel: Channel, edit: (v: ReplyVariant) => ReplyVariant) => {
    const current = reply.variants?.[channel] ?? { body: '' };
    onChange({ ...reply, variants: { ...reply.variants, [channel]: edit(current) } });
  };
  return (
    <details class="variants" open={CHANNELS.some((c) => reply.variants?.[c])}>
      <summary>{t.field.variants}</summary>
      {CHANNELS.map((channel) => {
        const variant = reply.variants?.[channel];
        const at = `${path}.variants.${channel}`;
        return (
          <div key={channel} data-path={at} tabIndex={-1}>
            <TextField label={t.field.variantBody(t.channel[channel])} path={`${at}.body`} value={variant?.body ?? ''} onChange={(body) => setVariant(channel, (v) => ({ ...v, body }))} multiline rows={channel === 'email' ? 5 : 3} />
            {/* Simple rich text is used for email only (utils/replies/variant.ts); kept visible wherever a pack has it. */}
            {(channel === 'email' || variant?.html !== undefined) && (
              <TextField label={t.field.variantHtml(t.channel[channel])} path={`${at}.html`} value={variant?.html ?? ''} onChange={(html) => setVariant(channel, (v) => ({ ...v, html }))} multiline rows={2} />
            )}
          </div>
        );
      })}
    </details>
  );
}

function ReplyEditorRow({ reply, index, count }: { reply: Reply; index: number; count: number }) {
  const { t, update, issues } = useEditor();
  const path = `replies[${index}]`;
  const onChange = (next: Reply) => update((pack) => ({ ...pack, replies: replaceAt(pack.replies, index, next) }));
  const set = <K extends keyof Reply>(key: K) => (value: Reply[K]) => onChange({ ...reply, [key]: value });
  const broken = issuesAt(issues, path, true).length > 0;
  const languages = ['', 'es', 'en', ...(reply.language && !['es', 'en'].includes(reply.language) ? [reply.language] : [])];
  return (
    <li class="pack-reply" data-testid="pack-reply">
      <details data-path={path}>
        <summary tabIndex={0}>
          <span class="reply-title">{reply.title || t.untitled}</span> <span class="badge">{t.situations[reply.situation] ?? reply.situation}</span>
          {broken && (
            <span class="badge badge-error" data-testid="reply-has-problems">
              {t.hasProblems}
            </span>
          )}
        </summary>
        <FieldIssues path={path} />
        <div class="row">
          <TextField label={t.field.title} path={`${path}.title`} value={reply.title} onChange={set('title')} />
          <TextField label={t.field.id} path={`${path}.id`} value={reply.id} onChange={set('id')} />
        </div>
        <TextField label={t.field.body} path={`${path}.body`} value={reply.body} onChange={set('body')} multiline rows={6} />
        <div class="row">
          <SelectField<Situation> label={t.field.situation} path={`${path}.situation`} value={reply.situation} options={SITUATIONS.map((s) => ({ value: s, label: t.situations[s] }))} onChange={set('situation')} />
          <TextField label={t.field.shortcut} path={`${path}.shortcut`} value={reply.shortcut ?? ''} onChange={set('shortcut')} />
          <SelectField label={t.field.language} path={`${path}.language`} value={reply.language ?? ''} options={languages.map((l) => ({ value: l, label: l || t.languageSame }))} onChange={set('language')} />
        </div>
        <ChannelChecks legend={t.field.channels} path={`${path}.channels`} name={`reply-${index}-channel`} value={reply.channels} onChange={set('channels')} />
        <ListField label={t.field.tags} path={`${path}.tags`} value={reply.tags ?? []} onChange={set('tags')} separator="comma" />
        <VariantFields reply={reply} path={path} onChange={onChange} />
        <div class="reply-actions">
          <ItemActions
            what={reply.title || reply.id}
            index={index}
            count={count}
            itemPath={(i) => `replies[${i}]`}
            onMove={(delta) => update((pack) => ({ ...pack, replies: moveItem(pack.replies, index, delta) }))}
            onRemove={() => update((pack) => ({ ...pack, replies: removeAt(pack.replies, index) }))}
          />
        </div>
      </details>
    </li>
  );
}

/** The pack's replies, filtered and paged; an error anywhere in a reply marks its row. */
export function RepliesSection({ pack, reveal }: { pack: Pack; reveal: { index: number; nonce: number } | null }) {
  const { t, update, focusPath } = useEditor();
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(REPLIES_PAGE);

  // A message in the summary points at a reply that is filtered out or beyond the page: bring it into view.
  useEffect(() => {
    if (!reveal) return;
    setFilter('');
    setLimit((l) => Math.max(l, reveal.index + 1));
  }, [reveal?.nonce]);

  const needle = filter.trim().toLowerCase();
  const matching = pack.replies
    .map((reply, index) => ({ reply, index }))
    .filter(({ reply }) => !needle || [reply.title, reply.id, reply.body, reply.shortcut ?? ''].some((s) => typeof s === 'string' && s.toLowerCase().includes(needle)));
  const shown = matching.slice(0, limit);
  return (
    <Section id="replies" title={t.section.replies}>
      <FieldIssues path="replies" />
      <div class="toolbar">
        <input type="search" class="search" aria-label={t.filterReplies} placeholder={t.filterReplies} value={filter} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
        <span class="muted">{t.showing(shown.length, pack.replies.length)}</span>
      </div>
      {shown.length === 0 && pack.replies.length > 0 && <p class="empty">{t.noReplies}</p>}
      <ul class="pack-replies">
        {shown.map(({ reply, index }) => (
          <ReplyEditorRow key={index} reply={reply} index={index} count={pack.replies.length} />
        ))}
      </ul>
      {matching.length > shown.length && (
        <button type="button" class="add" onClick={() => setLimit((l) => l + REPLIES_PAGE)}>
          {t.showMore}
        </button>
      )}
      <button
        type="button"
        class="add"
        onClick={() => {
          setFilter('');
          setLimit((l) => Math.max(l, pack.replies.length + 1));
          update((p) => ({ ...p, replies: [...p.replies, newReply(p.replies.map((r) => r.id), t.newItem.reply, t.idBase.reply)] }));
          focusPath(`replies[${pack.replies.length}].title`);
        }}
      >
        {t.add.reply}
      </button>
    </Section>
  );
}
