import { render } from 'preact';
import { Sidebar } from '@/components/Sidebar';
import { useSidebarController } from '@/utils/sidebar/controller';
import { uiLanguage } from '@/utils/i18n';
import '@/components/sidebar.css';

function App() {
  return <Sidebar {...useSidebarController()} />;
}

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
