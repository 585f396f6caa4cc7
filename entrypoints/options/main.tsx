import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { OptionsApp } from '@/components/options/OptionsApp';
import { resolveLanguage } from '@/lib/i18n';
import '@/components/styles.css';

const language = resolveLanguage('auto', browser.i18n.getUILanguage());
document.documentElement.lang = language;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider language={language}>
      <OptionsApp />
    </I18nProvider>
  </StrictMode>,
);
