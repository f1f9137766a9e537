import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '@/utils/messaging';
import { randomKey } from '@/utils/random-key';
import { SIDEBAR_KEY_PREFIX, handSecret } from '@/utils/sidebar/key-message';

const LAYOUT_KEY = 'sidebarLayout';
const DEFAULT_WIDTH = 360;
const MIN_WIDTH = 280;
const MAX_WIDTH = 720;
const KEY_STEP = 24;

interface Layout {
  width: number;
  collapsed: boolean;
}

const STYLE = `
:host { all: initial; }
.dock { position: fixed; top: 0; right: 0; height: 100vh; display: flex; z-index: 2147483646;
  box-shadow: -2px 0 12px rgb(0 0 0 / 0.12); background: #fff; }
.dock[hidden] { display: none; }
.handle { width: 6px; cursor: col-resize; background: #e6e8eb; flex: none; }
.handle:hover, .handle:focus-visible { background: #7aa7e6; outline: none; }
iframe { border: 0; height: 100%; flex: 1; background: #fff; }
.dragging iframe { pointer-events: none; }
.tab { position: fixed; right: 0; top: 40%; z-index: 2147483646; writing-mode: vertical-rl; transform: rotate(180deg);
  font: 600 13px/1 system-ui, sans-serif; letter-spacing: .04em; color: #fff; background: #2f6fbd; border: 0;
  border-radius: 0 6px 6px 0; padding: 12px 7px; cursor: pointer; }
.tab:focus-visible { outline: 3px solid #f0b429; }
.tab[hidden] { display: none; }
`;

/** Clamp to what the window can give without squeezing the page into uselessness. */
function clampWidth(width: number): number {
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(window.innerWidth * 0.6)));
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, width)));
}

/**
 * Docks the sidebar (an extension page in an iframe: the page cannot read or script it) on the right and makes room
 * for it by adding a right margin to the page, so it never covers the reply box. Collapsible to a small tab;
 * resizable with the mouse or the keyboard on the separator. The layout is remembered across pages.
 */
export class SidebarFrame {
  readonly host: HTMLElement;
  private readonly dock: HTMLDivElement;
  private readonly tab: HTMLButtonElement;
  private readonly handle: HTMLDivElement;
  private layout: Layout = { width: DEFAULT_WIDTH, collapsed: false };
  private readonly previousMargin: string;
  private readonly previousPriority: string;

  constructor(private readonly ctx: ContentScriptContext) {
    const root = document.documentElement;
    this.previousMargin = root.style.getPropertyValue('margin-right');
    this.previousPriority = root.style.getPropertyPriority('margin-right');

    this.host = document.createElement('cordial-sidebar');
    // Open, so that automation and assistive tech can reach the frame; the frame's content stays cross-origin.
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;

    this.dock = document.createElement('div');
    this.dock.className = 'dock';

    this.handle = document.createElement('div');
    this.handle.className = 'handle';
    this.handle.tabIndex = 0;
    this.handle.setAttribute('role', 'separator');
    this.handle.setAttribute('aria-orientation', 'vertical');
    this.handle.setAttribute('aria-label', 'Ancho de Cordial (flechas para cambiarlo)');
    this.handle.setAttribute('aria-valuemin', String(MIN_WIDTH));
    this.handle.setAttribute('aria-valuemax', String(MAX_WIDTH));

    const frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL('/sidepanel.html');
    frame.title = 'Cordial';
    frame.setAttribute('data-cordial-sidebar', '');
    // Copy to clipboard is the fallback when a page's editor refuses the insert.
    frame.allow = 'clipboard-write';

    this.tab = document.createElement('button');
    this.tab.className = 'tab';
    this.tab.type = 'button';
    this.tab.textContent = 'Cordial';
    this.tab.setAttribute('aria-label', 'Abrir Cordial');
    this.tab.setAttribute('data-cordial-open', '');

    this.dock.append(this.handle, frame);
    shadow.append(style, this.dock, this.tab);

    // This sidebar's key (utils/background/sidebar-keys.ts): registered before the frame can ask for it, and given to
    // the frame at every load (it reloads if the page moves it) through a message only the extension's origin receives.
    const key = randomKey();
    const registered = sendToBackground('sidebar:expect', { key }).then(() => key, () => key);
    handSecret(frame, SIDEBAR_KEY_PREFIX, registered, new URL(browser.runtime.getURL('/')).origin);

    ctx.addEventListener(this.tab, 'click', () => this.setCollapsed(false));
    ctx.addEventListener(this.handle, 'keydown', (event) => this.onHandleKey(event as KeyboardEvent));
    ctx.addEventListener(this.handle, 'pointerdown', (event) => this.startDrag(event as PointerEvent));
    ctx.addEventListener(window, 'resize', () => this.apply());
  }

  async mount(): Promise<void> {
    const stored = await browser.storage.local.get(LAYOUT_KEY).catch(() => ({}));
    const saved = (stored as Record<string, Partial<Layout> | undefined>)[LAYOUT_KEY];
    if (saved && typeof saved.width === 'number') this.layout.width = saved.width;
    if (saved && typeof saved.collapsed === 'boolean') this.layout.collapsed = saved.collapsed;
    document.documentElement.append(this.host);
    this.apply();
  }

  get frame(): HTMLIFrameElement {
    return this.dock.querySelector('iframe')!;
  }

  /**
   * Folds or unfolds the sidebar and moves the focus to what is left (the sidebar itself, or its tab). `focus: false`
   * leaves the focus where it is (opening for a warning must not pull the agent out of the reply box).
   */
  setCollapsed(collapsed: boolean, focus = true): void {
    this.layout.collapsed = collapsed;
    this.apply();
    this.persist();
    if (focus) (collapsed ? this.tab : this.frame).focus();
  }

  remove(): void {
    this.host.remove();
    document.documentElement.style.setProperty('margin-right', this.previousMargin, this.previousPriority);
  }

  private apply() {
    const width = clampWidth(this.layout.width);
    this.dock.hidden = this.layout.collapsed;
    this.tab.hidden = !this.layout.collapsed;
    this.dock.style.width = `${width}px`;
    this.handle.setAttribute('aria-valuenow', String(width));
    const margin = this.layout.collapsed ? this.previousMargin : `${width}px`;
    document.documentElement.style.setProperty('margin-right', margin, this.layout.collapsed ? this.previousPriority : 'important');
  }

  private persist() {
    void browser.storage.local.set({ [LAYOUT_KEY]: { ...this.layout } }).catch(() => undefined);
  }

  private onHandleKey(event: KeyboardEvent) {
    const deltas: Record<string, number> = { ArrowLeft: KEY_STEP, ArrowRight: -KEY_STEP };
    if (event.key in deltas) this.layout.width = clampWidth(this.layout.width + deltas[event.key]!);
    else if (event.key === 'Home') this.layout.width = MIN_WIDTH;
    else if (event.key === 'End') this.layout.width = MAX_WIDTH;
    else return;
    event.preventDefault();
    this.apply();
    this.persist();
  }

  private startDrag(event: PointerEvent) {
    event.preventDefault();
    this.dock.classList.add('dragging');
    const controller = new AbortController();
    const move = (e: PointerEvent) => {
      this.layout.width = clampWidth(window.innerWidth - e.clientX);
      this.apply();
    };
    const end = () => {
      this.dock.classList.remove('dragging');
      controller.abort();
      this.persist();
    };
    window.addEventListener('pointermove', move, { signal: controller.signal });
    window.addEventListener('pointerup', end, { signal: controller.signal });
    this.ctx.onInvalidated(() => controller.abort());
  }
}
