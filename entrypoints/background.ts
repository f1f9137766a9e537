import { browser } from 'wxt/browser';
import { loadLibrary, openDb, recordSendCheck, recordUsage, seedBuiltinPacks, setSetting } from '@/utils/db';
import { disableCustomSite, enableCustomSite, syncCustomSiteScripts } from '@/utils/custom-sites/registration';
import { composerFrame, forgetTab, rememberComposerFrame } from '@/utils/composer-frames';
import { expectSidebar, forgetSidebarKey, isOwnSidebar } from '@/utils/background/sidebar-keys';
import { forgetTimer } from '@/utils/stats/timer-store';
import { handleMessages, relayToOwnTab, sendToSidebars, type BackgroundProtocol } from '@/utils/messaging';
import { libraryEditHandlers } from '@/utils/background/library-edits';
import { runCommand } from '@/utils/background/commands';
import { serveFrameInboxes } from '@/utils/background/frame-inbox';
import { shortcutListHandlers, shortcutSettingsHandlers } from '@/utils/background/shortcut-settings';
import { uiLanguage } from '@/utils/i18n';
import { packHandlers } from '@/utils/background/pack-handlers';
import { startPackRefresh } from '@/utils/background/pack-refresh';
import { spellingHandlers } from '@/utils/background/spelling';
import { startStatsMaintenance, statsHandlers } from '@/utils/background/stats-handlers';

export default defineBackground(() => {
  const db = openDb();
  // Firefox: the docked sidebar and the picker hear their messages through the background (utils/messaging.ts).
  serveFrameInboxes();
  const shortcutList = shortcutListHandlers(db, uiLanguage());

  browser.runtime.onInstalled.addListener(() => {
    void seedBuiltinPacks(db);
  });

  // Subscribed packs refresh on a schedule and at browser start; the organisation's policy may list some.
  startPackRefresh(db, () => {
    shortcutList.invalidate();
    void sendToSidebars('library:changed', { reload: true });
  });
  // Statistics: raw events past their retention period are dropped daily; their totals live on in the daily rollups.
  startStatsMaintenance(db);

  // Sites the agent turned Cordial on for follow their permission: revoked in the browser's settings, switched off.
  void syncCustomSiteScripts().catch(() => undefined);
  browser.permissions.onRemoved.addListener(() => void syncCustomSiteScripts().catch(() => undefined));

  const fromExtensionPage = (sender: { url?: string }) => typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));

  // Content scripts (any frame of a supported tab) only report where the agent's reply box is, and ask which
  // shortcut words to recognise (the words only: the sidebar renders and inserts the reply).
  handleMessages<BackgroundProtocol>(
    {
      'composer:focused': async (_payload, sender) => {
        if (sender.tab?.id !== undefined) await rememberComposerFrame(sender.tab.id, sender.frameId ?? 0);
      },
      // Only the top page docks a sidebar.
      'sidebar:expect': ({ key }, sender) => sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && expectSidebar(sender.tab.id, key),
      ...shortcutList.handlers,
    },
    (sender) => sender.tab?.id !== undefined && !fromExtensionPage(sender),
  );
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).then(() => Promise.all([forgetSidebarKey(tabId), forgetTimer(tabId)])));

  handleMessages<BackgroundProtocol>(
    {
      'composer:frame': ({ tabId }) => composerFrame(tabId),
      // A sidebar inside a page's iframe learns which tab it serves if it shows its tab's key; a side panel, an options
      // page or a sidebar framed by the page itself gets null.
      'tab:whoami': async (request, sender) =>
        sender.tab?.id !== undefined && (await isOwnSidebar(sender.tab.id, request?.key)) ? { tabId: sender.tab.id, frameId: sender.frameId ?? 0 } : null,
      'tab:relay': relayToOwnTab,
      'library:load': ({ lang }) => loadLibrary(db, lang),
      'site:enable': ({ origin, channel, tabId }) => enableCustomSite(origin, channel, tabId),
      'site:disable': ({ origin }) => disableCustomSite(origin),
      'usage:record': (input) => recordUsage(db, input),
      ...shortcutSettingsHandlers(db, (trigger) => {
        shortcutList.invalidate();
        void sendToSidebars('shortcuts:changed', { trigger });
      }),
      ...libraryEditHandlers(db, (change) => {
        shortcutList.invalidate();
        void sendToSidebars('library:changed', change);
      }),
      ...packHandlers(db, (change) => {
        shortcutList.invalidate();
        void sendToSidebars('library:changed', change);
      }),
      'send:record': async (input) => void (await recordSendCheck(db, input)),
      ...spellingHandlers(db),
      ...statsHandlers(db),
      'profile:save': async ({ agentName, companyName }) => {
        if (typeof agentName === 'string' && agentName.trim()) await setSetting(db, 'agentName', agentName.trim().slice(0, 100));
        if (typeof companyName === 'string' && companyName.trim()) await setSetting(db, 'companyName', companyName.trim().slice(0, 100));
      },
    },
    // Data requests come from Cordial's own pages only, never from a content script living inside a web page.
    fromExtensionPage,
  );

  // The keyboard command (Alt+Shift+C): the sidebar with its search box focused. Playwright cannot press a browser
  // shortcut, so the e2e tests call the same function through the service worker's global (extension code only can
  // reach it).
  browser.commands?.onCommand.addListener((command, tab) => void runCommand(command, tab));
  (globalThis as { cordialRunCommand?: typeof runCommand }).cordialRunCommand = runCommand;

  // The toolbar button opens the same sidebar in the browser's side panel (Chrome) or sidebar (Firefox).
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  if (sidePanel) void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  else {
    // Firefox: the toolbar button toggles the sidebar_action panel.
    const firefox = browser as unknown as { sidebarAction?: { toggle(): Promise<void> } };
    (browser.action ?? browser.browserAction)?.onClicked.addListener(() => void firefox.sidebarAction?.toggle());
  }
});
