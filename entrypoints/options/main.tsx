import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { uiLanguage } from '@/utils/i18n';
import '@/components/sidebar.css';
import '@/components/options/options.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = lang === 'es' ? 'Cordial · Biblioteca' : 'Cordial · Library';
render(<OptionsApp lang={lang} />, document.getElementById('app')!);
