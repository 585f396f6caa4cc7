import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { DbProvider, useSettings } from '@/components/data/db';
import { I18nProvider } from '@/components/i18n';
import { resolveLanguage } from '@/lib/i18n';
import type { RiposteDB } from '@/lib/db/database';

function LanguageFromSettings({ browserLanguage, children }: { browserLanguage: string; children: ReactNode }) {
  const { settings } = useSettings();
  const language = resolveLanguage(settings.uiLanguage, browserLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <I18nProvider language={language}>{children}</I18nProvider>;
}

/** Database and language for a Riposte page: the UI language follows the setting, else the browser. */
export function AppRoot({ db, browserLanguage, children }: { db: RiposteDB; browserLanguage: string; children: ReactNode }) {
  return (
    <DbProvider db={db}>
      <LanguageFromSettings browserLanguage={browserLanguage}>{children}</LanguageFromSettings>
    </DbProvider>
  );
}
