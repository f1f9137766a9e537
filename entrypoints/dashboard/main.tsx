import { render } from 'preact';
import { DashboardApp } from '@/components/options/dashboard/DashboardApp';
import { dashboardStrings } from '@/components/options/dashboard/strings';
import { uiLanguage } from '@/utils/i18n';
import '@/components/sidebar.css';
import '@/components/options/options.css';
import '@/components/options/dashboard/dashboard.css';

// Its own page, linked from the options page, so the chart library loads here and nowhere else.
const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = dashboardStrings(lang).pageTitle;
render(<DashboardApp lang={lang} />, document.getElementById('app')!);
