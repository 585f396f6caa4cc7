import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { AppRoot } from '@/components/AppRoot';
import { OptionsApp } from '@/components/options/OptionsApp';
import { openRiposteDb } from '@/lib/db/database';
import '@/components/styles.css';

const db = await openRiposteDb();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRoot db={db} browserLanguage={browser.i18n.getUILanguage()}>
      <OptionsApp />
    </AppRoot>
  </StrictMode>,
);
