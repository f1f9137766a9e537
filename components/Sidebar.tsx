import { useState } from 'preact/hooks';
import type { Channel } from '@/protocols/types';
import type { UiStrings } from '@/utils/i18n';
import { CustomerName } from './CustomerName';
import { EnableSite } from './EnableSite';
import { FillInForm } from './FillInForm';
import { UnfilledWarning } from './UnfilledWarning';
import { ProtocolSteps, type StepView } from './ProtocolSteps';
import { ToneChecklist, type Span, type ToneItemView } from './ToneChecklist';
import { ReplyList } from './ReplyList';
import { SaveDraftForm, type SaveDraftInput } from './SaveDraftForm';
import { SendCheck, type SendCheckStep } from './SendCheck';
import { SpellingList, type SpellingListProps } from './SpellingList';
import type { ReplyView } from './ReplyItem';
import { ResponseTimer, type ResponseTimerProps } from './ResponseTimer';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export interface SidebarProps {
  t: UiStrings;
  /** Null when no supported page is attached (side panel on another site). */
  page: { origin: string; siteId: string; siteName: string; channel: Channel; customerName?: string } | null;
  loading: boolean;
  steps: readonly StepView[];
  tone?: readonly ToneItemView[];
  /** The draft's spelling (absent until a page and the library are there). */
  spelling?: SpellingListProps;
  onTickStep?: (id: string, ticked: boolean) => void;
  onTickTone?: (id: string, ticked: boolean) => void;
  onHighlight?: (spans: Span[] | null) => void;
  onReplace?: (span: Span, replacement: string) => void;
  replies: readonly ReplyView[];
  query: string;
  notice: Notice | null;
  /** Persistent problems with stored data; shown above the lists. */
  warnings: readonly string[];
  /** Blanks still in the agent's draft («[número de pedido]», `{{plazo}}`), offsets into the draft; warned about while there. */
  unfilled?: readonly Span[];
  packName?: string;
  canCollapse: boolean;
  /** A reply waiting for its placeholders (the fill-in form), or null. */
  fillIn?: { title: string; names: readonly string[] } | null;
  onFillIn?: (values: Record<string, string>) => void;
  onCancelFillIn?: () => void;
  /** Host of the side panel's tab, when Cordial could be turned on there. */
  enableHost?: string;
  /** The channel the active pack's host rules give that host. */
  enableChannel?: Channel;
  onEnable?: (channel: Channel) => void;
  /** Present on a site the agent turned Cordial on for. */
  onDisable?: () => void;
  /** The shortcut trigger (`;`), shown before each reply's shortcut; empty when expansion is off. */
  trigger?: string;
  /** Bumped to focus the search box (the keyboard command). */
  focusSearch?: number;
  /** Escape in the reply list: the focus goes back to the reply box in the page. */
  onReturnToComposer?: () => void;
  onQuery: (query: string) => void;
  onInsert: (key: string) => void;
  onCopy: (key: string) => void;
  onFavorite?: (key: string, favorite: boolean) => void;
  /** Saves the agent's current draft as one of their replies; resolves false (keeping the form) when it failed. */
  onSaveDraft?: (input: SaveDraftInput) => Promise<boolean>;
  /** Whether the reply box holds text to save. */
  hasDraft?: boolean;
  /** Opens the full library (the options page). */
  onOpenLibrary?: () => void;
  onCollapse: () => void;
  /** Required steps the last reply was sent without (a warning that never blocks), or null. */
  sendWarning?: readonly SendCheckStep[] | null;
  onDismissSendWarning?: () => void;
  /** A send held back because confirm-before-send steps are missing: the question to ask, or null. */
  sendConfirm?: readonly SendCheckStep[] | null;
  onSendConfirm?: (send: boolean) => void;
  /** The open conversation's response timer (utils/sidebar/stats.ts), when the page names a conversation. */
  timer?: ResponseTimerProps | null;
  /** The agent corrected the customer's name (empty: back to what the page shows). */
  onCustomerName?: (name: string) => void;
}

export function Sidebar(props: SidebarProps) {
  const { t, page } = props;
  // Whether the agent's pointer is over the sidebar: sections then keep their size until it leaves (ToneChecklist).
  const [pointerInside, setPointerInside] = useState(false);
  return (
    <div class="sidebar" onPointerEnter={() => setPointerInside(true)} onPointerLeave={() => setPointerInside(false)}>
      <header class="header">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            C
          </span>
          <h1 class="title">{t.appName}</h1>
        </div>
        {props.canCollapse && (
          <button type="button" class="icon" aria-label={t.collapse} title={t.collapse} onMouseDown={(e) => e.preventDefault()} onClick={props.onCollapse}>
            ›
          </button>
        )}
      </header>
      {page && (
        <dl class="context">
          <div>
            <dt class="sr-only">{t.channelLabel}</dt>
            <dd>
              <span class={`channel channel-${page.channel}`}>
                <span data-testid="channel" data-channel={page.channel}>
                  {t.channel[page.channel]}
                </span>
              </span>
            </dd>
          </div>
          <div>
            <dt>{t.site}</dt>
            <dd>
              <span data-testid="site" class="site-name" data-site-id={page.siteId}>
                {page.siteName}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t.customer}</dt>
            <dd>
              <CustomerName key={page.customerName ?? ''} name={page.customerName} t={t} onChange={(name) => props.onCustomerName?.(name)} />
            </dd>
          </div>
        </dl>
      )}
      {page && props.timer && <ResponseTimer {...props.timer} />}
      <div class="notices" role="status" aria-live="polite">
        {props.notice && (
          <p class={`notice notice-${props.notice.kind}`} data-testid="notice" data-kind={props.notice.kind}>
            {props.notice.text}
          </p>
        )}
      </div>
      {props.warnings.map((warning) => (
        <p key={warning} class="notice notice-error" data-testid="warning" role="alert">
          {warning}
        </p>
      ))}
      {page && props.unfilled && props.unfilled.length > 0 && <UnfilledWarning markers={props.unfilled} t={t} onHighlight={props.onHighlight} />}
      {!page && !props.loading && (props.enableHost && props.onEnable ? <EnableSite host={props.enableHost} suggested={props.enableChannel} t={t} onEnable={props.onEnable} /> : <p class="empty">{t.noPage}</p>)}
      {props.loading && <p class="empty">{t.loading}</p>}
      {page && !props.loading && (
        <main class="content">
          <SendCheck t={t} warning={props.sendWarning ?? null} confirm={props.sendConfirm ?? null} onConfirm={(send) => props.onSendConfirm?.(send)} onDismiss={() => props.onDismissSendWarning?.()} />
          <ProtocolSteps steps={props.steps} t={t} onTick={(id, on) => props.onTickStep?.(id, on)} />
          {props.fillIn && props.onFillIn && props.onCancelFillIn && (
            <FillInForm key={props.fillIn.title} title={props.fillIn.title} names={props.fillIn.names} initial={{}} t={t} onSubmit={props.onFillIn} onCancel={props.onCancelFillIn} />
          )}
          {props.spelling && <SpellingList {...props.spelling} t={t} />}
          {props.tone && props.tone.length > 0 && <ToneChecklist items={props.tone} t={t} holdLayout={pointerInside} onTick={(id, on) => props.onTickTone?.(id, on)} onHighlight={props.onHighlight} onReplace={props.onReplace} />}
          <ReplyList
            replies={props.replies}
            query={props.query}
            t={t}
            trigger={props.trigger}
            focusSearch={props.focusSearch}
            onQuery={props.onQuery}
            onInsert={props.onInsert}
            onCopy={props.onCopy}
            onFavorite={props.onFavorite}
            onEscape={props.onReturnToComposer}
          />
          {props.onSaveDraft && <SaveDraftForm t={t} hasDraft={!!props.hasDraft} channel={page.channel} customerName={page.customerName} onSave={props.onSaveDraft} />}
        </main>
      )}
      {(props.packName || props.onDisable || props.onOpenLibrary) && (
        <footer class="footer">
          {props.onOpenLibrary && (
            <button type="button" class="link" data-testid="open-library" onClick={props.onOpenLibrary}>
              {t.openLibrary}
            </button>
          )}
          {props.packName && (
            <span>
              {t.pack}: {props.packName}
            </span>
          )}
          {props.onDisable && (
            <button type="button" class="link" onClick={props.onDisable}>
              {t.disableSite}
            </button>
          )}
        </footer>
      )}
    </div>
  );
}
