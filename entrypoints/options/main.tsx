import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { AppRoot } from '@/components/AppRoot';
import { StartupError } from '@/components/StartupError';
import { OptionsApp } from '@/components/options/OptionsApp';
import { openRiposteDb } from '@/lib/db/database';
import '@/components/styles.css';

const opened = await openRiposteDb().then(
  (db) => ({ db }),
  (error: unknown) => ({ error }),
);

const root = createRoot(document.getElementById('root')!);
if ('error' in opened) {
  root.render(<StartupError error={opened.error} browserLanguage={browser.i18n.getUILanguage()} />);
} else {
  const { db } = opened;
  root.render(
    <StrictMode>
      <AppRoot db={db} browserLanguage={browser.i18n.getUILanguage()}>
        <OptionsApp />
      </AppRoot>
    </StrictMode>,
  );
}
