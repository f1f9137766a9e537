import { render } from 'preact';
import { Sidebar } from '@/components/Sidebar';
import { useSidebarController } from '@/utils/sidebar/controller';
import { uiLanguage } from '@/utils/i18n';
import { openFrameInbox } from '@/utils/messaging';
import '@/components/sidebar.css';

function App() {
  return <Sidebar {...useSidebarController()} />;
}

// Firefox: docked in a page, this page hears its messages through the background (utils/messaging.ts).
openFrameInbox();
document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
